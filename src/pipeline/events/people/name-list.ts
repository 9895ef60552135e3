// A serial comma before the last of a list of names: "mempertemukan Presiden China Xi Jinping, Presiden Rusia Vladimir
// Putin, dan Pemimpin Korea Utara Kim Jong Un", "met Xi Jinping, Vladimir Putin, and Kim Jong Un". The comma and the
// conjunction close a list whose items are names, each perhaps after capitalised title words; they open no clause with
// a subject of its own, so the last name is as much the trigger's party as the others. A clause joined with a verb of
// its own keeps its reading: an item that is not a name alone ("…, disambut Choe Son Hui, dan Kim mengatakan …") or a
// join with one name before it and no list ("…, dan Kim mengatakan …") is no list. A title word is capitalised, or one
// the pack lists as a title in any case ("North Korean leader Kim Jong Un", "presiden Rusia Vladimir Putin":
// lang/<lang>/anaphor_titles.csv, and office_titles.csv's offices, posts and their domains).
import { alternationOf } from "../lexicon.ts";
import { perPack, type LanguagePack } from "../../lang/pack.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

/** A capitalised word (a title's, a country's), and the white space after it. */
const CAPITALISED = /\p{Lu}[\p{L}\p{N}.'’-]*\s+/uy;
const BLANK = /^\s*$/u;
const SPACE = /\s*/uy;

/** The pack's title words, in any case, and the white space after one, at a given place (sticky). */
const titleWordsOf = perPack((pack) => {
  const offices = pack.has("office_titles") ? pack.rows("office_titles").filter((r) => ["office", "post", "domain"].includes(r.values.kind ?? "")).map((r) => r.word) : [];
  return new RegExp(`(?:${alternationOf([...pack.wordsIfAny("anaphor_titles"), ...offices])})(?![\\p{L}\\p{N}])\\s+`, "iuy");
});

/**
 * Whether `gap` holds title words only (or nothing): each word capitalised or a title of the pack's. Read word by
 * word, each ending at white space, so a run of capitals is read one way only (no backtracking through its splits).
 */
function titleWordsOnly(gap: string, pack: LanguagePack): boolean {
  const title = titleWordsOf(pack);
  SPACE.lastIndex = 0;
  SPACE.test(gap);
  let at = SPACE.lastIndex;
  while (at < gap.length) {
    CAPITALISED.lastIndex = at;
    title.lastIndex = at;
    if (CAPITALISED.test(gap)) at = CAPITALISED.lastIndex;
    else if (title.test(gap)) at = title.lastIndex;
    else return false;
  }
  return true;
}

/**
 * Whether the join from `joinAt` to `joinEnd` (a comma and a conjunction) closes a list of at least three names after
 * `from`: the item before it is a name whose words since the comma before it are titles only, the item before that
 * comma ends in a name, and a name (after titles only) follows the conjunction.
 */
export function closesNameList(text: string, from: number, joinAt: number, joinEnd: number, named: readonly EntityMention[], known: (id: string) => boolean, pack: LanguagePack): boolean {
  const persons = named.filter((e) => e.kind === "person" && known(e.id));
  const last = persons.find((e) => e.end <= joinAt && BLANK.test(text.slice(e.end, joinAt)));
  if (last === undefined) return false;
  const comma = text.lastIndexOf(",", last.start);
  if (comma < from || !titleWordsOnly(text.slice(comma + 1, last.start), pack)) return false;
  if (!persons.some((e) => e.start >= from && e.end <= comma && BLANK.test(text.slice(e.end, comma)))) return false;
  const next = persons.find((e) => e.start >= joinEnd);
  return next !== undefined && titleWordsOnly(text.slice(joinEnd, next.start), pack);
}
