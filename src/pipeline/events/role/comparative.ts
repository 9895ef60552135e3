// "Belum jelas apakah Shoigu akan bertemu Kim dalam kunjungan ini, seperti yang dilakukannya pada kunjungan
// terakhirnya pada 2023", "… as he did on his last visit in 2018": a comparative pro-verb (data/lang/<lang>/
// comparative_proverbs.csv) stands for the verb phrase of the clause before it, so the event it opens was done by the
// same people with the same people: the earlier clause's participants are its own. Owns that test only; mentions.ts
// copies the people.
import { NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";

const proverbs = perPack((pack) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pack.has("comparative_proverbs") ? pack.alternation("comparative_proverbs") : NOTHING})(?![\\p{L}\\p{N}])`, "iu"));

/** Whether the words between two groups of a sentence (`gap`: from the end of the earlier group's last trigger to the
 * later group's first) hold a comparative pro-verb: the later group repeats the earlier one's act. */
export function repeatsEarlierAct(gap: string, pack: LanguagePack): boolean {
  return proverbs(pack).test(gap);
}
