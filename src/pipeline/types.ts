// Row types shared by every pipeline stage, the loaders, the CLI and the tests.
// Offsets (char_start/char_end, start/end) always index an article's *stored text*:
// the file decoded to a string (UTF-8, or Windows-1252 when it is not valid UTF-8),
// with a leading BOM dropped and CRLF/CR line ends turned into LF.

export type Severity = "info" | "warning" | "error";

/** One row of ingest_report.csv: a finding about an input file or source-log row. */
export interface Finding {
  /** The article id, or the input file's path relative to the data dir when there is no id. */
  article_id: string;
  /** The input file the finding is about, relative to the data dir ("articles/000.txt", "sources.csv"). */
  file: string;
  severity: Severity;
  /** Machine-readable code, kebab-case: "bom", "crlf", "not-utf8", "empty-file", "binary-file",
   * "no-source-row", "no-file", "duplicate-id", "invalid-row", "boilerplate-removed", "metadata" … */
  code: string;
  message: string;
  /** 1-based line in `file`, or null when the finding is about the whole file. */
  line: number | null;
}

/** A row of data/sources.csv after validation. */
export interface SourceRow {
  article_id: string;
  file: string;
  outlet: string;
  url: string;
  language: string;
  /** ISO 8601, possibly partial: "2024", "2024-11", "2024-11-02". Empty when unknown. */
  published: string;
  title: string;
  notes: string;
  /** 1-based line of this row in sources.csv (the header is line 1). */
  line: number;
}

export type ArticleStatus = "ok" | "warning" | "error";

/** An article as read and decoded by ingest. */
export interface Article {
  article_id: string;
  file: string;
  outlet: string;
  url: string;
  language: string;
  published: string;
  published_precision: "day" | "month" | "year" | "";
  title: string;
  /** Stored text (see the note at the top of this file). */
  text: string;
  chars: number;
  /** sha256 of the file's bytes as received, hex. */
  sha256: string;
  encoding: "utf-8" | "windows-1252";
  status: ArticleStatus;
}

/** A line the clean stage removed (boilerplate) or turned into metadata. */
export interface RemovedLine {
  /** 1-based line number in the stored text. */
  line: number;
  start: number;
  end: number;
  text: string;
  /** The boilerplate pattern id (data/lexicon/boilerplate.csv) that matched. */
  pattern_id: string;
  /** "drop": boilerplate; "byline" / "translator" / "editor" / "source" / "title": kept as metadata. */
  action: BoilerplateAction;
}

export type BoilerplateAction = "drop" | "byline" | "translator" | "editor" | "source" | "title";

/**
 * A row of data/lexicon/boilerplate.csv after validation.
 * match "exact" and "regex" test a whole line (trimmed); "tail" strips a match at the end of a body line;
 * "rule" switches on a detector written in code (clean.ts), named in `pattern`.
 */
export interface BoilerplatePattern {
  pattern_id: string;
  action: BoilerplateAction;
  match: "exact" | "regex" | "tail" | "rule";
  /** "" or "i" (case-insensitive). Regexes are always compiled with the `u` flag. */
  flags: string;
  /**
   * When not empty, the pattern applies only right after a line removed by one of these pattern ids ('|' between
   * them; blank lines skipped). After a line removed by the row itself (a run: the items of a related-links list),
   * it applies only on the very next line: a blank line ends the run.
   */
  after: string;
  pattern: string;
  description: string;
  /** 1-based line in boilerplate.csv. */
  line: number;
  /** The compiled test (null for rules): anchored to the whole trimmed line, or to its end for "tail". */
  regex: RegExp | null;
}

/** What ingest reads: the source log's text and every file under articles/, paths relative to the data dir. */
export interface IngestInput {
  /** The source log; `bytes`, when given, is decoded as an article's bytes are (ingest.ts) instead of `text`. */
  sourcesCsv: { file: string; text: string; bytes?: Uint8Array };
  /** `unreadable`: why the file could not be read (a broken link); it is reported, with empty bytes. */
  files: Array<{ file: string; bytes: Uint8Array; unreadable?: string }>;
  /** The day the build runs (src/io/read.ts: SOURCE_DATE_EPOCH, else the clock): a published date after it is an error. */
  today?: Date;
}

/** Result of the clean stage: which parts of the stored text are article body. */
export interface Cleaned {
  article_id: string;
  /** Body lines kept, as [start, end) offsets into the stored text, in order; end excludes the newline. */
  kept: Array<{ line: number; start: number; end: number }>;
  removed: RemovedLine[];
  metadata: { byline: string[]; translator: string[]; editor: string[]; source: string[]; title: string[] };
}

export interface Paragraph {
  article_id: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface Sentence {
  article_id: string;
  /** `${article_id}-s${index}`, index 1-based, zero-padded to 3 digits. */
  sentence_id: string;
  paragraph: number;
  index: number;
  start: number;
  end: number;
  /** text.slice(start, end) of the stored text. */
  text: string;
}
