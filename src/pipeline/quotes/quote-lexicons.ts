// The lexicons the quotes and themes stages read (data/lexicon/*.csv): reporting verbs, the organisations and
// documents that speak, scare-quoted labels, and themes. An editor owns them; errors name the file and line.
import { z } from "zod";
import { CsvError } from "../csv.ts";
import { assertUnique, parseRows, type WithLine } from "../rows.ts";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "is not a kebab-case id" });
const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: "is not an ISO date (YYYY-MM-DD) or empty" });
const list = z
  .string()
  .transform((value) => value.split("|").map((item) => item.trim()).filter((item) => item !== ""));

export const REPORTING_VERB_COLUMNS = ["verb", "position", "speaker", "indirect", "notes"] as const;

const reportingVerbSchema = z.object({
  verb: z.string().trim().toLowerCase().min(1, { error: "is empty" }),
  // Where the verb stands relative to the quoted words: before ("Lavrov mengatakan "…""), after (""…," kata Lavrov")
  // or either ("Menurut KCNA, …" / "…, menurut Lavrov").
  position: z.enum(["before", "after", "both"], { error: "is not one of before, after, both" }),
  // Where the speaker stands relative to the verb; "carry" for the -nya forms, which name no one and refer back.
  speaker: z.enum(["before", "after", "carry"], { error: "is not one of before, after, carry" }),
  // Whether the verb without quotation marks introduces reported speech (an indirect quote): yes; no; or only when a
  // complementizer opens the clause ("announced that …" is speech, "announced the visit" is not).
  indirect: z.enum(["yes", "no", "complementizer"], { error: "is not yes, no or complementizer" }),
  notes: z.string()
});

export type ReportingVerb = Omit<WithLine<z.infer<typeof reportingVerbSchema>>, "indirect"> & {
  indirect: boolean;
  /** Only a clause its complementizer opens ("that", "bahwa") is the verb's reported speech. */
  needsComplementizer: boolean;
};

export function parseReportingVerbs(text: string, file: string): ReportingVerb[] {
  const rows = parseRows(text, file, REPORTING_VERB_COLUMNS, reportingVerbSchema);
  assertUnique(rows, "verb", file);
  return rows.map((row) => ({ ...row, indirect: row.indirect !== "no", needsComplementizer: row.indirect === "complementizer" }));
}

export const SPEAKER_COLUMNS = ["speaker_id", "name", "kind", "aliases", "valid_from", "valid_to", "notes"] as const;

const speakerSchema = z.object({
  speaker_id: id,
  name: z.string().min(1, { error: "is empty" }),
  kind: z.enum(["organisation", "document"], { error: "is not organisation or document" }),
  aliases: list.refine((aliases) => aliases.length > 0, { error: "has no alias" }),
  valid_from: isoDate,
  valid_to: isoDate,
  notes: z.string(),
  // Optional: the side an organisation speaks for (KCNA and "Pyongyang" for North Korea), which the charts read,
  // and the name in Indonesian.
  country: z.string().optional().default("").pipe(z.string().regex(/^([A-Z]{3})?$/, { error: "is not an ISO 3166-1 alpha-3 code or empty" })),
  name_id: z.string().optional().default("")
});

/** An organisation or a document that speaks (`tutur KCNA`, `bunyi satu pasal dalam perjanjian`) or relays. */
export type Speaker = WithLine<z.infer<typeof speakerSchema>>;

export function parseSpeakers(text: string, file: string): Speaker[] {
  const rows = parseRows(text, file, SPEAKER_COLUMNS, speakerSchema);
  assertUnique(rows, "speaker_id", file);
  for (const row of rows) {
    if (row.valid_from !== "" && row.valid_to !== "" && row.valid_from > row.valid_to) {
      throw new CsvError(file, row.line, `valid_from '${row.valid_from}' is after valid_to '${row.valid_to}'`);
    }
  }
  return rows;
}

export const TERM_COLUMNS = ["term", "lang", "notes"] as const;

const termSchema = z.object({
  term: z.string().trim().min(1, { error: "is empty" }),
  lang: z.enum(["", "id", "en"], { error: "is not empty, id or en" }),
  notes: z.string()
});

/** A label outlets put in scare quotes ("operasi militer khusus"): quoted, it is a term, never a statement. */
export type Term = WithLine<z.infer<typeof termSchema>>;

export function parseTerms(text: string, file: string): Term[] {
  const rows = parseRows(text, file, TERM_COLUMNS, termSchema);
  assertUnique(rows, "term", file);
  return rows;
}

export const THEME_COLUMNS = ["theme_id", "label_en", "label_id", "description", "cues_id", "cues_en"] as const;
/** Columns a themes file may add: a start date, and cues too broad to name the theme on their own. */
export const THEME_OPTIONAL_COLUMNS = ["valid_from", "weak_cues_id", "weak_cues_en"] as const;

const themeSchema = z.object({
  theme_id: id,
  label_en: z.string().min(1, { error: "is empty" }),
  label_id: z.string().min(1, { error: "is empty" }),
  description: z.string(),
  cues_id: list,
  cues_en: list,
  // The theme exists from this day (the 2024 treaty from its signing): a quote said before it is never tagged.
  valid_from: z.string().optional().default("").pipe(isoDate),
  // Cues too broad alone ("perjanjian" is any agreement): they count only beside a second, different cue.
  weak_cues_id: z.string().optional().default("").pipe(list),
  weak_cues_en: z.string().optional().default("").pipe(list)
});

/** A theme with its cue words or phrases (Indonesian and English), matched as whole words, and when it applies. */
export type Theme = WithLine<z.infer<typeof themeSchema>>;

export function parseThemes(text: string, file: string): Theme[] {
  const rows = parseRows(text, file, THEME_COLUMNS, themeSchema);
  assertUnique(rows, "theme_id", file);
  for (const row of rows) {
    if (row.cues_id.length + row.cues_en.length + row.weak_cues_id.length + row.weak_cues_en.length === 0) {
      throw new CsvError(file, row.line, `theme '${row.theme_id}' has no cues`);
    }
  }
  return rows;
}

/** The quote lexicons of data/lexicon/: who speaks besides people, scare-quoted terms, themes. */
export interface QuoteLexicons {
  speakers: Speaker[];
  terms: Term[];
  themes: Theme[];
}
