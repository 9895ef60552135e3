// Event mentions of a short text, as the pipeline's per-article stages make them (sentences, recognised names, an
// anchor), for the tests of the events stage: one way of building the input, shared by every test file.
import { join } from "node:path";
import type { Anchor } from "../../src/pipeline/dates.ts";
import { extractMentions, type Mention } from "../../src/pipeline/events/mentions.ts";
import { yearOfDateline } from "../../src/pipeline/events/timing/known-year.ts";
import type { KnownMeeting } from "../../src/pipeline/dates/known-meetings.ts";
import { loadGazetteer, loadPacks } from "../../src/io/read.ts";
import type { LanguagePack } from "../../src/pipeline/lang/pack.ts";
import { Recogniser } from "../../src/pipeline/recognise/recognise.ts";
import { withoutRankedTitles } from "../../src/pipeline/recognise/rank-prefix.ts";
import { withUnlistedOfficials, type UnlistedPerson } from "../../src/pipeline/recognise/unlisted.ts";
import type { EntityMention } from "../../src/pipeline/recognise/recognise.ts";
import { splitSentences } from "../../src/pipeline/ingest/segment.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

export const DATA = join(import.meta.dirname, "..", "..", "data");
export const gazetteer = await loadGazetteer(DATA);
export const packs = await loadPacks(DATA);
export const recogniser = new Recogniser(gazetteer);

/** What extractMentions reads besides the article: the pack, the gazetteer's people and places, the pair of sides. */
export const contextOf = (pack: LanguagePack) => ({
  pack,
  lexicons: pack,
  people: new Map(gazetteer.people.map((x) => [x.person_id, x])),
  places: new Map(gazetteer.places.map((x) => [x.place_id, x])),
  // The relationship these tests are written for (data/relationship.csv).
  sides: ["RUS", "PRK"] as const
});

/** The sentences of `text`, one paragraph a line, as the segmenter makes them for article "a". */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const [p, line] of text.split("\n").entries()) {
    for (const [start, end] of splitSentences(text, offset, offset + line.length)) {
      const index = sentences.length + 1;
      sentences.push({ article_id: "a", sentence_id: `a-s${String(index).padStart(3, "0")}`, paragraph: p + 1, index, start, end, text: text.slice(start, end) });
    }
    offset += line.length + 1;
  }
  return sentences;
}

/** The people and places of `text` as the pipeline recognises them (pipeline.ts: recognise, titles after a rank
 * word dropped with their countries kept as places, officials the gazetteer lacks named by their titles), with those officials. */
export function entitiesOf(text: string, sentences: readonly Sentence[], published: string, pack: LanguagePack): { entities: EntityMention[]; people: UnlistedPerson[] } {
  const sentenceOf = new Map(sentences.map((s) => [s.sentence_id, s]));
  const found = withoutRankedTitles(recogniser.recognise(text, sentences, published), text, pack, (id) => recogniser.placesIn(text, sentenceOf.get(id)!));
  const { places } = contextOf(pack);
  return withUnlistedOfficials(text, sentences, found, pack, { gazetteer, places, sides: ["RUS", "PRK"], placesIn: (sentence) => recogniser.placesIn(text, sentence) });
}

/** Mentions of `text` (paragraphs one a line) read with `pack`, published (and anchored) on `published`; "" for an
 * article with no date. */
export function mentionsOf(text: string, published: string, pack: LanguagePack): Mention[] {
  const sentences = sentencesOf(text);
  const anchor: Anchor | null = published === "" ? null : { date: published, precision: "day", source: "published", text: `published ${published}`, flags: [] };
  const { entities, people } = entitiesOf(text, sentences, published, pack);
  const context = contextOf(pack);
  for (const p of people) if (!context.people.has(p.person_id)) context.people.set(p.person_id, p);
  return extractMentions({ article: { article_id: "a", text, published }, sentences, entities, anchor }, context);
}

/** The mentions of an Indonesian `text` that are not planned, as [event type, first day, people]. */
export const held = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id"))
    .filter((m) => m.role !== "planned")
    .map((m) => [m.event_type, m.date_start, [...m.people].sort()]);

/** Each mention of an Indonesian `text`, as [role, venue, people joined with "+"]. */
export const rows = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.venue_id, m.people.slice().sort().join("+")]);

/** Mentions of `text` read with the language pack of `lang` (see mentionsOf). */
export function mentionsIn(lang: "id" | "en", text: string, published: string): Mention[] {
  return mentionsOf(text, published, packs.get(lang));
}

/** Mentions of `text` read with the Indonesian pack (see mentionsOf). */
export function idMentions(text: string, published: string): Mention[] {
  return mentionsOf(text, published, packs.get("id"));
}

/** Mentions of `text` read with the English pack (see mentionsOf). */
export function enMentions(text: string, published: string): Mention[] {
  return mentionsOf(text, published, packs.get("en"));
}

/** The year yearOfDateline gives a year-less dateline from the people a page names alone (no report read). */
export function yearFromNames(anchor: Anchor | null, named: ReadonlySet<string>, timeline: readonly KnownMeeting[]): Anchor | null {
  return yearOfDateline(anchor, named, [], timeline, new Map(), new Map(), packs.get("en"));
}
