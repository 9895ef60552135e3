import { createHash } from "node:crypto";
import { z } from "zod";
import { parseCsvRows, type CsvRecord } from "../csv.ts";
import type { Article, Finding, IngestInput, Severity, SourceRow } from "../types.ts";

export const SOURCE_COLUMNS = ["article_id", "file", "outlet", "url", "language", "published", "title", "notes"] as const;

type SourceColumn = (typeof SOURCE_COLUMNS)[number];

const ID = /^[a-z0-9][a-z0-9-]*$/;
// An id names the article's page and data files (articles/<id>.html, .json): file systems allow 255 bytes a
// name, and Framework adds suffixes. A hundred characters is far more than any slug needs.
const ID_MAX = 100;
const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const sourceRowSchema = z.object({
  article_id: z
    .string()
    .regex(ID, { error: "is not a kebab-case id (a–z, 0–9 and -, starting with a letter or digit)" })
    .refine((v) => v.length <= ID_MAX, { error: (issue) => `is ${String(issue.input).length} characters long; an id names the article's page file, so keep it to ${ID_MAX}` }),
  file: z.string().refine(isArticlePath, { error: "is not a path under articles/ (no '..', no backslashes)" }),
  outlet: z.string().refine((v) => v.trim() !== "", { error: "is empty; every article needs an outlet" }),
  url: z.string().refine((v) => v === "" || isHttpUrl(v), { error: "is not an http(s) URL" }),
  // Empty: detected from the text with the language packs (lang/detect.ts), with a warning in the report.
  language: z.string().regex(/^([a-z]{2})?$/, { error: "is not a two-letter language code (ISO 639-1) or empty" }),
  published: z.string().refine((v) => v === "" || isIsoDate(v), { error: "is not a real date as YYYY, YYYY-MM or YYYY-MM-DD" }),
  title: z.string(),
  notes: z.string()
});

type Note = Omit<Finding, "article_id" | "file">;

type SourceMeta = Omit<SourceRow, "article_id" | "file" | "line">;

const META_COLUMNS = ["outlet", "url", "language", "published", "title", "notes"] as const;

/** One article in the making: a logged row, a file, or both. */
interface Entry {
  article_id: string;
  row: SourceMeta | null;
  file: string;
  findings: Finding[];
  text: string;
  sha256: string;
  encoding: Article["encoding"];
}

export interface IngestResult {
  articles: Article[];
  sources: SourceRow[];
  findings: Finding[];
}

export interface IngestOptions {
  /** The day the build runs (UTC): a published date after it is an error. Default: the input's `today`; without
   * one (the pipeline reads no clock) no date is checked against it. */
  today?: Date;
}

/**
 * Matches the source log with the article files, decodes each file and reports every problem as a finding.
 * Nothing is dropped silently: every file and every logged row ends up as an article (status "error" when it
 * cannot be used), except rows that duplicate an id or file already logged, and rows that cannot be read as
 * CSV at all, which are reported as findings only. One bad row never costs the others.
 */
