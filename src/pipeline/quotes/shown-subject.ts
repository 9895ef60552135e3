// "A video clip showed Kim embracing Lavrov, calling him a “dear friend”": what a picture or a witness shows does
// what the verbs after it say, and speaks through them.
import type { FinderState } from "./finder-state.ts";
import { jointSpeaker } from "./joint-subject.ts";
import { whoOf, wordCount } from "./quote-text.ts";
import type { Who } from "./quote-types.ts";

/** The words at most of the shown person's title before the name: "showed North Korean leader Kim Jong Un". */
const SHOWN_TITLE_WORDS = 4;

/**
 * The person a verb of showing (lang/<lang>/showing_verbs.csv) in [from, to) shows, when a picture's noun
 * (picture_nouns.csv) and no person stand before that verb in the clause: the subject of the participle or verb right
 * after the name (verb_form_affixes.csv: "showed Kim embracing Lavrov, calling him …", "memperlihatkan Kim memeluk
 * Lavrov, menyebutnya …"), so the speaker of the words they report, not the clip. A person before the verb keeps the
 * clause ("Kim showed Putin around the plant, saying …": Kim's words); without a picture the verb judges ("langkah itu
 * menunjukkan Putin tidak main-main": 'indicates'), and a name with a genitive ("Putin's remarks") or with no verb
 * form after it is no one doing anything. "joint" for people shown together who are not both known
 * (joint-subject.ts); null when the clause has no such verb or it shows nobody named doing something.
 */
export function shownSubject(f: FinderState, from: number, to: number): Who | "joint" | null {
  const verb = f.words.showing.exec(f.text.slice(from, to));
  if (verb === null) return null;
  const at = from + verb.index;
  if (f.firstCandidate(from, at, (c) => c.kind === "person" && f.mask[c.start] === 0) !== undefined) return null;
  if (!f.words.pictureNounIn.test(f.text.slice(from, at))) return null;
  const after = at + verb[0].length;
  const shown = f.firstCandidate(after, to, (c) => c.end <= to && f.mask[c.start] === 0);
  if (shown === undefined || shown.kind !== "person" || shown.id === "") return null;
  const gap = f.text.slice(after, shown.start);
  if (/[,;:.]/u.test(gap) || wordCount(gap) > SHOWN_TITLE_WORDS) return null;
  // "Kim and Putin embracing": the verb form comes after the pair's last name ("joint", nobody, for a pair with a genitive).
  const pair = jointSpeaker(f, shown, to);
  if (pair === "joint") return pair;
  const end = pair === null ? shown.end : shown.start + pair.text.length;
  const rest = f.text.slice(end, to);
  if (f.words.genitiveStart.test(rest) || !f.words.verbFormStart.test(rest)) return null;
  return pair ?? whoOf(shown, "before");
}
