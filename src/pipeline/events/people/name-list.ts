// A serial comma before the last of a list of names: "mempertemukan Presiden China Xi Jinping, Presiden Rusia Vladimir
// Putin, dan Pemimpin Korea Utara Kim Jong Un", "met Xi Jinping, Vladimir Putin, and Kim Jong Un". The comma and the
// conjunction close a list whose items are names, each perhaps after capitalised title words; they open no clause with
// a subject of its own, so the last name is as much the trigger's party as the others. A clause joined with a verb of
// its own keeps its reading: an item that is not a name alone ("…, disambut Choe Son Hui, dan Kim mengatakan …") or a
// join with one name before it and no list ("…, dan Kim mengatakan …") is no list.
import type { EntityMention } from "../../recognise/recognise.ts";

/** Words before a name in a list item: capitalised ones only (titles, countries), or none. Each word ends at white
 * space, so a run of capitals is read one way only (no backtracking through its splits). */
const TITLE_WORDS = /^\s*(?:\p{Lu}[\p{L}\p{N}.'’-]*\s+)*$/u;
const BLANK = /^\s*$/u;

/**
 * Whether the join from `joinAt` to `joinEnd` (a comma and a conjunction) closes a list of at least three names after
 * `from`: the item before it is a name whose words since the comma before it are titles only, the item before that
 * comma ends in a name, and a name (after titles only) follows the conjunction.
 */
export function closesNameList(text: string, from: number, joinAt: number, joinEnd: number, named: readonly EntityMention[], known: (id: string) => boolean): boolean {
  const persons = named.filter((e) => e.kind === "person" && known(e.id));
  const last = persons.find((e) => e.end <= joinAt && BLANK.test(text.slice(e.end, joinAt)));
  if (last === undefined) return false;
  const comma = text.lastIndexOf(",", last.start);
  if (comma < from || !TITLE_WORDS.test(text.slice(comma + 1, last.start))) return false;
  if (!persons.some((e) => e.start >= from && e.end <= comma && BLANK.test(text.slice(e.end, comma)))) return false;
  const next = persons.find((e) => e.start >= joinEnd);
  return next !== undefined && TITLE_WORDS.test(text.slice(joinEnd, next.start));
}
