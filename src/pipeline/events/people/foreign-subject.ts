// A clause whose subject is a third country's official, told by that country's adjective at the head of the subject:
// "Earlier this month, a South Korean presidential envoy met Kim Jong Il in Pyongyang", "US Undersecretary of State
// John Bolton then travelled to Russia". The one who meets or travels is that country's, so a report that names the
// people of one side only (or none) is a meeting of others, not of the two sides. Owns that reading of the words
// before a trigger; mentions.ts drops such a report. The adjectives are lang/<lang>/foreign_officials.csv (Indonesian
// puts the country after its noun, "utusan Korea Selatan", and has none: the rule is silent there).
// Also the second member of a pair around the trigger ("Kim and Chinese President Xi Jinping held talks", "the meeting
// between Kim Jong Un and US President Donald Trump"): that pair is one side with a third country; the conjunctions
// are lang/<lang>/pair_conjunctions.csv.
import { alternationOf, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

/** How many words may stand before the adjective ("a former") and between it and the trigger ("presidential envoy"). */
const BEFORE_WORDS = 2;
const AFTER_WORDS = 7;

/** Whether the words before a trigger in its clause (`subject`) open with a third country's official. */
export const foreignSubject = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("foreign_officials");
  if (words.length === 0) return (_subject: string) => false;
  // Case-sensitive: the adjectives are capitalised, and "US" must not be the pronoun "us".
  const head = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,${BEFORE_WORDS}}?(?<![\\p{L}\\p{N}.])(?:${alternationOf(words)})(?![\\p{L}\\p{N}])((?:[\\s,]+[\\p{L}\\p{N}.'’-]+){0,${AFTER_WORDS}})[\\s,]*$`, "u");
  // A reporting verb after the adjective makes the official the one who tells, not the one who meets ("South Korean
  // officials said Kim travelled …").
  const verbs = pack.verbs.map((v) => v.verb);
  const reporting = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(verbs)})(?![\\p{L}\\p{N}])`, "iu");
  return (subject: string): boolean =>
    [subject, subject.slice(subject.lastIndexOf(",") + 1)].some((part) => {
      const m = head.exec(part);
      return m !== null && !reporting.test(m[1] ?? "");
    });
});

/** How many words may stand between the trigger and the conjunction of a pair after it ("between the leader of
 * North Korea, comrade Kim Jong Un, and US President …"). */
const PAIR_AFTER_WORDS = 12;

/**
 * Whether a pair the trigger belongs to has a third country's official as a member: a conjunction followed at once
 * by a foreign adjective, in the clause before the trigger (`subject`: "Kim and Chinese President Xi held") or in the
 * words after it up to the clause's end (`after`: "meeting between Kim Jong Un and US President Trump").
 */
export const foreignPairMember = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("foreign_officials");
  const joins = pack.wordsIfAny("pair_conjunctions");
  if (words.length === 0 || joins.length === 0) return (_subject: string, _after: string) => false;
  // The conjunction as written or capitalised, the adjective case-sensitive (as above).
  const cased = [...joins, ...joins.map((w) => w.charAt(0).toUpperCase() + w.slice(1))];
  const member = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(cased)})\\s+(?<![\\p{L}\\p{N}.])(?:${alternationOf(words)})(?![\\p{L}\\p{N}])`, "u");
  const afterWindow = new RegExp(`^(?:[\\s,]*[^\\s,]+){0,${PAIR_AFTER_WORDS}}`, "u");
  return (subject: string, after: string): boolean => member.test(subject) || member.test(afterWindow.exec(after)?.[0] ?? "");
});

/**
 * Whether the subject before a trigger (from `from` to `to`) is someone a third country's person sends or employs:
 * "Park Geun-hye's personal envoy met Kim Yong Nam briefly", "Park's envoy meets …". The person
 * named (of neither side) owns the subject through a genitive and a person noun (`served`, cues.servedStart), so the
 * one who meets is that country's.
 */
export function servedByForeign(text: string, from: number, to: number, named: readonly EntityMention[], countryOf: (id: string) => string, sides: readonly string[], served: RegExp): boolean {
  return named.some((e) => {
    if (e.kind !== "person" || e.start < from || e.end > to) return false;
    const country = countryOf(e.id);
    return country !== "" && !sides.includes(country) && served.test(text.slice(e.end, to));
  });
}
