// Relays: the outlet a statement was taken from ("dilansir dari KCNA", "quoted by TASS"), credited to the
// statements of its sentence, its paragraph or the whole article.
import { type PhraseMatch, once } from "../lang/matcher.ts";
import type { Sentence } from "../types.ts";
import type { FinderState } from "./finder-state.ts";
import { outletNamedAfter } from "./organisations.ts";
import type { Speaker } from "./quote-lexicons.ts";
import { NO_SPEAKERS, groupBy, lowerBound, pairAt } from "./quote-text.ts";
import type { Draft, Who } from "./quote-types.ts";
import { speakerOf } from "./speaker.ts";

/** The first speaker with each alias (lower case), indexed once per list. */
const speakerByAlias = once((speakers: readonly Speaker[]) => {
  const byAlias = new Map<string, Speaker>();
  for (const speaker of speakers) for (const alias of speaker.aliases) if (!byAlias.has(alias.toLowerCase())) byAlias.set(alias.toLowerCase(), speaker);
  return byAlias;
});

/** Whether a letter or a digit ends just before `at`, or `at` splits a character in two. */
function wordEndsAt(text: string, at: number): boolean {
  return /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at)) || splitsPair(text, at);
}

/** Whether a letter or a digit starts at `at`, or `at` splits a character in two. */
function wordStartsAt(text: string, at: number): boolean {
  return /^[\p{L}\p{N}]/u.test(text.slice(at, at + 2)) || splitsPair(text, at);
}

function splitsPair(text: string, at: number): boolean {
  return pairAt(text, at - 1);
}

/**
 * Whether an inverted speaker only relays: an organisation, or a report ("said the report", "it said"), also one
 * whose source is unknown (see sourceReferredTo).
 */
export function relayOnly(f: FinderState, who: Who): boolean {
  return who.kind === "organisation" || who.kind === "none" || (who.id === "" && f.words.relayNoun.test(who.text));
}

/** The relay a speaker came with ("KCNA mengutip pernyataan Kim"), else the sentence's own credit. */
export function relayFor(f: FinderState, who: Who, sentence: Sentence): { via: string; relayId: string } {
  return who.relay === undefined ? ownRelay(f, sentence, who) : { via: who.relay.name, relayId: who.relay.id };
}

/** The credit in a quote's sentence, outside its quotations: "dikutip dari Antara", "quoted by RIA". */
export function ownRelay(f: FinderState, sentence: Sentence, who?: Who): { via: string; relayId: string } {
  for (const m of relayMatches(f, sentence)) {
    if (f.mask[sentence.start + m.start] === 1) continue;
    // "According to Rachel Lee, a senior analyst at …": a credit that names the speaker names no relay.
    if (who !== undefined && who.text !== "" && f.text.slice(sentence.start + m.end, sentence.end).trimStart().startsWith(who.text)) continue;
    const org = relayAt(f, sentence.start + m.end, sentence.end);
    if (org !== null) return { via: org.name, relayId: org.id };
  }
  // "…," kata Kim, menurut KCNA: a speaker's credit ("menurut", which names a speaker as often) with an
  // organisation right after it, not the one speaking, relays the sentence.
  for (const cue of f.cuesIn.get(sentence) ?? []) {
    if (!f.words.accordingTo.has(cue.verb.verb) || f.mask[cue.start] === 1) continue;
    const first = f.organisations[lowerBound(f.organisations, cue.end)];
    if (first === undefined || !/^[ \u00a0]+$/u.test(f.text.slice(cue.end, first.start))) continue;
    // "according to Russia's TASS news agency": the outlet, not the country modifying it.
    const org = outletNamedAfter(f, first, cue.end, Math.min(sentence.end, first.end + 60)) ?? first;
    if (org.id === "" || org.id === who?.id) continue;
    return { via: org.name, relayId: org.id };
  }
  return { via: "", relayId: "" };
}

/** The outlet named right after a relay phrase; none when a person comes first ("according to Lavrov" is a speaker). */
export function relayAt(f: FinderState, at: number, limit: number): { id: string; name: string } | null {
  const org = f.organisations[lowerBound(f.organisations, at)];
  const person = f.people[lowerBound(f.people, at)];
  const end = Math.min(limit, at + 60);
  if (person !== undefined && person.start < end && (org === undefined || person.start < org.start)) return null;
  // "According to Victor Cha, Pyongyang is …": an outlet past the credit phrase's comma is not what it credits.
  if (org !== undefined && org.start < end && !f.text.slice(at, org.start).includes(",")) {
    // "dilansir kantor berita Rusia RIA Novosti": the outlet, not the country modifying its noun.
    const outlet = outletNamedAfter(f, org, at, end) ?? org;
    return { id: outlet.id, name: outlet.name };
  }
  // An outlet the lexicon lacks ("dilansir dari Sputnik News"); capitalised words before a common noun
  // ("according to South Korean assessments") describe it and name no outlet.
  const m = /^\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})(\s+\p{Ll})?/u.exec(f.text.slice(at, limit));
  // The sentence's full stop is no part of the name ("dikutip dari Channel News Asia."); an initialism's is ("U.S.").
  return m === null || m[2] !== undefined ? null : { id: "", name: m[1]!.replace(/(?<=\p{L}{2})\.$/u, "") };
}

