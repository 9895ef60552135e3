// Finds the gazetteer's people and places in an article's sentences.
//
// News names a person in full once ("Menteri Luar Negeri Rusia Sergey Lavrov"), then by surname ("Lavrov")
// or by title alone ("Menteri Rusia itu"). So: full names always match; a title matches the person who held
// it on the article's date; a short form names the person the article named in full with it (see Memory), and
// otherwise only when it is distinctive (a `short` no one else in the gazetteer shares: wires write "Lavrov"
// and "Putin" alone without ever giving the full name), never when it is a `surname` many people share
// ("Kim", "Lee", "Choe"); and a title directly followed by a name is one mention of the named person,
// whatever the title says.
//
// The gazetteer is never complete, and a name it lacks must not become a known person through a shared
// surname or given name: "Lee Sang-min" is not Lee Jae-myung, "Sergei Ivanov" not Igor Ivanov. A known
// surname followed by a given name, a known given name followed by a surname, and a title followed by a name
// are each reported as an unknown person (id "", via "unknown") with the name as written, and later uses of
// its surname in the article name that unknown person too — unless the name is one letter off that of the person
// the article last named in full with the surname ("Pak That-song" after "Pak Thae-song": misspelt.ts).
import { coversDate, type Gazetteer } from "./gazetteer.ts";
import { misspelling } from "./misspelt.ts";
import { MisspeltPlaces, type PlaceSpan } from "./misspelt-places.ts";
import { PhraseMatcher, type PhraseMatch } from "../lang/matcher.ts";
import type { Sentence } from "../types.ts";
import { aliasKey } from "./alias-key.ts";
import { surnameBearer } from "./surname-bearer.ts";
import { isTitleCase } from "../lang/title-case.ts";

export interface EntityMention {
  kind: "person" | "place";
  /** Gazetteer id; "" for a person the gazetteer does not know (via "unknown"), named as written in `text`; for an
   * official it does not know whom a title with a country names (via "unlisted", recognise/unlisted.ts), a slug of the
   * name as first written. */
  id: string;
  /** Offsets into the article's stored text. */
  start: number;
  end: number;
  text: string;
  /** How it matched: a full name, a short form, a title, a title followed by a name, a place name, or a
   * name the gazetteer lacks (an official's, when a title gives a country: "unlisted"). */
  via: "name" | "short" | "title" | "title+name" | "place" | "unknown" | "unlisted";
  sentence_id: string;
  /** For an unknown person named by a name the gazetteer dates that the article's date falls outside of ("Kim Yong
   * Il" in 2024), whom the name names between its dates: in a meeting the article recalls from them it is that
   * person (events/people/office.ts). Absent otherwise. */
  bearer?: string;
}

/**
 * Who held a title, or bore a dated name, through a span of days (Recogniser.holderOf): one person; or nobody (no
 * row of it reaches into the span: someone the gazetteer lacks); or several, or one for part of the span only; or
 * a text the gazetteer does not date (or a span without a year), which says nothing about the span.
 */
export type Holding = { holder: string } | { holder: null; because: "nobody" | "several" | "undated" };

interface Alias {
  id: string;
  /** "given" is no alias: a known given name, found with the aliases so that givenNameSpans knows where one is. */
  kind: "name" | "short" | "surname" | "title" | "place" | "given";
  valid_from: string;
  valid_to: string;
  /** The language the alias is written in ("" for any): "AS" is Amerika Serikat in Indonesian, a word in English. */
  lang: string;
  /** An alias in capitals ("AS", "US", "PRC") is an acronym: it names only in capitals, never a title-case word ("As"). */
  acronym: boolean;
}

// Hyphens, spaces and non-breaking spaces vary between outlets ("Kim Jong-un", "Kim Jong Un"), and so do apostrophes.
const ALIAS_OPTIONS = { gaps: "\u00a0\u2010\u2011-", same: { "’": "'" } };

/** An alias as a matcher's phrase and value. */
function entry(alias: string, value: Omit<Alias, "acronym">): readonly [string, Alias] {
  return [alias, { ...value, acronym: isAcronymAlias(alias) }];
}

/**
 * Which of a matcher's searches a phrase belongs to: people's aliases, places' and given names are each found as
 * if by a matcher of their own (a place may overlap a person: "Kim Il Sung Square"), in one scan of the sentence.
 */