export function ingest({ sourcesCsv, files, today: inputToday }: IngestInput, { today = inputToday }: IngestOptions = {}): IngestResult {
  const findings: Finding[] = [];
  const log = sourcesCsv.file;
  const report = (entry: Entry | null, file: string, note: Note) => {
    const finding = { article_id: entry?.article_id ?? file, file, ...note };
    findings.push(finding);
    entry?.findings.push(finding);
  };

  const logNote: LogNote = (note, article_id = log) => findings.push({ article_id, file: log, ...note });
  const { records, rejected, strayCrs } = readLog(sourcesCsv, logNote);
  const sources: SourceRow[] = [];
  const entries: Entry[] = [];
  const idLines = new Map<string, number>();
  const fileLines = new Map<string, number>();
  const entryByFile = new Map<string, Entry>();

  for (const { line, values } of records) {
    const raw = Object.fromEntries(SOURCE_COLUMNS.map((c) => [c, values[c] ?? ""])) as Record<SourceColumn, string>;
    const invalid = new Map<string, string>();
    for (const issue of sourceRowSchema.safeParse(raw).error?.issues ?? []) {
      const column = String(issue.path[0]);
      if (!invalid.has(column)) invalid.set(column, issue.message);
    }
    const idOk = !invalid.has("article_id");
    const fileOk = !invalid.has("file");
    const dupId = idOk ? idLines.get(raw.article_id) : undefined;
    const dupFile = fileOk ? fileLines.get(raw.file) : undefined;
    // A date after the build day is a typo (2031 for 2023); kept, it would put "Tuesday" in the future.
    if (!invalid.has("published") && today !== undefined && isAfter(raw.published, today)) {
      invalid.set("published", `is after today (${today.toISOString().slice(0, 10)}): a typo in the year?`);
    }
    // An invalid value is blanked rather than guessed at; the finding tells the editor what it was.
    const row = Object.fromEntries(META_COLUMNS.map((c) => [c, invalid.has(c) ? "" : raw[c]])) as SourceMeta;

    let entry: Entry | null = null;
    if (dupFile === undefined && (fileOk || (idOk && dupId === undefined))) {
      const usable = idOk && dupId === undefined;
      // An id that is unusable cannot name the article; the file path does, as it does for unlogged files.
      entry = newEntry(usable ? raw.article_id : raw.file, fileOk ? raw.file : "", row);
      entries.push(entry);
      if (fileOk) entryByFile.set(raw.file, entry);
      if (usable && fileOk) sources.push({ article_id: raw.article_id, file: raw.file, ...row, line });
    }
    const fallback = idOk && dupId === undefined ? raw.article_id : raw.file || log;
    const rowNote = (code: string, message: string, severity: Severity = "error") => {
      if (entry !== null) report(entry, log, { severity, code, message, line });
      else findings.push({ article_id: fallback, file: log, severity, code, message, line });
    };

    for (const [column, reason] of invalid) rowNote("invalid-row", `column ${column}: '${raw[column as SourceColumn]}' ${reason}`);
    if (dupId !== undefined) rowNote("duplicate-id", `article_id '${raw.article_id}' is already used on line ${dupId}`);
    if (dupFile !== undefined) rowNote("duplicate-file", `file '${raw.file}' is already logged on line ${dupFile}`);
    if (idOk && dupId === undefined && dupFile === undefined && raw.published === "") {
      rowNote("missing-metadata", "column published is empty: relative dates count only from a date the article itself gives (its date-anchor finding says which)", "warning");
    }
    for (const column of ["outlet", "title", "notes"] as const) {
      // A spreadsheet runs a cell starting with one of these as a formula; csv.ts neutralises it on output.
      if (!invalid.has(column) && /^[=+\-@\t\r]/.test(raw[column])) {
        rowNote("formula-like", `column ${column} starts with '${JSON.stringify(raw[column][0]).slice(1, -1)}', which a spreadsheet would run as a formula; the CSVs write it with a leading '`, "warning");
      }
    }
    if (strayCrs.delete(line)) rowNote("stray-cr", "a carriage return (CR) inside the row was removed", "warning");
    if (idOk && dupId === undefined) idLines.set(raw.article_id, line);
    if (fileOk && dupFile === undefined) fileLines.set(raw.file, line);
  }

  for (const line of strayCrs) logNote({ severity: "warning", code: "stray-cr", message: "a carriage return (CR) inside the row was removed", line });

  const present = new Set(files.map((f) => f.file));
  for (const entry of entries) {
    if (entry.file !== "" && !present.has(entry.file)) {
      report(entry, log, { severity: "error", code: "no-file", message: `file '${entry.file}' does not exist`, line: fileLines.get(entry.file) ?? null });
    }
  }

  for (const { file, bytes, unreadable } of [...files].sort((a, b) => compare(a.file, b.file))) {
    let entry = entryByFile.get(file);
    if (entry === undefined) {
      entry = newEntry(file, file, null);
      entries.push(entry);
      const line = rejected.get(file);
      const message = line === undefined ? `no row in ${log} names this file` : `no usable row in ${log} names this file: line ${line}, which names it, could not be read`;
      report(entry, file, { severity: "error", code: "no-source-row", message, line: null });
    }
    if (unreadable !== undefined) {
      report(entry, file, { severity: "error", code: "unreadable-file", message: unreadable, line: null });
      continue;
    }
    entry.sha256 = createHash("sha256").update(bytes).digest("hex");
    const decoded = decode(bytes);
    for (const note of decoded.notes) report(entry, file, note);
    if (decoded.text !== null) {
      entry.text = decoded.text;
      entry.encoding = decoded.encoding;
      report(entry, file, { severity: "info", code: "ingested", message: `${decoded.text.length} characters, ${decoded.encoding}`, line: null });
    }
  }

  const articles = entries.map(toArticle).sort((a, b) => compare(a.article_id, b.article_id));
  return { articles, sources, findings };
}

