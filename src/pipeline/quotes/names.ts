// A person named or described around a reporting verb: a name apposed to a title or a description ("Pak Thae Song,
// chairman of …"), a title before a name, a person's description, a name cut by a line, a title served at the time.
import { truncated } from "../ingest/cut.ts";
import type { PhraseMatch } from "../lang/matcher.ts";
import { escapeRegExp } from "../lang/regex.ts";
import { deadBy } from "../recognise/gazetteer.ts";
import type { Sentence } from "../types.ts";
import type { FinderState } from "./finder-state.ts";
import { ANY_MARK } from "./quote-spans.ts";
import { NO_CUES, firstWord, isNameRun, lowerBound, previousWord, whoOf, wordCount, wordsBetween } from "./quote-text.ts";
import type { Candidate, Cue, Who } from "./quote-types.ts";

// The longest description of a person named after it: "South Korea's defense ministry spokesperson Jeon Ha-kyu".
const DESCRIBED_MAX_WORDS = 8;
/** The words at most between a reported clause's subject and its own reporting verb ("Kim Jong Un pun mengatakan"). */
const INNER_SUBJECT_GAP_WORDS = 2;
/** The words at most of a title written out before a name (see titleBefore): "Menteri Luar Negeri (Menlu) Korea Utara". */
const TITLE_BEFORE_WORDS = 8;
/** How far before a title a person's noun may begin ("juru bicara" and the spaces after it). */
const SERVED_REACH = 30;
/** How far and how many words the title of the person a spokesman serves may run ("Presiden Rusia" in "jurubicara
 * Presiden Rusia Vladimir Putin, Dmitry Peskov"). */
const SERVED_TITLE_REACH = 40;
const SERVED_TITLE_WORDS = 4;

/** The first word of a text, after any white space. */
// The fewest letters of a cut name that can stand for a name ("Lav…" for Lavrov; not "K…").
const CUT_NAME_LETTERS = 3;

/**
 * "The US Ambassador to the United Nations Linda Thomas-Greenfield said": a title phrase that ends in a name the
 * gazetteer lacks (two capitalised words, not after a small word: "the Minister of Foreign Affairs" names no one)
 * is that person's title, not a title referring back to the last speaker: the name, or null.
 */
export function titledName(f: FinderState, rest: string): string | null {
  const words = rest.trim().split(/\s+/u);
  const name = words.slice(-2).join(" ");
  return words.length >= 3 && isNameRun(name) && /^\p{Lu}/u.test(words.at(-3)!) ? name : null;
}

/** Whether a text opens with a word of a fronted adverbial ("On Monday, …"), which is never a name or a subject. */
export function fronted(f: FinderState, text: string): boolean {
  return f.words.fronted.has(firstWord(text));
}

/** "ministry spokesperson Koo Byoung-sam", "juru bicara Kementerian Unifikasi Koo Byoung-sam": a person noun, a name. */
export function describedPerson(f: FinderState, phrase: string): boolean {
  const named = /\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*$/u.test(phrase);
  // (Up to eight words: a country's institution may head the noun, "South Korea's defense ministry spokesperson
  // Jeon Ha-kyu".)
  return named && wordCount(phrase) <= DESCRIBED_MAX_WORDS && f.words.personNounIn.test(phrase) && !ANY_MARK.test(phrase);
}

/**
 * "A spokesman for the DPRK Foreign Ministry", "a senior official at the unification ministry": a phrase headed by
 * a person noun (after at most two words) and what they belong to — an unnamed person, however long the
 * organisation's name.
 */
export function personOf(f: FinderState, phrase: string): boolean {
  return wordCount(phrase) <= 10 && f.words.personNounIn.find(phrase).some((m) => wordCount(phrase.slice(0, m.start)) <= 2);
}

/**
 * Whether the person had died before the article's date ("Rumah itu dibangun jelang kunjungan kakeknya, Kim Il-sung,
 * pada 1986. "Saya senang …," katanya."): a word referring back to a speaker ("katanya", "he said") reports words of
 * the day, which the dead do not say; a name recalled for history is never whom it stands for. False on a page
 * without a date.
 */