function searchOf(value: Alias): "person" | "place" | "given" {
  return value.kind === "place" || value.kind === "given" ? value.kind : "person";
}

/** Capitals and dots only, two capitals at least ("AS", "U.S.", "PRC"). */
function isAcronymAlias(alias: string): boolean {
  return /^[\p{Lu}.]{2,}$/u.test(alias) && /\p{Lu}.*\p{Lu}/u.test(alias);
}

/** Whether an alias belongs to an article in `lang` (undefined: any language). */
function inLanguage(alias: Alias, lang: string | undefined): boolean {
  return lang === undefined || alias.lang === "" || alias.lang === lang;
}

/** Whether an alias (of the article's language) may name what `text` says. */
function fits(alias: Alias, text: string): boolean {
  return !alias.acronym || text === text.toUpperCase();
}

const UNDATED: Holding = { holder: null, because: "undated" };
const NOBODY: Holding = { holder: null, because: "nobody" };
const SEVERAL: Holding = { holder: null, because: "several" };

/** Whether a dated row reaches into `first`…`last` (ISO days) on some day. */
function overlaps(alias: Alias, first: string, last: string): boolean {
  return (alias.valid_from === "" || alias.valid_from <= last) && (alias.valid_to === "" || first <= alias.valid_to);
}

function validOn(alias: Alias, date: string | null): boolean {
  // Without a year ("--07-20": a day and month only) no dated title or name can be placed.
  if (!hasYear(date)) return alias.valid_from === "" && alias.valid_to === "";
  return coversDate(alias, date);
}

function hasYear(date: string | null): date is string {
  return date !== null && /^\d{4}/.test(date);
}

/** The people the article has named so far. */
function namedSoFar(memory: Memory): Set<string> {
  return new Set([...memory.first.values(), ...memory.last.values()]);
}

// Module constants, as the other expressions are: a literal inside a function is a new object at every call.
const CAPITAL = /\p{Lu}/u;
const INITIAL_CAPITAL = /^\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;
/** A hyphen and a lower-case letter right after a name: the last word of the name goes on ("Song-nam"). */
const NAME_CONTINUES = /^[-\u2010\u2011]\p{Ll}/u;

function isCapitalised(text: string): boolean {
  return INITIAL_CAPITAL.test(text);
}

/** "RI" (Republik Indonesia) is not the surname Ri: a short form in capitals amid lower-case text is an acronym. */
function isAcronym(word: string, around: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && LOWER_CASE.test(around);
}

