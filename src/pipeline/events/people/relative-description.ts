// "… bertemu dengan Ketua Partai Rusia Bersatu Dmitry Medvedev, yang dianggap sebagai orang terdekat Presiden Putin.",
// "… met Dmitry Medvedev, who is seen as Putin's closest ally.": a relative clause set off by a comma after a person
// (lang/*/relative_pronouns.csv) that holds no meeting word of its own describes that person; a person it names
// (Putin) is part of the description and took no part in the meeting. A relative clause with a meeting word of its own
// ("Xi, who also hosted Putin") is left to the grouping of triggers (sentence-groups.ts).
import type { EntityMention } from "../../recognise/recognise.ts";
import type { EventCues } from "../cues.ts";

/** Whether `person` stands in a descriptive relative clause after another person in `[sentenceStart, sentenceEnd)`:
 * the clause runs from ", yang"/", who" to the next comma or the sentence's end, and no trigger (`triggerStarts`)
 * stands in it. */
export function inRelativeDescription(text: string, person: EntityMention, people: readonly EntityMention[], triggerStarts: readonly number[], sentenceStart: number, sentenceEnd: number, cues: EventCues): boolean {
  const before = text.slice(sentenceStart, person.start);
  cues.relativeJoin.lastIndex = 0;
  let opening: RegExpExecArray | null = null;
  for (let m = cues.relativeJoin.exec(before); m !== null; m = cues.relativeJoin.exec(before)) opening = m;
  if (opening === null) return false;
  const at = sentenceStart + opening.index;
  // The clause must follow a person right before its comma, and reach the person without another comma.
  if (/[,;:]/u.test(text.slice(at + opening[0].length, person.start))) return false;
  if (!people.some((e) => e.kind === "person" && e.id !== person.id && /^\s*$/u.test(text.slice(e.end, at)))) return false;
  const close = text.slice(person.end, sentenceEnd).search(/[,;:]/u);
  const end = close < 0 ? sentenceEnd : person.end + close;
  return !triggerStarts.some((t) => t > at && t < end);
}
