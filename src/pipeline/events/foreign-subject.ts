// A clause whose subject is a third country's official, told by that country's adjective at the head of the subject:
// "Earlier this month, a South Korean presidential envoy met Kim Jong Il in Pyongyang", "US Undersecretary of State
// John Bolton then travelled to Russia". The one who meets or travels is that country's, so a report that names the
// people of one side only (or none) is a meeting of others, not of the two sides. Owns that reading of the words
// before a trigger; mentions.ts drops such a report. The adjectives are lang/<lang>/foreign_officials.csv (Indonesian
// puts the country after its noun, "utusan Korea Selatan", and has none: the rule is silent there).
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";

/** How many words may stand before the adjective ("a former") and between it and the trigger ("presidential envoy"). */
const BEFORE_WORDS = 2;
const AFTER_WORDS = 7;

/** Whether the words before a trigger in its clause (`subject`) open with a third country's official. */
export const foreignSubject = perPack((pack: LanguagePack) => {
  const words = pack.has("foreign_officials") ? pack.words("foreign_officials") : [];
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