export function deadByNow(f: FinderState, id: string): boolean {
  const people = f.input.people;
  return people !== undefined && deadBy(id, f.input.article.published, people);
}

/**
 * "Juru bicara Presiden Rusia, Dmitry Peskov, mengatakan", "kata ajudan Presiden Rusia Yury Ushakov": a title
 * right after a person's noun names whom that person serves, not the speaker. The speaker is the name set right
 * after the title (between commas or not) before `end`, else an unnamed person of that description; null when
 * `c` is no title after a person's noun.
 */
export function servedTitle(f: FinderState, c: Candidate, end: number, position: "before" | "after"): Who | null {
  if (c.kind !== "person") return null;
  if (c.via !== "title") return servedName(f, c, end, position);
  const before = f.text.slice(Math.max(0, c.start - SERVED_REACH), c.start);
  const noun = f.words.personNounIn.find(before).at(-1);
  if (noun === undefined || before.slice(noun.end).trim() !== "") return null;
  const named = f.firstCandidate(c.end, end, (o) => o.kind === "person" && f.mask[o.start] === 0);
  if (named !== undefined && /^\s*,?\s*$/u.test(f.text.slice(c.end, named.start))) return whoOf(named, position);
  const text = f.text.slice(c.start - (before.length - noun.start), c.end);
  return { id: "", kind: "person", text, attribution: position, name: text };
}

/**
 * "jurubicara Presiden Rusia Vladimir Putin, Dmitry Peskov, mengatakan": a name after a person's noun and the name's
 * own title in capitals is whom that person serves when another person is set off by a comma right after
 * it; that person speaks. Null otherwise: "pengamat militer Connie Bakrie" names the observer herself.
 */
function servedName(f: FinderState, c: Candidate, end: number, position: "before" | "after"): Who | null {
  const before = f.text.slice(Math.max(0, c.start - SERVED_REACH - SERVED_TITLE_REACH), c.start);
  const noun = f.words.personNounIn.find(before).at(-1);
  if (noun === undefined) return null;
  const title = before.slice(noun.end).trim();
  // (The served person's own title is required, before the name or read with it ("Presiden Rusia Vladimir Putin"):
  // "Diplomat Sergei Lavrov, Putin's foreign minister, said" and "senior officials Sergei Lavrov, Sergei Shoigu and …"
  // name the speaker first, not someone served.)
  if (title === "" ? c.via !== "title+name" : !/^\p{Lu}/u.test(title) || wordCount(title) > SERVED_TITLE_WORDS || /[^\p{L}\s.-]/u.test(title) || !/\p{Lu}\S*$/u.test(title) || /\s\p{Ll}/u.test(title)) return null;
  const named = commaNamed(f, c, end);
  return named === undefined || named.id === c.id || named.id === "" ? null : whoOf(named, position);
}

/** The person named right after `c` and a comma, before `end`: "juru bicara Kremlin, Dmitry Peskov". */
export function commaNamed(f: FinderState, c: Candidate, end: number): Candidate | undefined {
  const person = f.firstCandidate(c.end, end, (o) => o.kind === "person" && f.mask[o.start] === 0);
  return person !== undefined && /^\s*,\s*$/u.test(f.text.slice(c.end, person.start)) ? person : undefined;
}

/**
 * Whether the text from `from` to `to` ends with a person's noun ("juru bicara", "spokesman"), or with one and the
 * words that may stand before an organisation ("juru bicara pihak").
 */
export function nounEndsAt(f: FinderState, from: number, to: number): boolean {
  let lead = f.text.slice(from, to).trimEnd();
  for (let word = /\s(\p{L}+)$/u.exec(lead); word !== null && f.words.orgDeterminers.test(word[1]!); word = /\s(\p{L}+)$/u.exec(lead)) lead = lead.slice(0, word.index).trimEnd();
  const noun = f.words.personNounIn.find(lead).at(-1);
  return noun !== undefined && noun.end === lead.length;
}

