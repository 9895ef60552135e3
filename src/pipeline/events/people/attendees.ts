// Those present at a meeting, listed in a sentence of their own right after the one that tells it: official media
// and readouts name the meeting first and then who attended ("Present there were Choe Son Hui, Pak Jong Chon …",
// "Dari pihak Rusia hadir Lavrov dan Shoigu", "The Korean side was represented by …"). The people of either side
// such a sentence names took part in that meeting; it reports no meeting of its own. A list may run on into the next
// sentence, opened by a word of sequel ("Ia menemui sejumlah pejabat. Mulai dari gubernur setempat … Kemudian, menteri
// dan rektor universitas …"): its people are of the same list.
import { alternationOf, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { TextTest } from "../cues.ts";
import { type Group, TRAVEL } from "../mention-types.ts";

/** How many sentences after a meeting's a list of those present may still stand (a sentence per side). */
export const ATTENDANCE_REACH = 2;

/**
 * The ids of the people an attendance sentence names (`sentence`, with its people `inSentence`) who belong to one
 * of the sides (`ofSides`); none when the sentence has no word of attendance (`attendance`, the pack's
 * attendance_words.csv).
 */
export function attendees(sentence: string, inSentence: readonly EntityMention[], attendance: TextTest, ofSides: (id: string) => boolean): string[] {
  if (!attendance.test(sentence)) return [];
  return [...new Set(inSentence.filter((e) => e.kind === "person" && ofSides(e.id)).map((e) => e.id))];
}

/** A sentence opened by a word of sequel ("Kemudian, …", "Then, …"): what it lists goes on from the sentence before. */
const sequelOpening = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("sequel_words");
  return words.length === 0 ? /(?!)/u : new RegExp(`^[\\s"“]*(?:${alternationOf(words)})(?![\\p{L}\\p{N}])`, "iu");
});

/** Whether `sentence`, right after a list of those present, goes on with that list. */
export function continuesList(sentence: string, pack: LanguagePack): boolean {
  return sequelOpening(pack).test(sentence);
}

/**
 * The report a list of those present right after it names the participants of: the last one told; or, when that one
 * is only what a held journey told in the same sentence was for ("A delegation arrived in Moscow for talks. On the
 * Russian side, Kozlov …"), that journey, whose talks the list is of. None after a plan: who will be present is no
 * participant of anything held.
 */
export function listedReport(groups: readonly Group[]): Group | undefined {
  const last = groups.at(-1);
  if (last === undefined || !last.planned) return last;
  for (let k = groups.length - 2; k >= 0 && groups[k]!.sentence === last.sentence; k--) {
    const g = groups[k]!;
    if (!g.planned && g.hits.some((h) => TRAVEL.has(h.trigger.event_type))) return g;
  }
  return undefined;
}