// A word of a name as printed: capitalised, possibly hyphenated ("Sang-min", "Jong-Un").
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]*(?:[\\u2010\\u2011-]\\p{L}\\p{Ll}*)*";
const GAP = "[ \\u00a0]+";
// A romanised Korean given name of two syllables joined by a hyphen ("Sang-min", "Yo-jong"): a syllable
// has at most six letters, which keeps compounds such as "Korea-Russia" out.
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{0,5}[\u2010\u2011-]\p{L}\p{Ll}{0,5}$/u;
const NAME_RUN = new RegExp(`^${GAP}(${NAME_WORD})(?:${GAP}(${NAME_WORD}))?(?:${GAP}(${NAME_WORD}))?`, "u");
const NAME_PAIR = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME_WORD})(?=(${GAP})(${NAME_WORD})(?![\\p{L}\\p{N}]))`, "gu");
const NAME_TOKEN = new RegExp(`(?<![\\p{L}\\p{N}'’])${NAME_WORD}(?![\\p{L}\\p{N}])`, "gu");

/**
 * Where a given name after a surname ends ("Lee| Sang-min", "Kim| Yong Chol"), or null: a hyphenated
 * two-syllable word, or two capitalised words outside a title-case headline (a Korean given name has at most
 * two syllables; a lone capitalised word may be a weekday or a headline's verb).
 */
function givenNameAfter(text: string, at: number, limit: number, titleCase: () => boolean): number | null {
  const run = NAME_RUN.exec(text.slice(at, limit));
  if (run === null) return null;
  const first = run[1]!;
  if (HYPHENATED_GIVEN.test(first)) return at + run[0].indexOf(first) + first.length;
  if (run[2] === undefined || titleCase()) return null;
  return at + run[0].indexOf(run[2], run[0].indexOf(first) + first.length) + run[2].length;
}

/**
 * Where a name directly after a title ends ("Wakil Menlu Rusia| Igor Morgulov", "North Korean Foreign
 * Minister| Pak Ui Chun"), or null: two or three capitalised words outside a title-case headline (a single
 * one may be a weekday: "Presiden Rusia Selasa (12/9)").
 */
function nameAfterTitle(text: string, at: number, limit: number, titleCase: () => boolean): { start: number; end: number } | null {
  const run = NAME_RUN.exec(text.slice(at, limit));
  if (run === null || run[2] === undefined || titleCase()) return null;
  return { start: at + run[0].indexOf(run[1]!), end: at + run[0].length };
}

/** Offsets into the article's text. */
interface Span {
  start: number;
  end: number;
}

/** A match of a person alias in a sentence, with offsets into the article's text. */
interface AliasMatch {
  start: number;
  end: number;
  text: string;
  candidates: Alias[];
}

/** A person found before titles merge: `id` is null for a title that nobody in the gazetteer held on the date. */
interface Found {
  start: number;
  end: number;
  id: string | null;
  via: EntityMention["via"];
  /** EntityMention.bearer. */
  bearer?: string;
}

/** A person found at `span` (no spread: this runs for every alias matched). */
function foundAt(span: Span, id: string | null, via: EntityMention["via"]): Found {
  return { start: span.start, end: span.end, id, via };
}

/**
 * What an article has named so far, by short form. A surname alone names the article's principal bearer of it,
 * the first person it named in full with it ("Kim" after "Kim Jong Un … his daughter Kim Ju Ae" is still Kim
 * Jong Un), unless a person the gazetteer lacks took it since ("Lee" after "Lee Sang-min" is not Lee Jae-myung).
 */
interface Memory {
  /** Short form → the first known person named in full with it. */
  first: Map<string, string>;
  /** Short form → the last person named in full with it: a person id, or "" for an unknown person. */
  last: Map<string, string>;
  /** Surnames of unknown people the gazetteer has no alias for ("Novak" after "Alexander Novak"). */
  unknownSurnames: Set<string>;
  /** Short form → the index of the sentence that last named a known person in full with it (surname-bearer.ts). */
  lastAt: Map<string, number>;
  /** The index of the sentence being read. */
  sentence: number;
}

export class Recogniser {
  /** Every alias of a person or a place, and every given name. */
  private readonly entries: ReadonlyArray<readonly [string, Alias]>;
  /**
   * The entries of each article language, compiled once into a matcher: scanning left to right, at each word start
   * the longest phrase that ends at a word boundary, then on from its end; case-insensitive, any run of spaces or
   * hyphens for a space. Its cost grows with the text, not with the size of the gazetteer (one alternation of every
   * alias was the pipeline's hot spot). One per language, so that no alias of another is walked to and refused.
   */
  private readonly matchers = new Map<string | undefined, PhraseMatcher<Alias>>();
  private readonly hits = new WeakMap<Sentence, { lang: string | undefined; text: string; hits: readonly PhraseMatch<Alias>[]; misspelt?: readonly PlaceSpan[] }>();
  /** Normalised short forms that name one person only, whatever the article said before. */
  private readonly distinctive: Set<string>;
  /** Each person's normalised short forms and surnames. */
  private readonly shortsOf: Map<string, string[]>;
  /** Each person's full names, as the gazetteer writes them. */
  private readonly namesOf = new Map<string, string[]>();
  /** Normalised given names: the first word of a full name that is no one's surname ("Sergei", "Alexander"). */
  private readonly givenNames: Set<string>;
  /** The title aliases, by normalised text: who held "Russian president" when. */
  private readonly titles = new Map<string, Alias[]>();
  /** The name aliases of a text that some row dates, by normalised text: who bore "Kim Yong Il" when (a namesake's
   * name, or a spelling that outlets also use for someone else, names the person only between its dates). */
  private readonly datedNames = new Map<string, Alias[]>();
  /** Whether a person leads a state or a government (people.csv level "head"): surname-bearer.ts. */
  private readonly isHead: (id: string) => boolean;
  /** Places named with one word misspelt ("Kosmodrom Vosotchny"): misspelt-places.ts. */
  private readonly misspelt: MisspeltPlaces;

  constructor(gazetteer: Gazetteer) {
    const heads = new Set(gazetteer.people.filter((p) => p.level === "head").map((p) => p.person_id));
    this.isHead = (id) => heads.has(id);
    this.misspelt = new MisspeltPlaces(gazetteer.placeAliases);
    this.distinctive = distinctiveShorts(gazetteer);
    this.shortsOf = new Map();
    for (const a of gazetteer.personAliases) {
      if (a.kind === "short" || a.kind === "surname") this.shortsOf.set(a.person_id, [...(this.shortsOf.get(a.person_id) ?? []), aliasKey(a.alias)]);
      if (a.kind === "name") (this.namesOf.get(a.person_id) ?? this.namesOf.set(a.person_id, []).get(a.person_id)!).push(a.alias);
    }
    const given = givenNames(gazetteer, this.shortsOf);
    this.givenNames = new Set(given.map(aliasKey));
    this.entries = [
      ...gazetteer.personAliases.map((a) => entry(a.alias, { id: a.person_id, kind: a.kind, valid_from: a.valid_from, valid_to: a.valid_to, lang: a.lang })),
      ...gazetteer.placeAliases.map((a) => entry(a.alias, { id: a.place_id, kind: "place", valid_from: "", valid_to: "", lang: a.lang })),
      ...given.map((name) => entry(name, { id: "", kind: "given", valid_from: "", valid_to: "", lang: "" }))
    ];
    const names = new Map<string, Alias[]>();
    for (const [alias, value] of this.entries) {
      const byText = value.kind === "title" ? this.titles : value.kind === "name" ? names : undefined;
      if (byText !== undefined) (byText.get(aliasKey(alias)) ?? byText.set(aliasKey(alias), []).get(aliasKey(alias))!).push(value);
    }
    for (const [key, rows] of names) if (rows.some((row) => row.valid_from !== "" || row.valid_to !== "")) this.datedNames.set(key, rows);
  }

  /**
   * Who held the title written `text` (in `lang`), or bore the dated name written so, through the whole of
   * `first`…`last` (ISO days): see Holding. (An undated title of someone else's too makes several.)
   */
  holderOf(text: string, first: string, last: string, lang?: string): Holding {
    if (!hasYear(first) || !hasYear(last)) return UNDATED;
    const key = aliasKey(text);
    const rows = (this.titles.get(key) ?? this.datedNames.get(key) ?? []).filter((c) => inLanguage(c, lang));
    if (rows.length === 0) return UNDATED;
    const held = unique(rows.filter((c) => coversDate(c, first) && coversDate(c, last)));
    if (held !== null) return { holder: held.id };
    return rows.some((c) => overlaps(c, first, last)) ? SEVERAL : NOBODY;
  }

  /** The matcher of an article language's entries (undefined: every language's), made on first use: there are as
   * many as the languages of the articles. */
  private matcherFor(lang: string | undefined): PhraseMatcher<Alias> {
    let matcher = this.matchers.get(lang);
    if (matcher === undefined) {
      matcher = new PhraseMatcher(this.entries.filter(([, value]) => inLanguage(value, lang)), ALIAS_OPTIONS);
      this.matchers.set(lang, matcher);
    }
    return matcher;
  }

  /**
   * People and places in `sentences` (in article order) of `text`, dated `date` (ISO, possibly partial, or null),
   * written in `lang` (the aliases of other languages are skipped; undefined keeps every alias).
   */
  recognise(text: string, sentences: readonly Sentence[], date: string | null, lang?: string): EntityMention[] {
    const mentions: EntityMention[] = [];
    const memory: Memory = { first: new Map(), last: new Map(), unknownSurnames: new Set(), lastAt: new Map(), sentence: 0 };
    for (const sentence of sentences) {
      memory.sentence = sentence.index;
      const hits = this.hitsIn(sentence, lang);
      const places = this.placesAmong(text, sentence, hits, lang);
      const people = this.findPeople(text, sentence, date, memory, places, hits);
      mentions.push(...people);
      // "Rusia" inside "Menteri Luar Negeri Rusia" names a country in a title, not a place of action.
      mentions.push(...places.filter((place) => !people.some((person) => person.start < place.end && place.start < person.end)));
    }
    return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * Every place a sentence names, those inside a person's title too ("Rusia" in "Menteri Luar Negeri Rusia", which
   * `recognise` leaves out as no place of action): what a title says of its holder's country (recognise/unlisted.ts).
   */
  placesIn(text: string, sentence: Sentence, lang?: string): EntityMention[] {
    return this.placesAmong(text, sentence, this.hitsIn(sentence, lang), lang);
  }

  /** The places among a sentence's hits, and those it names with a word misspelt, in reading order. */
  private placesAmong(text: string, sentence: Sentence, hits: readonly PhraseMatch<Alias>[], lang: string | undefined): EntityMention[] {
    const found = findPlaces(text, sentence, hits);
    const misspelt = this.misspeltIn(text, sentence, hits, lang);
    if (misspelt.length === 0) return found;
    // A misspelt alias covers what the gazetteer matched inside it ("Kosmodrom" alone, were it a place).
    const kept = found.filter((f) => !misspelt.some((m) => m.start <= f.start && f.end <= m.end));
    const added = misspelt.map((m): EntityMention => ({ kind: "place", id: m.id, start: m.start, end: m.end, text: text.slice(m.start, m.end), via: "place", sentence_id: sentence.sentence_id }));
    return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The places a sentence names with a word misspelt, read once per sentence and language, as its hits are. */
  private misspeltIn(text: string, sentence: Sentence, hits: readonly PhraseMatch<Alias>[], lang: string | undefined): readonly PlaceSpan[] {
    const kept = this.hits.get(sentence);
    if (kept?.misspelt !== undefined && kept.hits === hits) return kept.misspelt;
    const taken = hits.map((h) => ({ start: sentence.start + h.start, end: sentence.start + h.start + h.text.length }));
    const misspelt = this.misspelt.find(text, sentence, taken, lang);
    if (kept !== undefined && kept.hits === hits) kept.misspelt = misspelt;
    return misspelt;
  }

  /** The aliases a sentence holds, scanned once per sentence and language however often the article is recognised
   * (again at another date: pipeline.ts) or its places asked for. */
  private hitsIn(sentence: Sentence, lang: string | undefined): readonly PhraseMatch<Alias>[] {
    const kept = this.hits.get(sentence);
    if (kept !== undefined && kept.lang === lang && kept.text === sentence.text) return kept.hits;
    const hits = this.matcherFor(lang).findEach(sentence.text, searchOf);
    this.hits.set(sentence, { lang, text: sentence.text, hits });
    return hits;
  }

  private findPeople(text: string, sentence: Sentence, date: string | null, memory: Memory, places: readonly EntityMention[], hits: readonly PhraseMatch<Alias>[]): EntityMention[] {
    const matches: AliasMatch[] = [];
    /** Where the matcher found a known given name (article offsets). */
    const givens: Span[] = [];
    for (const hit of hits) {
      const search = searchOf(hit.values[0]!);
      if (search === "place") continue;
      const start = sentence.start + hit.start;
      const end = sentence.start + hit.end;
      // "Kim Il Sung Square" is a place, not the person inside its name; nor does "Yuri" in "Pabrik Pesawat Yuri
      // Gagarin" open the name of someone the gazetteer lacks.
      if (places.some((p) => p.start <= start && end <= p.end && p.end - p.start > end - start)) continue;
      if (search === "given") {
        givens.push({ start, end });
        continue;
      }
      // "Kim Song-nam" is not Kim Song: a full name ends where its last word does, not inside a hyphenated one.
      const cut = NAME_CONTINUES.test(text.slice(end, end + 2));
      const candidates = hit.values.filter((v) => fits(v, hit.text) && !(cut && v.kind === "name"));
      if (candidates.length === 0) continue;
      matches.push({ start, end, text: hit.text, candidates });
    }
    const unknown = this.givenNameSpans(sentence, matches, givens);
    // Most sentences name no one.
    if (matches.length === 0 && unknown.length === 0 && memory.unknownSurnames.size === 0) return [];
    // Asked only when a surname or a title may be followed by a name: most sentences never need it.
    let headline: boolean | undefined;
    const titleCase = () => (headline ??= isTitleCase(sentence.text));
    const limitAfter = (at: number): number => {
      let limit = sentence.end;
      for (const spans of [matches, places, unknown]) {
        for (const span of spans) if (span.start >= at && span.start < limit) limit = span.start;
      }
      return limit;
    };

    // The unknown people, the aliases (but those inside an unknown person's name) and, once the article has named
    // an unknown person given name first, the capitalised words no alias covers (the surname of that person may be
    // one of them: "Novak" after "Alexander Novak"), in the order they start; an unknown person before an alias
    // that starts with it.
    const aliases = unknown.length === 0 ? matches : matches.filter((m) => !unknown.some((u) => u.start <= m.start && m.end <= u.end));
    /** Capitalised words no alias covers, looked for when the article has an unknown surname to find (until then
     * a word names no one). */
    let tokens: Span[] | null = null;
    let u = 0;
    let a = 0;
    let t = 0;
    const found: Found[] = [];
    for (;;) {
      // Made in the sentence where the first unknown surname is noted, the words before that person's name (which
      // named no one then) come next; they all start before the end of that name, and are passed by as inside it.
      if (tokens === null && memory.unknownSurnames.size > 0) tokens = capitalisedWords(sentence, matches, unknown);
      const nextUnknown = u < unknown.length ? unknown[u]!.start : Infinity;
      const nextAlias = a < aliases.length ? aliases[a]!.start : Infinity;
      const nextToken = tokens !== null && t < tokens.length ? tokens[t]!.start : Infinity;
      const at = Math.min(nextUnknown, nextAlias, nextToken);
      if (at === Infinity) break;
      // A word inside a name just found ("Ivanovsky" in "… Rusia Pavel Ivanovsky") is part of it.
      const inside = at < (found.at(-1)?.end ?? -1);
      let person: Found | null = null;
      if (at === nextUnknown) {
        const span = unknown[u++]!;
        if (!inside) person = this.remember(foundAt(span, "", "unknown"), text, memory, true);
      } else if (at === nextAlias) {
        const m = aliases[a++]!;
        if (!inside) person = this.resolve(text, m, date, memory, limitAfter(m.end), titleCase);
      } else {
        const token = tokens![t++]!;
        if (!inside) person = this.unknownSurname(text, token, memory);
      }
      if (person !== null) found.push(person);
    }
    return mergeTitles(text, found, (title, id) => (this.titles.get(aliasKey(title)) ?? []).some((c) => c.id === id)).map((f) => {
      const person: EntityMention = { kind: "person", id: f.id!, start: f.start, end: f.end, text: text.slice(f.start, f.end), via: f.via, sentence_id: sentence.sentence_id };
      if (f.bearer !== undefined) person.bearer = f.bearer;
      return person;
    });
  }

  /** The person an alias names here, or null; a title is kept (its id possibly null) for mergeTitles. */
  private resolve(text: string, m: AliasMatch, date: string | null, memory: Memory, limit: number, titleCase: () => boolean): Found | null {
    const names = m.candidates.filter((c) => c.kind === "name");
    // Names are proper nouns: "kim" in lower case is not Kim Jong-un.
    if (names.length > 0 && isCapitalised(m.text)) {
      // A dated name names its bearer on the date as a dated title names its holder; on another date the name is
      // a namesake's the gazetteer lacks ("Kim Yong Il" after the premier's term).
      const borne = names.filter((c) => validOn(c, date));
      if (borne.length === 0) {
        // Whom it names in its dates stays with it, for a meeting recalled from them (events/people/office.ts).
        const namesake = this.remember(foundAt(m, "", "unknown"), text, memory, false);
        const bearer = unique(names);
        if (bearer !== null) namesake.bearer = bearer.id;
        return namesake;
      }
      const person = unique(borne);
      return person === null ? null : this.remember(foundAt(m, person.id, "name"), text, memory, false);
    }
    const titles = m.candidates.filter((c) => c.kind === "title");
    if (titles.length > 0) {
      // "Wakil Menlu Rusia Igor Morgulov": a name the gazetteer lacks after a title is that person, not the holder.
      const name = nameAfterTitle(text, m.end, limit, titleCase);
      if (name !== null) return this.remember({ start: name.start, end: name.end, id: "", via: "unknown" }, text, memory, true);
      // Undated, a title several people held names the one of them the article has named ("Kim Jong Il … the North
      // Korean leader").
      const person = unique(titles.filter((c) => validOn(c, date))) ?? (hasYear(date) ? null : unique(titles.filter((c) => namedSoFar(memory).has(c.id))));
      return person === null ? foundAt(m, null, "title") : this.remember(foundAt(m, person.id, "title"), text, memory, false);
    }
    const shorts = m.candidates.filter((c) => c.kind === "short" || c.kind === "surname");
    if (shorts.length === 0 || !isCapitalised(m.text) || isAcronym(m.text, text.slice(Math.max(0, m.start - 40), m.end + 40))) return null;
    // "Lee Sang-min": a known surname with a given name the gazetteer lacks is somebody else.
    const given = givenNameAfter(text, m.end, limit, titleCase);
    const key = aliasKey(m.text);
    if (given !== null) {
      // "Pak That-song" after "Pak Thae-song": a slip in the name of the person the article last named with it.
      const named = memory.last.get(key);
      const id = named !== undefined && named !== "" && misspelling(text.slice(m.start, given), this.namesOf.get(named) ?? []) ? named : "";
      return this.remember({ start: m.start, end: given, id, via: id === "" ? "unknown" : "name" }, text, memory, false);
    }
    const named = memory.last.get(key) === "" ? "" : surnameBearer({ first: memory.first.get(key), last: memory.last.get(key), lastAt: memory.lastAt.get(key) }, memory.sentence, this.isHead);
    if (named !== undefined) return foundAt(m, named, named === "" ? "unknown" : "short");
    const person = this.distinctive.has(key) ? unique(shorts.filter((c) => c.kind === "short")) : null;
    return person === null ? null : foundAt(m, person.id, "short");
  }

  /**
   * Records whom the person's short forms now name. An unknown person's surname is its first or last word; in a
   * name written given name first (`westernOrder`) the last word is also looked for alone later ("Novak").
   */
  private remember(found: Found, text: string, memory: Memory, westernOrder: boolean): Found {
    if (found.id === "") {
      const words = text.slice(found.start, found.end).split(/[\s\u00a0]+/u).map(aliasKey);
      for (const word of [words[0]!, words.at(-1)!]) memory.last.set(word, "");
      if (westernOrder) memory.unknownSurnames.add(words.at(-1)!);
    } else if (found.id !== null) {
      for (const key of this.shortsOf.get(found.id) ?? []) {
        memory.last.set(key, found.id);
        if (found.via === "name") memory.lastAt.set(key, memory.sentence);
        if (!memory.first.has(key)) memory.first.set(key, found.id);
      }
    }
    return found;
  }

  /** "Novak" after "Alexander Novak": the surname of an unknown person the article named, while no one else took it. */
  private unknownSurname(text: string, token: Span, memory: Memory): Found | null {
    const key = aliasKey(text.slice(token.start, token.end));
    return memory.unknownSurnames.has(key) && memory.last.get(key) === "" ? foundAt(token, "", "unknown") : null;
  }

  /**
   * "Sergei Ivanov", "Alexander Novak": a known given name before a capitalised word that no known name or title
   * covers. `givens` are where the matcher found a given name as a word: the first word of such a pair is one of
   * them, so where each lies in a name or a title (as "Vladimir" in "Vladimir Putin"), no pair is kept.
   */
  private givenNameSpans(sentence: Sentence, matches: readonly AliasMatch[], givens: readonly Span[]): Span[] {
    if (givens.length === 0) return [];
    const covered = matches.filter((m) => m.candidates.some((c) => c.kind === "name" || c.kind === "title"));
    if (givens.every((g) => covered.some((m) => m.start < g.end && g.start < m.end))) return [];
    const spans: Span[] = [];
    NAME_PAIR.lastIndex = 0;
    for (let pair = NAME_PAIR.exec(sentence.text); pair !== null; pair = NAME_PAIR.exec(sentence.text)) {
      if (!this.givenNames.has(aliasKey(pair[1]!))) continue;
      const start = sentence.start + pair.index;
      const end = start + pair[1]!.length + pair[2]!.length + pair[3]!.length;
      if (covered.some((m) => m.start < end && start < m.end)) continue;
      if (spans.some((s) => start < s.end)) continue;
      spans.push({ start, end });
    }
    return spans;
  }
}

/** The places among a sentence's hits. */
function findPlaces(text: string, sentence: Sentence, hits: readonly PhraseMatch<Alias>[]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const match of hits) {
    if (searchOf(match.values[0]!) !== "place") continue;
    const start = sentence.start + match.start;
    const end = start + match.text.length;
    // Place names are proper nouns; a lower-case match ("as", "kursk") is a common word or noise. A
    // descriptive alias may open with a common noun ("benua Eurasia", "wilayah Kursk"): its name is capitalised.
    if (!CAPITAL.test(match.text)) continue;
    const entry = match.values.find((v) => fits(v, match.text));
    if (entry === undefined) continue;
    found.push({ kind: "place", id: entry.id, start, end, text: text.slice(start, end), via: "place", sentence_id: sentence.sentence_id });
  }
  return found;
}

/** The capitalised words of a sentence that no alias match and no unknown person covers. */
function capitalisedWords(sentence: Sentence, matches: readonly Span[], unknown: readonly Span[]): Span[] {
  const tokens: Span[] = [];
  // exec, not matchAll: matchAll copies the regular expression on every call.
  NAME_TOKEN.lastIndex = 0;
  for (let m = NAME_TOKEN.exec(sentence.text); m !== null; m = NAME_TOKEN.exec(sentence.text)) {
    const t = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const overlaps = (span: Span) => t.start < span.end && span.start < t.end;
    if (!matches.some(overlaps) && !unknown.some(overlaps)) tokens.push(t);
  }
  return tokens;
}

/** Short forms (not surnames) that no one else in the gazetteer has as a short form or as a word of a name. */
function distinctiveShorts(gazetteer: Gazetteer): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const a of gazetteer.personAliases) {
    const words = a.kind === "short" || a.kind === "surname" ? [aliasKey(a.alias)] : a.kind === "name" ? aliasKey(a.alias).split(" ") : [];
    for (const word of words) owners.set(word, (owners.get(word) ?? new Set()).add(a.person_id));
  }
  const out = new Set<string>();
  for (const a of gazetteer.personAliases) {
    const key = aliasKey(a.alias);
    if (a.kind === "short" && owners.get(key)?.size === 1) out.add(key);
  }
  return out;
}