/**
 * "KCNA menulis Kim Jong Un mengatakan bahwa …", "Yonhap reported Putin said …": a reporting verb inside the
 * clause another reporting verb reports has that clause's own subject, the person named between the two verbs;
 * the first verb's subject only relays the words. Null when no earlier verb of the clause stands before a person.
 */
export function innerReport(f: FinderState, cue: Cue, start: number): Who | null {
  const outer = (f.cuesIn.get(cue.sentence) ?? NO_CUES).filter((c) => c !== cue && c.start >= start && c.end <= cue.start && c.verb.speaker === "before").at(-1);
  if (outer === undefined) return null;
  // The person opens the reported clause (after a complementizer at most: "menulis bahwa Kim …") and stands right
  // before the verb; a name further in is the first verb's object ("menjanjikan dukungan untuk Kim dan menuduh …").
  const person = f.firstCandidate(outer.end, cue.start, (c) => c.kind === "person" && f.mask[c.start] === 0);
  if (person === undefined) return unknownInner(f, outer.end, cue.start);
  if (person.id === "" || !f.words.bareLead.test(f.text.slice(outer.end, person.start))) return null;
  if (wordsBetween(f.text, person.end, cue.start) > INNER_SUBJECT_GAP_WORDS) return null;
  return whoOf(person, "before");
}

/**
 * "Media Rusia melaporkan Kim berjanji …": with no one the gazetteer knows between the two verbs, a name alone there
 * (after a complementizer at most) is the reported clause's subject, a person the page never named in full.
 */
function unknownInner(f: FinderState, from: number, to: number): Who | null {
  const gap = f.text.slice(from, to);
  // (A complementizer may open the clause: "melaporkan bahwa Kim berjanji".)
  const word = /^[\s,:]*\p{L}+\s+/u.exec(gap)?.[0];
  const lead = word !== undefined && f.words.bareLead.test(word) ? word : /^[\s,:]*/u.exec(gap)![0];
  const name = gap.slice(lead.length).trim();
  if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(name) || fronted(f, name)) return null;
  if (f.firstCandidate(from, to, () => true) !== undefined || ANY_MARK.test(gap)) return null;
  const at = from + lead.length;
  return { id: personNamed(f, name, at), kind: "person", text: name, attribution: "before", name };
}

/**
 * "Sydney Seiler, a former U.S. intelligence official, said …", "Andrew Mantong, peneliti CSIS, menilai …": a name
 * the gazetteer lacks, then a description between commas that ends right before the verb. The description holds
 * a person noun or a title (what a person is), so an outlet ("NK News, citing sources, said"), a list of places or
 * a fronted phrase is no name.
 */
