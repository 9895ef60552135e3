// What each quotation is about, from the editable theme lexicon (data/lexicon/themes.csv). Only quotations are
// tagged — statements, not the narration around them — so boilerplate (a "Baca juga" link about defence
// cooperation) and the article's own words never make a theme. Scare-quoted terms are labels, not statements,
// and are left out too. A language's enclitics (Indonesian "-nya", "-lah") attach to the word they follow
// without changing it, so they may follow any cue; derivational affixes change the sense and spelling, so a theme
// that wants "dukungan" and "mendukung" lists both.
import type { Quote } from "./quotes.ts";
import { emptyPack, NOTHING, type LanguagePack } from "../lang/pack.ts";
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

interface Compiled {
  theme: Theme;
  strong: RegExp[];
  weak: RegExp[];
}

/**
 * One row per (quote, theme) whose cues occur in the quote's text, sorted by quote_id and theme_id. A theme with a
 * valid_from date (the 2024 treaty) tags no quote said before it, nor one whose date is unknown; its weak cues
 * ("agreement") count only beside another cue of the theme.
 */
export function tagThemes(quotes: readonly TaggedQuote[], themes: readonly Theme[], context: ThemeContext = NO_CONTEXT): QuoteTheme[] {
  const compiled = new Map<LanguagePack, Compiled[]>();
  const rows: QuoteTheme[] = [];
  for (const quote of quotes) {
    if (quote.kind === "term") continue;
    const pack = context.packOf(quote);
    const themesOf = compiled.get(pack) ?? compiled.set(pack, themes.map((t) => compile(t, enclitics(pack)))).get(pack)!;
    const date = context.dateOf(quote);
    for (const { theme, strong, weak } of themesOf) {
      if (theme.valid_from !== "" && !mayBeOnOrAfter(date, theme.valid_from)) continue;
      const strongHits = hits(quote.text, strong);
      const weakHits = hits(quote.text, weak);
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

function hits(text: string, regexes: readonly RegExp[]): Array<{ at: number; text: string }> {
  return regexes.flatMap((regex) => [...text.matchAll(regex)].map((m) => ({ at: m.index, text: m[0] })));
}

/** Whether a date as precise as it is ("2024", "2024-06", "2024-06-19") may fall on or after `from`. */
function mayBeOnOrAfter(date: string, from: string): boolean {
  if (date === "") return false;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return last >= from;
}

function enclitics(pack: LanguagePack): string {
  return pack.has("enclitics") ? pack.alternation("enclitics") : NOTHING;
}

function compile(theme: Theme, clitics: string): Compiled {
  return {
    theme,
    strong: regexes([...theme.cues_id, ...theme.cues_en], clitics),
    weak: regexes([...theme.weak_cues_id, ...theme.weak_cues_en], clitics)
  };
}

function regexes(cues: readonly string[], clitics: string): RegExp[] {
  // Acronyms (AS, KTT, NATO) match in capitals only: "as" is a common word in English.
  const groups = [cues.filter(isAcronym), cues.filter((cue) => !isAcronym(cue))];
  return groups
    .map((group, i) => {
      if (group.length === 0) return null;
      const alternatives = [...new Set(group)].sort((a, b) => b.length - a.length).map(phrasePattern).join("|");
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:${clitics})?(?![\\p{L}\\p{N}])`, i === 0 ? "gu" : "giu");
    })
    .filter((regex): regex is RegExp => regex !== null);
}

function phrasePattern(cue: string): string {
  return cue
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&").replace(/-/g, "[-\\u2010\\u2011]"))
    .join("[\\s\\u00a0]+");
}

function isAcronym(cue: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(cue);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