/** Relays credited for each of `paragraphs` as a whole: "menurut laporan media … (KCNA)", "…, lapor KCNA." */
export function paragraphRelays(f: FinderState, paragraphs: ReadonlySet<number>): Map<number, { id: string; name: string }> {
  const relays = new Map<number, { id: string; name: string }>();
  for (const sentence of f.sentences) {
    if (!paragraphs.has(sentence.paragraph) || relays.has(sentence.paragraph)) continue;
    for (const m of relayMatches(f, sentence)) {
      const org = relayAt(f, sentence.start + m.end, sentence.end);
      if (org !== null && org.id !== "") {
        relays.set(sentence.paragraph, org);
        break;
      }
    }
    if (relays.has(sentence.paragraph)) continue;
    for (const cue of f.cuesIn.get(sentence) ?? []) {
      if (!f.words.relayVerbs.has(cue.verb.verb)) continue;
      const found = speakerOf(f, cue);
      const who = found === "joint" ? null : found;
      if (who !== null && who.kind === "organisation" && who.id !== "") {
        relays.set(sentence.paragraph, { id: who.id, name: who.name });
        break;
      }
    }
  }
  return relays;
}

/** The article's single source credit ("Sumber: Anadolu"); none when it credits several wires at once. */
export function articleRelay(f: FinderState): { id: string; name: string } | null {
  const relays = f.input.relays ?? [];
  if (relays.length !== 1) return null;
  const relay = relays[0]!.trim();
  if (relay === "" || f.words.pairedCredit.test(relay)) return null;
  const speaker = speakerByAlias(f.input.speakers ?? NO_SPEAKERS).get(relay.toLowerCase());
  return speaker === undefined ? { id: "", name: relay } : { id: speaker.speaker_id, name: speaker.name };
}

/**
 * A long quoted fragment with no verb of its own is the wording of whoever the paragraph credits ("…
 * berdasarkan "…." Lavrov menyampaikan salam Putin kepada Kim, lapor KCNA."), else of an agency quoted in a
 * neighbouring paragraph, since a readout's paragraphs are written from one source.
 */
export function creditParagraphs(f: FinderState, drafts: Draft[]): void {
  // Only quotations attributed in their own right credit others: a credited fragment never passes its
  // credit on, so the set is fixed before any fragment is credited.
  const known = groupBy(
    drafts.filter((d) => !d.pending && d.kind !== "term" && d.speaker_kind !== "none" && d.attribution !== "paragraph"),
    (d) => d.paragraph
  );
  for (const draft of drafts) {
    if (!draft.pending) continue;
    draft.pending = false;
    const same = known.get(draft.paragraph) ?? [];
    const source =
      same.find((d) => d.char_start > draft.char_start) ??
      same.at(-1) ??
      [...(known.get(draft.paragraph - 1) ?? []), ...(known.get(draft.paragraph + 1) ?? [])]
        .filter((d) => d.speaker_kind === "organisation")
        .sort((a, b) => Math.abs(a.char_start - draft.char_start) - Math.abs(b.char_start - draft.char_start))[0];
    if (source === undefined) continue;
    draft.speaker_id = source.speaker_id;
    draft.speaker_text = source.speaker_text;
    draft.speaker_kind = source.speaker_kind;
    draft.attribution = "paragraph";
    draft.cue = source.paragraph === draft.paragraph ? source.cue : "";
  }
}

// ---- lookups ----

/**
 * The relay phrases of a sentence, scanned once. A sentence cut cleanly from a paragraph with no relay phrase has
 * none: a phrase the sentence holds stands in the paragraph too, and where it starts and ends a word starts and
 * ends in the paragraph as well (the relay matcher binds letters and digits only), so the paragraph's scan finds
 * it or another phrase.
 */
export function relayMatches(f: FinderState, sentence: Sentence): PhraseMatch<string>[] {
  let found = f.relaysIn.get(sentence);
  if (found === undefined) {
    const paragraph = f.paragraphs[lowerBound(f.paragraphs, sentence.start + 1) - 1];
    const clean =
      paragraph !== undefined &&
      paragraph.start <= sentence.start &&
      sentence.end <= paragraph.end &&
      (sentence.start === paragraph.start || !wordEndsAt(f.text, sentence.start)) &&
      (sentence.end === paragraph.end || !wordStartsAt(f.text, sentence.end));
    found = clean && !f.relayParagraphs.has(paragraph) ? [] : f.words.relay.find(sentence.text);
    f.relaysIn.set(sentence, found);
  }
  return found;
}
