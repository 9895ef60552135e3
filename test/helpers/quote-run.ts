// The quote stage run on one text as the pipeline runs it (clean → segment → recognise → findQuotes), with data/'s
// gazetteer, lexicons and language packs: what the quote tests feed their sentences through.
import { join } from "node:path";
import { clean } from "../../src/pipeline/ingest/clean.ts";
import { findQuotes, shortNames } from "../../src/pipeline/quotes/quotes.ts";
import { loadQuoteLexicons } from "../../src/io/read-quotes.ts";
import { loadBoilerplate, loadGazetteer, loadPacks } from "../../src/io/read.ts";
import { Recogniser } from "../../src/pipeline/recognise/recognise.ts";
import { withoutRankedTitles } from "../../src/pipeline/recognise/rank-prefix.ts";
import { segment } from "../../src/pipeline/ingest/segment.ts";
import type { Article } from "../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const gazetteer = await loadGazetteer(DATA);
const recogniser = new Recogniser(gazetteer);
const boilerplate = await loadBoilerplate(DATA);
const lexicons = await loadQuoteLexicons(DATA);
const names = shortNames(gazetteer);
const people = new Map(gazetteer.people.map((p) => [p.person_id, p]));
export const packs = await loadPacks(DATA);

export type Options = { published?: string; relays?: string[]; lang?: string };

export function article(text: string, published = "2024-11-01", language = "id"): Article {
  return {
    article_id: "a", file: "articles/a.txt", outlet: "X", url: "", language, published, published_precision: "day",
    title: "", text, chars: text.length, sha256: "", encoding: "utf-8", status: "ok"
  };
}

export function run(text: string, options: Options = {}) {
  const a = article(text, options.published, options.lang);
  const lang = packs.get(a.language);
  const cleaned = clean(a, boilerplate);
  const { paragraphs, sentences } = segment("a", text, cleaned, lang);
  const entities = withoutRankedTitles(recogniser.recognise(text, sentences, a.published), text, lang);
  return findQuotes({
    article: a, sentences, paragraphs, entities, pack: lang, verbs: lang.verbs, speakers: lexicons.speakers, terms: lexicons.terms,
    relays: options.relays ?? cleaned.metadata.source, shortNames: names, people
  });
}

/** The quotes of `text` as [text, speaker_id, kind, attribution]. */
export function quotes(text: string, options?: Options): Array<[string, string, string, string]> {
  return run(text, options).quotes.map((q) => [q.text, q.speaker_id, q.kind, q.attribution]);
}

/** The quotations in marks of `text` (not reported speech without marks) as [text, speaker_id, speaker_text, kind]. */
export function markedQuotes(text: string, options?: Options): Array<[string, string, string, string]> {
  return run(text, options)
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.text, q.speaker_id, q.speaker_text, q.kind]);
}

/** The quotations in marks of `text` as [first two words, speaker_id, speaker_text, kind]. */
export function markedOpenings(text: string, options: Options): Array<[string, string, string, string]> {
  return run(text, options)
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.speaker_text, q.kind]);
}

/** The quotations in marks of `text` (not reported speech without marks), as [text, speaker_id, kind, attribution]. */
export function markedAttributions(text: string, options?: Options): Array<[string, string, string, string]> {
  return quotes(text, options).filter((q) => q[2] !== "reported");
}