export function apposed(f: FinderState, start: number, end: number): Who | null {
  const parts = chunks(f, start, end);
  if (parts.length < 2 || !/^,\s*$/u.test(f.text.slice(parts.at(-1)![1], end))) return null;
  const [nameAt, nameEnd] = parts.at(-2)!;
  const [descAt, descEnd] = parts.at(-1)!;
  // Anything before the name is a fronted adverbial ("On Monday, …").
  for (const [a, b] of parts.slice(0, -2)) if (!fronted(f, f.text.slice(a, b))) return null;
  let name = f.text.slice(nameAt, nameEnd).trim();
  let description = f.text.slice(descAt, descEnd).trim();
  let at = nameAt + (f.text.slice(nameAt, nameEnd).length - f.text.slice(nameAt, nameEnd).trimStart().length);
  // "Pengamat Korea dari Universitas Gadjah Mada, Randy Nandyatama, menilai …": the description first, then the name.
  if (!isNameRun(name) && isNameRun(description) && describesPerson(f, name)) {
    [name, description] = [description, name];
    at = descAt + (f.text.slice(descAt, descEnd).length - f.text.slice(descAt, descEnd).trimStart().length);
    // "Victor Cha, who served on the National Security Council, said", "Connie, yang …, mengatakan": a relative
    // clause of "who" after a name says what a person did, as a description says what they are.
  } else if (!describesPerson(f, description) && !f.words.relativeStart.test(description)) return null;
  // (One word of a name, before a relative clause: "Kim, yang tiba sehari sebelumnya, mengatakan …".)
  const relative = f.words.relativeStart.test(description);
  if (!(isNameRun(name) || (relative && /^\p{Lu}[\p{L}'’-]+$/u.test(name))) || fronted(f, name)) return null;
  // (A relative clause runs longer than a title: "who heads the Eurasian studies centre at the Korea Institute for
  // National Unification".)
  const longest = f.words.relativeStart.test(description) ? 20 : 12;
  if (wordCount(description) > longest || ANY_MARK.test(description) || f.firstCandidate(at, at + name.length, () => true) !== undefined) return null;
  return { id: personNamed(f, name, at), kind: "person", text: name, attribution: "before", name };
}

/**
 * Whether a phrase holds a person's noun or title apart from its outlet's or report's nouns: "an intelligence agency
 * spokesman" is a person, "sources" (a relay's noun and a person's at once) not.
 */
export function personBeside(f: FinderState, phrase: string): boolean {
  const relays = f.words.relayNoun.find(phrase);
  const apart = (m: PhraseMatch<string>) => relays.every((r) => r.end <= m.start || r.start >= m.end);
  return f.words.personNounIn.find(phrase).some(apart) || f.words.titleIn.find(phrase).some(apart);
}

/** Whether a phrase says what a person is: a person noun ("peneliti", "analyst") or a title ("minister"). */
/**
 * "Menteri Luar Negeri (Menlu) Rusia Sergei Lavrov mengatakan": a title written out in capitals before a name, with
 * the short form the Indonesian press sets in brackets after its first mention, which the gazetteer's titles do
 * not match. Only capitalised words and bracketed abbreviations, up to TITLE_BEFORE_WORDS of them.
 */
export function titleBefore(f: FinderState, phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u).filter((w) => w !== "");
  return words.length > 0 && words.length <= TITLE_BEFORE_WORDS && words.every((w) => /^\(?\p{Lu}[\p{L}.'’-]*\)?$/u.test(w)) && describesPerson(f, phrase);
}

export function describesPerson(f: FinderState, phrase: string): boolean {
  return f.words.personNounIn.test(phrase) || f.words.titleIn.test(phrase);
}

/**
 * "According to Rachel Lee, a senior analyst at the Stimson Center, …", "Menurut peneliti CSIS, Andrew Mantong,
 * …": the end of an apposition set between commas after the speaker phrase that ends at `comma` (a description
 * after a name, or a name after a description), else -1.
 */
export function appositionEnd(f: FinderState, phraseStart: number, comma: number, sentence: Sentence): number {
  const next = f.text.indexOf(",", comma + 1);
  if (next < 0 || next >= sentence.end) return -1;
  const phrase = f.text.slice(phraseStart, comma).trim();
  const chunk = f.text.slice(comma + 1, next).trim();
  if (chunk === "" || wordCount(chunk) > 12 || ANY_MARK.test(chunk) || f.mask.subarray(comma, next).includes(1)) return -1;
  const described = isNameRun(chunk) && describesPerson(f, phrase) && !describesPerson(f, chunk);
  const describing = /^\p{Lu}/u.test(phrase) && describesPerson(f, chunk) && !isNameRun(chunk);
  return described || describing ? next : -1;
}

/**
 * "Presiden Rusia, Vladimir Putin dilaporkan mengatakan …" (KBS World's Indonesian sets its titles so): a title alone
 * in its chunk, with the name of a person right after its comma, is that person's; the title then says no more
 * than the name (and says nothing at all on a page without a date to find its holder by).
 */
export function nameAfterTitle(f: FinderState, from: number, to: number, found: Candidate): Who | null {
  if (f.text[to] !== "," || (found.kind === "person" && found.id !== "" && found.via !== "title")) return null;
  const chunk = f.text.slice(from, to).trim();
  if (!describesPerson(f, chunk) || wordCount(chunk) > 6) return null;
  const named = f.candidates[lowerBound(f.candidates, to + 1)];
  if (named === undefined || named.kind !== "person" || named.via === "title" || named.id === "" || f.mask[named.start] === 1) return null;
  if (!/^,\s*$/u.test(f.text.slice(to, named.start))) return null;
  return { ...whoOf(named, "before"), text: f.text.slice(from, named.end).trim() };
}

/**
 * "the Kremlin aide", "ajudan Kremlin itu": a description with a determiner, naming no one, is the person the
 * article last introduced by that description right before a name ("Kremlin aide Yuri Ushakov"); null when none.
 */
export function introducedAs(f: FinderState, phrase: string, position: number): Who | null {
  const description = f.words.undetermined(phrase);
  if (description === null || wordCount(description) < 2) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(description).replace(/\s+/gu, "\\s+")}\\s+`, "giu");
  let found: Candidate | undefined;
  for (const m of f.text.slice(0, position).matchAll(pattern)) {
    const named = f.candidateAt.get(m.index + m[0].length);
    if (named !== undefined && named.kind === "person" && f.mask[named.start] === 0) found = named;
  }
  return found === undefined ? null : { ...whoOf(found, "before"), text: phrase, attribution: "carry-over" };
}

/** Comma-separated chunks of [start, end), outside quotation marks and brackets. */
/** The person named right after the comma at `at` and closed by the next comma (", Ri Yong Ho,"); null when none. */
export function nameApposedAt(f: FinderState, at: number): Who | null {
  if (f.text[at] !== ",") return null;
  const p = f.people[lowerBound(f.people, at)];
  if (p === undefined || f.mask[p.start] === 1 || !/^,\s*$/u.test(f.text.slice(at, p.start)) || !/^\s*,/u.test(f.text.slice(p.end))) return null;
  return { id: p.id, kind: "person", text: p.text, attribution: "before", name: p.text };
}

export function chunks(f: FinderState, start: number, end: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = f.text[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0 && f.mask[i] === 0) {
      chunks.push([from, i]);
      from = i + 1;
    }
  }
  chunks.push([from, end]);
  return chunks.filter(([a, b]) => f.text.slice(a, b).trim() !== "");
}

/**
 * The person whose unambiguous short name ends `phrase` ("Lavrov", "Menlu Lavrov"), else, for a phrase of one
 * word, the one person named earlier in the article with that word in the name ("Ri" after "Ri Yong Ho",
 * "Sergei" after "Sergei Lavrov"): an article calls its people by part of the name it gave in full; else "".
 */
export function personNamed(f: FinderState, phrase: string, position: number): string {
  const last = /(\p{Lu}[\p{L}'’-]*)$/u.exec(phrase)?.[1];
  // "An adviser to Putin" is not Putin.
  if (last === undefined || f.words.objectMarkers.has(previousWord(phrase, 0, phrase.length - last.length))) return "";
  const known = f.input.shortNames?.get(last.toLowerCase());
  if (known !== undefined || last !== phrase.trim()) return known ?? "";
  const word = last.toLowerCase();
  // '"…," kata Lav': a name the excerpt's cut left unfinished is the start of the name of someone named before.
  const cut = word.length >= CUT_NAME_LETTERS && truncated(f.text) && f.text.trimEnd().endsWith(phrase.trimEnd());
  const same = (w: string) => (cut ? w.toLowerCase().startsWith(word) : w.toLowerCase() === word);
  const ids = new Set<string>();
  for (const p of f.people) {
    if (p.start >= position) break;
    if (p.via === "title" || f.mask[p.start] === 1) continue;
    if (p.text.split(/[\s\u00a0\u2010\u2011-]+/u).some((w) => same(w) && /^\p{Lu}/u.test(w))) ids.add(p.id);
  }
  return ids.size === 1 ? [...ids][0]! : "";
}

// ---- relays ----