/**
 * Given names, as written: the first word of a full name written given name first, which is when its last word is
 * the person's own short form ("Sergei Lavrov", not "Kim Jong Un" or "Xi Jinping"), and no one's surname.
 */
function givenNames(gazetteer: Gazetteer, shortsOf: ReadonlyMap<string, readonly string[]>): string[] {
  const surnames = new Set([...shortsOf.values()].flat());
  const out = new Set<string>();
  for (const a of gazetteer.personAliases) {
    if (a.kind !== "name") continue;
    const words = a.alias.split(/[\s\u00a0]+/u);
    const [first, last] = [aliasKey(words[0]!), aliasKey(words.at(-1)!)];
    if (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && shortsOf.get(a.person_id)?.includes(last) && !surnames.has(first)) out.add(words[0]!);
  }
  return [...out];
}

/** The one person all candidates agree on, or null when they disagree (an ambiguous alias). */
function unique(candidates: Alias[]): Alias | null {
  const ids = new Set(candidates.map((c) => c.id));
  return ids.size === 1 ? candidates[0]! : null;
}

/**
 * "Menteri Luar Negeri Rusia Sergey Lavrov": a title directly followed by a name is one mention of the named
 * person; followed by a person the gazetteer lacks, it is that unknown person, named without the title that does
 * not name them. A title nobody held on the date names no one. "Presiden Rusia, Dmitry Medvedev, …": after a comma,
 * a name is the title's in apposition when the gazetteer gives that person the title at some time (`titleOf`): the
 * title names that person, not its holder on the article's date; "Presiden Rusia, Menteri Pertahanan Sergei Shoigu,
 * dan …" is a list.
 */
