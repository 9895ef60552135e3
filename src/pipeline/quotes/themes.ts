// What each quotation is about, from the editable theme lexicon (data/lexicon/themes.csv). Only quotations are
// tagged — statements, not the narration around them — so boilerplate (a "Baca juga" link about defence
// cooperation) and the article's own words never make a theme. Scare-quoted terms are labels, not statements,
// and are left out too. A language's enclitics (Indonesian "-nya", "-lah") attach to the word they follow
// without changing it, so they may follow any cue; derivational affixes change the sense and spelling, so a theme
// that wants "dukungan" and "mendukung" lists both.
import type { Quote } from "./quotes.ts";
import { emptyPack, type LanguagePack } from "../lang/pack.ts";
import { PhraseMatcher } from "../lang/matcher.ts";
import type { Theme } from "./quote-lexicons.ts";

export interface QuoteTheme {
  quote_id: string;
  theme_id: string;
  /** The words that matched, as written in the quote, in order, joined by "; ". */
  cues: string;
}

/** What tagging needs to know about a quote besides its words. */
export interface ThemeContext {
  /** The date the quote was said as far as is known (its article's date: "2024-11-02", "2024-11", "2024"), or "". */
  dateOf(quote: TaggedQuote): string;
  /** The pack of the quote's language: its enclitics (Indonesian "-nya") may follow any cue. */
  packOf(quote: TaggedQuote): LanguagePack;
}

type TaggedQuote = Pick<Quote, "quote_id" | "kind" | "text"> & Partial<Pick<Quote, "article_id">>;

const NO_CONTEXT: ThemeContext = { dateOf: () => "", packOf: () => emptyPack("") };

/** The cues of one theme of one strength, matched in capitals only or in any case: one group of the matcher, found
 * as one alternation of them was. */
interface CueGroup {
  strong: boolean;
}

/** Every cue of every theme in one scan: acronyms (AS, KTT, NATO) in capitals only, as "as" is a common English word. */
interface Compiled {
  matchers: Array<PhraseMatcher<CueGroup>>;
  /** Each theme's groups, in the order hits are read: strong acronyms, strong words, weak acronyms, weak words. */
  groups: CueGroup[][];
}

/**
 * One row per (quote, theme) whose cues occur in the quote's text, sorted by quote_id and theme_id. A theme with a
 * valid_from date (the 2024 treaty) tags no quote said before it, nor one whose date is unknown; its weak cues
 * ("agreement") count only beside another cue of the theme.
 */
export function tagThemes(quotes: readonly TaggedQuote[], themes: readonly Theme[], context: ThemeContext = NO_CONTEXT): QuoteTheme[] {
  const compiled = new Map<LanguagePack, Compiled>();
  const rows: QuoteTheme[] = [];
  for (const quote of quotes) {
    if (quote.kind === "term") continue;
    const pack = context.packOf(quote);
    const { matchers, groups } = compiled.get(pack) ?? compiled.set(pack, compile(themes, enclitics(pack))).get(pack)!;
    // Made at the first hit: most quotations touch no theme.
    let hitsOf: Map<CueGroup, Hit[]> | null = null;
    for (const matcher of matchers) {
      for (const m of matcher.findEach(quote.text)) {
        const values = m.values;
        for (let v = 0; v < values.length; v++) {
          const group = values[v]!;
          // Each group once per match (cues written alike in one group).
          if (values.indexOf(group) < v) continue;
          hitsOf ??= new Map();
          (hitsOf.get(group) ?? hitsOf.set(group, []).get(group)!).push({ at: m.start, text: m.text });
        }
      }
    }
    if (hitsOf === null) continue;
    const hits = hitsOf;
    const date = context.dateOf(quote);
    for (const [index, theme] of themes.entries()) {
      const own = groups[index]!;
      if (!own.some((group) => hits.has(group))) continue;
      if (theme.valid_from !== "" && !mayBeOnOrAfter(date, theme.valid_from)) continue;
      const strongHits = own.filter((g) => g.strong).flatMap((g) => hits.get(g) ?? []);
      const weakHits = own.filter((g) => !g.strong).flatMap((g) => hits.get(g) ?? []);
      const distinct = new Set([...strongHits, ...weakHits].map((h) => h.text.toLowerCase().replace(/\s+/gu, " ")));
      if (strongHits.length === 0 && (weakHits.length === 0 || distinct.size < 2)) continue;
      const all = [...strongHits, ...weakHits].sort((a, b) => a.at - b.at);
      const seen = new Set<string>();
      const cues = all.map((h) => h.text.replace(/\s+/gu, " ")).filter((cue) => !seen.has(cue.toLowerCase()) && seen.add(cue.toLowerCase()));
      rows.push({ quote_id: quote.quote_id, theme_id: theme.theme_id, cues: cues.join("; ") });
    }
  }
  return rows.sort((a, b) => compare(a.quote_id, b.quote_id) || compare(a.theme_id, b.theme_id));
}

interface Hit {
  at: number;
  text: string;
}

/** Whether a date as precise as it is ("2024", "2024-06", "2024-06-19") may fall on or after `from`. */
function mayBeOnOrAfter(date: string, from: string): boolean {
  if (date === "") return false;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return last >= from;
}

function enclitics(pack: LanguagePack): readonly string[] {
  return pack.wordsIfAny("enclitics");
}

/** A hyphen in a cue matches any hyphen; a language's enclitics may follow any cue. */
function compile(themes: readonly Theme[], clitics: readonly string[]): Compiled {
  const options = { suffixes: clitics, same: { "\u2010": "-", "\u2011": "-" } };
  const acronyms: Array<[string, CueGroup]> = [];
  const words: Array<[string, CueGroup]> = [];
  const groups = themes.map((theme) => {
    const own: CueGroup[] = [];
    for (const [strong, cues] of [
      [true, [...theme.cues_id, ...theme.cues_en]],
      [false, [...theme.weak_cues_id, ...theme.weak_cues_en]]
    ] as const) {
      for (const acronym of [true, false]) {
        const chosen = cues.filter((cue) => isAcronym(cue) === acronym);
        if (chosen.length === 0) continue;
        const group: CueGroup = { strong };
        own.push(group);
        for (const cue of chosen) (acronym ? acronyms : words).push([cue, group]);
      }
    }
    return own;
  });
  return { matchers: [new PhraseMatcher(acronyms, { ...options, caseSensitive: true }), new PhraseMatcher(words, options)], groups };
}

function isAcronym(cue: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(cue);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