type LogNote = (note: Note, article_id?: string) => void;

/**
 * The source log's records, read row by row: a row that is not CSV is reported on its line and left out, the
 * others are kept. Also diagnoses what spreadsheets do to a log: a Windows-1252 save (decoded as the articles
 * are), a semicolon-separated save, a carriage return pasted into a row, a renamed or missing column.
 * `rejected` maps each article file a rejected row named to that row's line; `strayCrs` holds the lines a
 * carriage return was removed from.
 */
function readLog(sourcesCsv: IngestInput["sourcesCsv"], note: LogNote): { records: CsvRecord[]; rejected: Map<string, number>; strayCrs: Set<number> } {
  const log = sourcesCsv.file;
  let text = sourcesCsv.bytes === undefined ? sourcesCsv.text : decodeLog(sourcesCsv.bytes, note);
  const strayCrs = new Set<number>();
  text = removeStrayCrs(text, strayCrs);
  const delimiter = sniffDelimiter(text);
  if (delimiter !== ",") {
    note({ severity: "warning", code: "semicolon-csv", message: "the log is separated by ';' (a spreadsheet's save where the decimal mark is a comma); read as such, but save it as CSV with commas", line: 1 });
  }
  const table = parseCsvRows(text, log, { delimiter });
  const lines = text.split(/\r\n|\n|\r/);
  const rejected = new Map<string, number>();
  for (const error of table.errors) {
    // The row could not be split into columns; its first field and any article path in it still say which
    // article it was meant to be, so that the finding and the file's own finding point at each other.
    const fields = (lines[error.line - 1] ?? "").split(delimiter).map((field) => field.replace(/^"|"$/g, "").trim());
    const id = fields[0] !== undefined && ID.test(fields[0]) ? fields[0] : log;
    for (const field of fields) if (isArticlePath(field) && !rejected.has(field)) rejected.set(field, error.line);
    const message = error.line === 1 && table.header.length === 0 ? error.reason : `${error.reason}; the row is left out`;
    note({ severity: "error", code: "invalid-csv", message, line: error.line }, id);
  }
  const unknown = table.header.filter((column) => !(SOURCE_COLUMNS as readonly string[]).includes(column));
  for (const column of SOURCE_COLUMNS) {
    if (table.header.length > 0 && !table.header.includes(column)) {
      const renamed = unknown.length > 0 ? ` (it has ${unknown.map((c) => `'${c}'`).join(", ")}: renamed?)` : "";
      note({ severity: "error", code: "missing-column", message: `the header has no column '${column}'${renamed}`, line: 1 });
    }
  }
  for (const column of unknown) note({ severity: "warning", code: "unknown-column", message: `column '${column}' is not used`, line: 1 });
  return { records: table.rows, rejected, strayCrs };
}

/** The log's text from its bytes, decoded as an article's are: UTF-8, else Windows-1252 with a warning. */
function decodeLog(bytes: Uint8Array, note: LogNote): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return new TextDecoder("utf-8").decode(bytes);
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
  note({ severity: "warning", code: "not-utf8", message: `not valid UTF-8 (byte 0x${hex}); decoded as Windows-1252: save it as CSV UTF-8`, line: lineOfByte(bytes, bad) });
  return decodeWindows1252(bytes);
}

/**
 * A carriage return alone, in a log whose lines end in LF or CRLF, was pasted into a cell (a title copied from
 * a Windows program); read as a line end it would split its row in two. Removed; its line goes into `strayCrs`
 * for a warning on that row.
 */