/** A comma alone between a title and a name. */
const APPOSITION_COMMA = /^[\s\u00a0]*,[\s\u00a0]*$/u;

function mergeTitles(text: string, found: readonly Found[], titleOf: (title: string, id: string) => boolean): Found[] {
  const merged: Found[] = [];
  for (const mention of found) {
    const previous = merged.at(-1);
    const gap = previous === undefined ? "" : text.slice(previous.end, mention.start);
    const apposed = previous !== undefined && previous.via === "title" && mention.id !== null && (mention.via === "name" || mention.via === "short") && APPOSITION_COMMA.test(gap) && titleOf(text.slice(previous.start, previous.end), mention.id);
    // (Each keeps its own span, the comma between being no part of a name; the title names the one named.)
    if (apposed) merged[merged.length - 1] = { ...previous, id: mention.id };
    const adjacent = previous !== undefined && previous.via === "title" && /^[\s\u00a0]*$/.test(gap);
    if (adjacent && (mention.via === "name" || mention.via === "short")) {
      merged[merged.length - 1] = { start: previous.start, end: mention.end, id: mention.id, via: "title+name" };
      continue;
    }
    if (adjacent && mention.via === "unknown") merged.pop();
    merged.push(mention);
  }
  return merged.filter((f) => f.id !== null);
}
