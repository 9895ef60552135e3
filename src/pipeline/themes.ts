// What each quotation is about, from the editable theme lexicon (data/lexicon/themes.csv). Only quotations are
// tagged — statements, not the narration around them — so boilerplate (a "Baca juga" link about defence
// cooperation) and the article's own words never make a theme. Scare-quoted terms are labels, not statements,
// and are left out too.
import type { Quote } from "./quotes.ts";
import type { Theme } from "./quote-lexicons.ts";

export interface QuoteTheme {
  quote_id: string;
  theme_id: string;
  /** The words that matched, as written in the quote, in order, joined by "; ". */
  cues: string;
}

// Indonesian attaches clitics to the word they follow ("pertahanannya", "sekutunya", "Baratnya") without changing
// it, so they are safe to allow after any cue. Derivational affixes (meN-, -kan, -an) change the word's sense
// and spelling, so a theme that wants "dukungan" and "mendukung" lists both.
const CLITIC = "(?:nya|lah|kah|pun|ku|mu)?";

interface Compiled {
  theme_id: string;
  regexes: RegExp[];
}

/** One row per (quote, theme) whose cues occur in the quote's text, sorted by quote_id and theme_id. */
export function tagThemes(quotes: readonly Pick<Quote, "quote_id" | "kind" | "text">[], themes: readonly Theme[]): QuoteTheme[] {
  const compiled = themes.map(compile);
  const rows: QuoteTheme[] = [];
  for (const quote of quotes) {
    if (quote.kind === "term") continue;
    for (const { theme_id, regexes } of compiled) {
      const hits = regexes.flatMap((regex) => [...quote.text.matchAll(regex)].map((m) => ({ at: m.index, text: m[0] })));
      if (hits.length === 0) continue;
      hits.sort((a, b) => a.at - b.at);
      const seen = new Set<string>();
      const cues = hits.map((h) => h.text.replace(/\s+/gu, " ")).filter((cue) => !seen.has(cue.toLowerCase()) && seen.add(cue.toLowerCase()));
      rows.push({ quote_id: quote.quote_id, theme_id, cues: cues.join("; ") });
    }
  }
  return rows.sort((a, b) => compare(a.quote_id, b.quote_id) || compare(a.theme_id, b.theme_id));
}

function compile(theme: Theme): Compiled {
  const cues = [...theme.cues_id, ...theme.cues_en];
  // Acronyms (AS, KTT, NATO) match in capitals only: "as" is a common word in English.
  const groups = [cues.filter(isAcronym), cues.filter((cue) => !isAcronym(cue))];
  const regexes = groups
    .map((group, i) => {
      if (group.length === 0) return null;
      const alternatives = [...new Set(group)].sort((a, b) => b.length - a.length).map(phrasePattern).join("|");
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})${CLITIC}(?![\\p{L}\\p{N}])`, i === 0 ? "gu" : "giu");
    })
    .filter((regex): regex is RegExp => regex !== null);
  return { theme_id: theme.theme_id, regexes };
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
