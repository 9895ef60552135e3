// The head of a delegation takes part in what the delegation does when the article names the delegation again:
// "A Russian delegation headed by Minister Alexander Kozlov is in Pyongyang … The delegation arrived on Tuesday and
// was received at the airport by Yun Jong-ho" is Kozlov's arrival and Kozlov's reception, though the later sentence
// names only his hosts (and perhaps a member: "The delegation, which also includes …").
//
// The words are data: lang/<lang>/delegation_nouns.csv (delegation, delegasi), lang/<lang>/delegation_heads.csv
// ("headed by", "led by", "dipimpin"), lang/<lang>/anaphor_determiners.csv ("the" before, "itu"/"tersebut" after).
// This module holds positions only.
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Mention } from "../mentions.ts";

/** How many words (a kind: "government", "military"; "of Russian Far East officials") may stand between the noun and
 * the word that introduces its head. */
const NOUN_TO_CUE_WORDS = 6;
/** How far (a title: "Natural Resources and Ecology Minister") the head's name may stand after the cue. */
const CUE_TO_NAME_CHARS = 80;
/** How many words (a side: "Russian"; a kind: "military") may stand between a definite determiner and the noun. */
const DETERMINER_WORDS = 2;

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

interface HeadCues {
  /** A delegation noun, then up to NOUN_TO_CUE_WORDS words, then a head cue (ending the match). */
  introduced: RegExp;
  /** The delegation named again: a determiner before it ("the Russian delegation") or after it ("delegasi itu"). */
  definite: RegExp;
  /** A head cue right after a definite delegation: a new delegation introduced, not one named again. */
  cueAhead: RegExp;
}

const cuesOf = perPack((pack: LanguagePack): HeadCues => {
  const list = pack.wordsIfAny;
  const positioned = (position: string) => (pack.has("anaphor_determiners") ? pack.rows("anaphor_determiners").filter((r) => r.values.position === position).map((r) => r.word) : []);
  const alt = (words: readonly string[]) => (words.length === 0 ? NOTHING : alternationOf(words));
  const noun = alt(list("delegation_nouns"));
  const cue = alt(list("delegation_heads"));
  const before = positioned("before");
  const after = positioned("after");
  const definite = [
    ...(before.length > 0 ? [`${L}(?:${alt(before)})(?:\\s+[\\p{L}-]+){0,${DETERMINER_WORDS}}?\\s+(?:${noun})${R}`] : []),
    ...(after.length > 0 ? [`${L}(?:${noun})(?:\\s+[\\p{L}-]+){0,${DETERMINER_WORDS}}?\\s+(?:${alt(after)})${R}`] : [])
  ];
  return {
    introduced: new RegExp(`${L}(?:${noun})(?:\\s+[\\p{L}-]+){0,${NOUN_TO_CUE_WORDS}}?\\s+(?:${cue})${R}`, "giu"),
    definite: new RegExp(definite.length === 0 ? NOTHING : definite.join("|"), "giu"),
    cueAhead: new RegExp(`^[\\s,]*(?:${cue})${R}`, "iu")
  };
});

/** The mentions, each that names a delegation again after one introduced with its head taking that head among its
 * people. */
export function withDelegationHeads(mentions: readonly Mention[], text: string, entities: readonly EntityMention[], pack: LanguagePack): Mention[] {
  const cues = cuesOf(pack);
  const heads: Array<{ at: number; id: string }> = [];
  for (const m of text.matchAll(cues.introduced)) {
    const cueEnd = m.index + m[0].length;
    const head = entities.find((e) => e.kind === "person" && e.id !== "" && e.start >= cueEnd && e.start - cueEnd <= CUE_TO_NAME_CHARS && !/[.;,()]/u.test(text.slice(cueEnd, e.start)));
    if (head !== undefined) heads.push({ at: head.end, id: head.id });
  }
  if (heads.length === 0) return [...mentions];
  return mentions.map((m) => {
    for (const d of m.evidence.matchAll(cues.definite)) {
      const at = m.char_start + d.index;
      if (cues.cueAhead.test(text.slice(at + d[0].length, at + d[0].length + 40))) continue;
      const head = heads.filter((h) => h.at <= at).at(-1);
      if (head === undefined || m.people.includes(head.id)) return m;
      return { ...m, people: [...m.people, head.id].sort() };
    }
    return m;
  });
}
