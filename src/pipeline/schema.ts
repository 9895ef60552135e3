// The published tables' schemas: the single description that datapackage.json, the data
// dictionary and the column order of every CSV come from. Bump SCHEMA_VERSION when a column is
// renamed, removed or changes meaning (adding a column is a minor bump).

export const SCHEMA_VERSION = "0.1.0";

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "yearmonth" | "year";

export interface Field {
  name: string;
  /** Frictionless type. Partial ISO dates ("2024-11") are strings with a pattern. */
  type: FieldType;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  /** Resource name and file stem: `${name}.csv`. */
  name: string;
  title: string;
  /** What one row is. */
  row: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

const isoPartialDate = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

export const articlesSchema: TableSchema = {
  name: "articles",
  title: "Articles",
  row: "an article in the corpus, as listed in the source log and read from its file",
  primaryKey: ["article_id"],
  foreignKeys: [],
  fields: [
    { name: "article_id", type: "string", description: "Stable id from the source log (kebab-case).", constraints: { required: true, unique: true } },
    { name: "outlet", type: "string", description: "The news outlet that published the article." },
    { name: "url", type: "string", description: "Where the article was published; empty when not known (never invented)." },
    { name: "language", type: "string", description: "ISO 639-1 code of the article's language." },
    { name: "published", type: "string", description: "Publication date, ISO 8601, as precise as known: 2024, 2024-11 or 2024-11-02.", constraints: { pattern: isoPartialDate } },
    { name: "published_precision", type: "string", description: "Precision of `published`.", constraints: { enum: ["day", "month", "year", ""] } },
    { name: "title", type: "string", description: "The article's headline, where the text or the source log gives one." },
    { name: "chars", type: "integer", description: "Length of the stored text in UTF-16 code units (the unit of every char_start/char_end).", constraints: { minimum: 0 } },
    { name: "sha256", type: "string", description: "SHA-256 of the file's bytes as received, hex." },
    { name: "status", type: "string", description: "ok, warning (read with repairs) or error (not usable; see the ingest report).", constraints: { enum: ["ok", "warning", "error"] } }
  ]
};

export const ingestReportSchema: TableSchema = {
  name: "ingest_report",
  title: "Ingest report",
  row: "a finding about an input file or source-log row: a repair, a problem, or a boilerplate line removed",
  primaryKey: [],
  foreignKeys: [],
  fields: [
    { name: "article_id", type: "string", description: "The article the finding is about, or the input file's path when it has no id." },
    { name: "file", type: "string", description: "The input file, relative to the data folder." },
    { name: "severity", type: "string", description: "info, warning or error.", constraints: { enum: ["info", "warning", "error"] } },
    { name: "code", type: "string", description: "What kind of finding (bom, crlf, not-utf8, empty-file, boilerplate-removed …)." },
    { name: "message", type: "string", description: "The finding in words, quoting the line where there is one." },
    { name: "line", type: "integer", description: "1-based line in `file`; empty when the finding is about the whole file." }
  ]
};

export const schemas: TableSchema[] = [articlesSchema, ingestReportSchema];

export function columnsOf(schema: TableSchema): string[] {
  return schema.fields.map((field) => field.name);
}
