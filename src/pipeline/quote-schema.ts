// Schemas and builders of the quotation tables: quotes.csv, quote_themes.csv and themes.csv (see schema.ts for
// how schemas become datapackage.json, the data dictionary and column order).
import type { QuoteTheme } from "./themes.ts";
import type { Quote } from "./quotes.ts";
import type { Theme } from "./quote-lexicons.ts";
import type { TableSchema } from "./schema.ts";

export const quotesSchema: TableSchema = {
  name: "quotes",
  title: "Quotations",
  row: "a quotation in an article: a direct or partial quotation in marks, reported speech, or a scare-quoted term",
  primaryKey: ["quote_id"],
  foreignKeys: [
    { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } },
    { fields: ["event_id"], reference: { resource: "events", fields: ["event_id"] } }
  ],
  fields: [
    { name: "quote_id", type: "string", description: "Stable id: the article id, then q and the quote's number in reading order (…-q001).", constraints: { required: true, unique: true } },
    { name: "article_id", type: "string", description: "The article that carries the quotation.", constraints: { required: true } },
    { name: "event_id", type: "string", description: "The event the quotation was said at or about, where the article makes that clear; else empty." },
    { name: "speaker_id", type: "string", description: "Who is quoted: a person_id (people.csv), or an organisation or document id from data/lexicon/speakers.csv (kcna, treaty-2024 …); empty when unknown or for terms." },
    { name: "speaker_text", type: "string", description: "The words that named the speaker, as written (\"Kremlin spokesman Dmitry Peskov\", \"he said\", a pronoun or a title that refers back)." },
    { name: "speaker_kind", type: "string", description: "person, organisation (a news agency, a ministry, a state), document (a treaty's text) or none.", constraints: { enum: ["person", "organisation", "document", "none"] } },
    { name: "kind", type: "string", description: "direct (a statement in marks), partial (a quoted phrase inside reported speech), reported (indirect speech: a reported clause without marks; named so that a filter for 'direct' never catches it) or term (a scare-quoted label nobody is quoted as saying; never a statement).", constraints: { enum: ["direct", "partial", "reported", "term"] } },
    { name: "cue", type: "string", description: "The reporting verb as written (said, told, according to, was quoted as saying, or the Indonesian verb the article uses); empty when none." },
    { name: "attribution", type: "string", description: "The rule that decided the speaker: before (subject of the verb), after (named after an inverted verb), title (named by a title alone), carry-over (a pronoun or a title that refers back: the previous speaker), paragraph (credited by its paragraph), none.", constraints: { enum: ["before", "after", "title", "carry-over", "paragraph", "none"] } },
    { name: "via", type: "string", description: "The relay the article credits for the quotation (KCNA, Antara, Anadolu …); empty when it credits none, or several at once, or the speaker is the relay." },
    { name: "quote_group", type: "string", description: "The same statement reported by several articles shares a group: the first quote_id of the group (a quote reported once is its own group). Count statements by distinct quote_group. Empty for terms." },
    { name: "text", type: "string", description: "The quoted words without the outer marks, exactly as in the article (the outlet's translation)." },
    { name: "char_start", type: "integer", description: "Offset of the quotation's first character in the article's stored text (UTF-16 code units).", constraints: { minimum: 0 } },
    { name: "char_end", type: "integer", description: "Offset just past the quotation's last character: text = stored text.slice(char_start, char_end).", constraints: { minimum: 0 } }
  ]
};

export const quoteThemesSchema: TableSchema = {
  name: "quote_themes",
  title: "Themes of quotations",
  row: "a theme in a quotation, with the cue words that matched (terms are not tagged)",
  primaryKey: ["quote_id", "theme_id"],
  foreignKeys: [
    { fields: ["quote_id"], reference: { resource: "quotes", fields: ["quote_id"] } },
    { fields: ["theme_id"], reference: { resource: "themes", fields: ["theme_id"] } }
  ],
  fields: [
    { name: "quote_id", type: "string", description: "The quotation.", constraints: { required: true } },
    { name: "theme_id", type: "string", description: "The theme (themes.csv).", constraints: { required: true } },
    { name: "cues", type: "string", description: "The words of the quotation that matched the theme's cues, as written, joined by \"; \"." }
  ]
};

export const themesSchema: TableSchema = {
  name: "themes",
  title: "Themes",
  row: "a theme of the lexicon (data/lexicon/themes.csv), with how often quotations take it up",
  primaryKey: ["theme_id"],
  foreignKeys: [],
  fields: [
    { name: "theme_id", type: "string", description: "Stable id of the theme.", constraints: { required: true, unique: true } },
    { name: "label_en", type: "string", description: "The theme in English." },
    { name: "label_id", type: "string", description: "The theme in Indonesian." },
    { name: "description", type: "string", description: "What the theme covers." },
    { name: "n_quotes", type: "integer", description: "Quotations tagged with the theme.", constraints: { minimum: 0 } },
    { name: "n_quote_groups", type: "integer", description: "Distinct statements tagged with the theme (a statement reported by several articles counts once).", constraints: { minimum: 0 } }
  ]
};

export const quoteSchemas: TableSchema[] = [quotesSchema, quoteThemesSchema, themesSchema];

export const QUOTE_COLUMNS = [
  "quote_id", "article_id", "event_id", "speaker_id", "speaker_text", "speaker_kind", "kind", "cue", "attribution", "via",
  "quote_group", "text", "char_start", "char_end"
] as const;

export type QuoteRow = Pick<Quote, (typeof QUOTE_COLUMNS)[number]>;

export interface ThemeRow {
  theme_id: string;
  label_en: string;
  label_id: string;
  description: string;
  n_quotes: number;
  n_quote_groups: number;
}

/** quotes.csv: one row a quotation, by quote_id (article, then reading order). */
export function quotesTable(quotes: readonly Quote[]): QuoteRow[] {
  return quotes
    .map((q) => Object.fromEntries(QUOTE_COLUMNS.map((c) => [c, q[c]])) as QuoteRow)
    .sort((a, b) => compare(a.quote_id, b.quote_id));
}

/** quote_themes.csv: one row a (quote, theme), by quote_id and theme_id. */
export function quoteThemesTable(rows: readonly QuoteTheme[]): QuoteTheme[] {
  return rows
    .map(({ quote_id, theme_id, cues }) => ({ quote_id, theme_id, cues }))
    .sort((a, b) => compare(a.quote_id, b.quote_id) || compare(a.theme_id, b.theme_id));
}

/** themes.csv: every theme of the lexicon, by theme_id, with its counts of quotations and of distinct statements. */
export function themesTable(themes: readonly Theme[], quoteThemes: readonly QuoteTheme[], quotes: readonly Pick<Quote, "quote_id" | "quote_group">[]): ThemeRow[] {
  const groupOf = new Map(quotes.map((q) => [q.quote_id, q.quote_group === "" ? q.quote_id : q.quote_group]));
  return themes
    .map((theme) => {
      const tagged = quoteThemes.filter((row) => row.theme_id === theme.theme_id);
      return {
        theme_id: theme.theme_id,
        label_en: theme.label_en,
        label_id: theme.label_id,
        description: theme.description,
        n_quotes: new Set(tagged.map((row) => row.quote_id)).size,
        n_quote_groups: new Set(tagged.map((row) => groupOf.get(row.quote_id) ?? row.quote_id)).size
      };
    })
    .sort((a, b) => compare(a.theme_id, b.theme_id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
