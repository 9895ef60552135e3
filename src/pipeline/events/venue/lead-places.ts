// The places an article's lead names: where the news happened when its own reports do not say.
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Sentence } from "../../types.ts";
import { eventCues } from "../cues.ts";
import { DATELINE_FURNITURE_SENTENCES, isCapitalDateline } from "./dateline.ts";
import { cueMatches } from "../lexicon.ts";
import type { ArticleInput, MentionContext } from "../mention-types.ts";
import { KIND_RANK } from "./venue.ts";

/** The headline, dateline and first sentences: where an article says what its news is and where it happened. */
export const LEAD_SENTENCES = 4;
/**
 * The places the lead names (the dateline, the first sentences), finest first, then in reading order: where the
 * news happened when its own reports do not say. A place after "outside"/"di luar" is not one, nor one a thing or a
 * person came from ("aid from Moscow"; origin_prepositions.csv) unless a trip came back from it, nor one in a recap,
 * nor one a reporting verb follows ("the Kremlin said") or names as its speaker ("kata Kremlin"): a government speaking. A dateline in capitals below the
 * page's furniture counts as the lead's.
 */
export function leadPlaces(input: ArticleInput, context: MentionContext): Place[] {
  const cues = eventCues(context.pack);
  // (A lead sentence that opens as a recap, "Sebelumnya, …", "Foto arsip - …", names an earlier occasion's places.)
  const recap = (s: Sentence) => cueMatches(context.lexicons.modality, "background", s.text).some((m) => m.entry.position === "opening" && s.text.slice(0, m.index).trim() === "");
  const lead = new Set(input.sentences.slice(0, LEAD_SENTENCES).filter((s) => !recap(s)).map((s) => s.sentence_id));
  // (A dateline in capitals that a page's furniture pushed below the lead, "SOSNOVY BOR, Russia - …", is the lead's.)
  const below = new Map(input.sentences.slice(LEAD_SENTENCES, DATELINE_FURNITURE_SENTENCES).map((s) => [s.sentence_id, s]));
  const dateline = (e: EntityMention) => {
    const s = below.get(e.sentence_id);
    return s !== undefined && isCapitalDateline(input.article.text, s, e);
  };
  const found: Array<{ place: Place; start: number }> = [];
  for (const e of input.entities) {
    const place = e.kind === "place" && (lead.has(e.sentence_id) || dateline(e)) ? context.places.get(e.id) : undefined;
    // A country is named in every lead ("program nuklir Korea Utara"), and a region more often says what the news is
    // about than where it happened ("troops to help Russia retake the Kursk region"): only a finer place says where.
    if (place === undefined || place.country === "" || place.kind === "country" || place.kind === "region") continue;
    const before = input.article.text.slice(Math.max(0, e.start - 40), e.start);
    if (cues.outsideEnd.test(before)) continue;
    // Where someone or something came from ("bantuan … dari Moskow", "aid from Moscow") is not where the news happened;
    // where a trip came back from is ("kembali dari Moskow", "returned from Moscow").
    if (cues.originEnd.test(before) && !cues.returnOriginEnd.test(before)) continue;
    if (cues.genitiveStart.test(input.article.text.slice(e.end, e.end + 8))) continue;
    if (cues.attributiveStart.test(input.article.text.slice(e.end, e.end + 40)) || cues.speakerVerbAfter.test(input.article.text.slice(e.end, e.end + 40))) continue;
    // (So is one a reporting verb names as its speaker right before it: "Kedatangan Kim, dikatakan Kremlin, untuk …".)
    if (cues.speakerVerbBefore.test(before)) continue;
    // (Nor one something belongs to: "program nuklir milik Pyongyang" is the state's programme; owner_words.csv.)
    if (cues.ownerEnd.test(before)) continue;
    found.push({ place, start: e.start });
  }
  found.sort((a, b) => (KIND_RANK[a.place.kind] ?? 9) - (KIND_RANK[b.place.kind] ?? 9) || a.start - b.start);
  return found.map((f) => f.place);
}
