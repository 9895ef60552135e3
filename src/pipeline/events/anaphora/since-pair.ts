// "Ini akan menjadi pertemuan pertama antara seorang pemimpin Korut dengan Rusia sejak era Kim Jong-il dengan Dmitry
// Medvedev, delapan tahun lalu": after a since-word, a pair of people of the two sides joined by a comitative or a pair
// conjunction, with no trigger of their own, names an earlier event of the kind the sentence's trigger before it is:
// "since [the meeting of] Kim Jong-il with Medvedev". The pair's joining word stands for the elided trigger (its
// words, the mention's evidence of it, are the since-clause's: "sejak era Kim Jong-il dengan Dmitry Medvedev"), so the
// since-clause's people and date are that earlier event's (the since-clause rules of sentence-groups.ts read it as
// they read "sejak pertemuan Kim Jong-il dengan Medvedev"). A pair of one side ("sejak Kim dan Choe …"), a name alone
// ("sejak Kim Jong Un berkuasa") or a pair with a trigger of its own keeps its reading.
// The words are data: lang/<lang>/since_words.csv, comitatives.csv and pair_conjunctions.csv.
import { alternationOf, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { Person } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Trigger } from "../lexicon.ts";
import type { Sides } from "../mention-types.ts";
import { countWords } from "../scope.ts";

/** How many words may stand between the since-word and the pair's first name ("era", "masa pemerintahan"), and
 * between the joining word and the second name (a title: "Presiden Rusia"). */
const LEAD_WORDS = 2;
/** Where the pair's clause ends: a comma, a semicolon, a colon or a dash. */
const CLAUSE_END = /[,;:–—]/u;
const TITLE_WORDS = 3;

interface Found {
  trigger: Trigger;
  start: number;
  end: number;
  text: string;
  /** The words that carry an elided trigger's event, when they are more than `text`. */
  evidence?: string;
}

const wordsOf = perPack((pack: LanguagePack) => {
  const since = pack.wordsIfAny("since_words");
  const joins = [...pack.wordsIfAny("comitatives"), ...pack.wordsIfAny("pair_conjunctions")];
  if (since.length === 0 || joins.length === 0) return null;
  return {
    since: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(since)})(?![\\p{L}\\p{N}])`, "giu"),
    join: new RegExp(`^\\s*(${alternationOf(joins)})\\s`, "iu")
  };
});

/** The elided triggers of `sentence`'s since-pairs, each the kind of the last trigger found before its since-word. */
export function sincePairs(text: string, sentenceStart: number, sentenceEnd: number, found: readonly Found[], entities: readonly EntityMention[], people: ReadonlyMap<string, Person>, sides: Sides, pack: LanguagePack): Found[] {
  const words = wordsOf(pack);
  if (words === null || found.length === 0) return [];
  const out: Found[] = [];
  const persons = entities.filter((e) => e.kind === "person" && e.start >= sentenceStart && e.end <= sentenceEnd && people.has(e.id));
  const side = (e: EntityMention) => people.get(e.id)?.country ?? "";
  for (const m of text.slice(sentenceStart, sentenceEnd).matchAll(words.since)) {
    const at = sentenceStart + m.index;
    const after = at + m[0].length;
    const before = found.filter((f) => f.end <= at).at(-1);
    if (before === undefined) continue;
    const first = persons.find((e) => e.start >= after);
    if (first === undefined || countWords(text.slice(after, first.start)) > LEAD_WORDS || /[,;:()]/u.test(text.slice(after, first.start))) continue;
    const join = words.join.exec(text.slice(first.end));
    if (join === null) continue;
    const joinStart = first.end + join[0].indexOf(join[1]!);
    const joinEnd = joinStart + join[1]!.length;
    const second = persons.find((e) => e.start >= joinEnd);
    if (second === undefined || countWords(text.slice(joinEnd, second.start)) > TITLE_WORDS || /[,;:()]/u.test(text.slice(joinEnd, second.start))) continue;
    // Of the two sides, one each; and no trigger of the pair's own between the since-word and the second name.
    if (side(first) === side(second) || !sides.includes(side(first)) || !sides.includes(side(second))) continue;
    // (Nor after it in its clause, the usual order: "since Kim and Putin met in Vladivostok", "sejak Kim dan Putin
    // menandatangani deklarasi".)
    const stop = CLAUSE_END.exec(text.slice(second.end, sentenceEnd));
    const clauseEnd = stop === null ? sentenceEnd : second.end + stop.index;
    if (found.some((f) => f.start >= after && f.start < clauseEnd)) continue;
    out.push({ trigger: before.trigger, start: joinStart, end: joinEnd, text: text.slice(joinStart, joinEnd), evidence: text.slice(at, second.end) });
  }
  return out;
}