function removeStrayCrs(text: string, strayCrs: Set<number>): string {
  if (!text.includes("\n") || !/\r(?!\n)/.test(text)) return text;
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (/\r(?!$)/.test(line)) strayCrs.add(i + 1);
  });
  return lines.map((line) => line.replace(/\r(?!$)/g, "")).join("\n");
}

/** "," unless the header has no comma and splits on ";" into the log's columns, as Excel writes in many locales. */
function sniffDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/, 1)[0] ?? "";
  if (header.includes(",")) return ",";
  const columns = header.split(";").map((c) => c.replace(/^"|"$/g, "").trim());
  return columns.filter((c) => (SOURCE_COLUMNS as readonly string[]).includes(c)).length >= 2 ? ";" : ",";
}

/** Whether even the earliest day `published` (YYYY, YYYY-MM or YYYY-MM-DD) can mean is after `today`. */
function isAfter(published: string, today: Date): boolean {
  if (published === "") return false;
  const earliest = (published + "-01-01").slice(0, 10);
  return earliest > today.toISOString().slice(0, 10);
}

function newEntry(article_id: string, file: string, row: Entry["row"]): Entry {
  return { article_id, row, file, findings: [], text: "", sha256: "", encoding: "utf-8" };
}

function toArticle(entry: Entry): Article {
  const row = entry.row;
  const severities = new Set(entry.findings.map((f) => f.severity));
  return {
    article_id: entry.article_id,
    file: entry.file,
    outlet: row?.outlet ?? "",
    url: row?.url ?? "",
    language: row?.language ?? "",
    published: row?.published ?? "",
    published_precision: precision(row?.published ?? ""),
    title: row?.title ?? "",
    text: entry.text,
    // String length in UTF-16 code units, the unit of every offset downstream (JS string indices).
    chars: entry.text.length,
    sha256: entry.sha256,
    encoding: entry.encoding,
    status: severities.has("error") ? "error" : severities.has("warning") ? "warning" : "ok"
  };
}

export function precision(published: string): Article["published_precision"] {
  const m = PUBLISHED.exec(published);
  return m === null ? "" : m[3] !== undefined ? "day" : m[2] !== undefined ? "month" : "year";
}

function isIsoDate(value: string): boolean {
  const m = PUBLISHED.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isArticlePath(value: string): boolean {
  if (!/^articles\/[^\\]+$/.test(value)) return false;
  return value.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Decoded {
  /** null when the bytes are not text at all. */
  text: string | null;
  encoding: Article["encoding"];
  notes: Note[];
}

/** Turns a file's bytes into the stored text (see types.ts), noting every repair made on the way. */
function decode(bytes: Uint8Array): Decoded {
  const notes: Note[] = [];
  if (bytes.length === 0) {
    return { text: null, encoding: "utf-8", notes: [{ severity: "error", code: "empty-file", message: "the file is empty", line: null }] };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const message = "starts with a UTF-16 byte-order mark; save it as UTF-8";
    return { text: null, encoding: "utf-8", notes: [{ severity: "error", code: "binary-file", message, line: null }] };
  }
  const binary = binaryReason(bytes);
  if (binary !== null) {
    return { text: null, encoding: "utf-8", notes: [{ severity: "error", code: "binary-file", message: binary, line: null }] };
  }
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    notes.push({ severity: "warning", code: "bom", message: "a UTF-8 byte-order mark was removed", line: 1 });
  }
  const bad = firstInvalidUtf8(body);
  let text: string;
  let encoding: Article["encoding"] = "utf-8";
  if (bad < 0) {
    text = new TextDecoder("utf-8").decode(body);
  } else {
    text = decodeWindows1252(body);
    encoding = "windows-1252";
    const hex = body[bad]!.toString(16).toUpperCase().padStart(2, "0");
    notes.push({ severity: "warning", code: "not-utf8", message: `not valid UTF-8 (byte 0x${hex}); decoded as Windows-1252`, line: lineOfByte(body, bad) });
  }
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  if (crlf + cr > 0) {
    text = text.replace(/\r\n?/g, "\n");
    const counts = [crlf && `${crlf} CRLF`, cr && `${cr} CR`].filter(Boolean).join(" and ");
    notes.push({ severity: "warning", code: "crlf", message: `${counts} line ends turned into LF`, line: null });
  }
  if (text.trim() === "") {
    notes.push({ severity: "error", code: "empty-file", message: "the file holds only whitespace", line: null });
    return { text: null, encoding, notes };
  }
  notes.push(...textNotes(text));
  return { text, encoding, notes };
}

// A page saved from a browser: a doctype or <html> first, or markup throughout. Its text is menus, scripts and
// tags around the article, so nothing extracted from it could be trusted.
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TAG = /<\/?(?:html|head|body|script|style|meta|link|div|span|p|a|br|img|ul|li|table|article|section|nav|header|footer)(?:\s[^<>]*)?\/?>/gi;
const HTML_TAGS_MIN = 10;
// Invisible characters that survive decoding: C0 and C1 controls other than tab, line feed and form feed; and
// zero-width and bidirectional formatting characters, which can hide inside a name ("Lav\u200Brov") or reorder
// what an editor sees (U+202E). Both are kept, so offsets still index the file's text, and reported.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Findings about decoded text: an HTML page instead of an article (an error), control and invisible characters. */
function textNotes(text: string): Note[] {
  const notes: Note[] = [];
  const tags = [...text.matchAll(HTML_TAG)];
  if (HTML_START.test(text) || tags.length >= HTML_TAGS_MIN) {
    const first = HTML_START.test(text) ? text.search(/\S/) : tags[0]!.index;
    const message = `looks like a web page saved as text (${tags.length} HTML tags); save the article's text instead`;
    notes.push({ severity: "error", code: "html-page", message, line: lineOfOffset(text, first) });
  }
  const describe = (regex: RegExp, code: string, what: string, effect: string) => {
    const found = [...text.matchAll(regex)];
    if (found.length === 0) return;
    const kinds = [...new Set(found.map((m) => codePoint(m[0])))];
    const listed = kinds.slice(0, 5).join(", ") + (kinds.length > 5 ? ` and ${kinds.length - 5} more` : "");
    const message = `${found.length} ${what} (${listed}), the first here; kept as they are, ${effect}`;
    notes.push({ severity: "warning", code, message, line: lineOfOffset(text, found[0]!.index) });
  };
  const long = longestLine(text);
  if (long.length > LONG_LINE) {
    const message = `line ${long.line} is ${long.length} characters long: the file has probably lost its line breaks, so its paragraphs are read as one`;
    notes.push({ severity: "warning", code: "long-line", message, line: long.line });
  }
  describe(CONTROL, "control-characters", "control characters", "but they are invisible and may split a word");
  describe(INVISIBLE, "invisible-characters", "zero-width or bidirectional formatting characters", "but a name holding one is not recognised and the text may display out of order");
  return notes;
}

// News paragraphs run to a few thousand characters; a line far longer is a page whose line breaks were lost.
const LONG_LINE = 20_000;

function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  for (let start = 0, line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > best.length) best = { line, length: stop - start };
    if (end < 0) break;
    start = end + 1;
  }
  return best;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Why the bytes are not text, or null. NUL never occurs in text; a run of other control bytes rarely does. */
function binaryReason(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return `has a NUL byte at offset ${i}: not a text file`;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls / bytes.length > 0.1
    ? `${Math.round((100 * controls) / bytes.length)}% of its bytes are control characters: not a text file`
    : null;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c === 0xe0) (need = 2), (lo = 0xa0);
    else if (c === 0xed) (need = 2), (hi = 0x9f);
    else if (c >= 0xe1 && c <= 0xef) need = 2;
    else if (c === 0xf0) (need = 3), (lo = 0x90);
    else if (c === 0xf4) (need = 3), (hi = 0x8f);
    else if (c >= 0xf1 && c <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

// Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1, turning the curly quotes and dashes that
// Windows editors write (0x80–0x9F) into C1 controls; this is the WHATWG table for that range.
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : b);
  return text;
}
