// RFC 4180 CSV, small enough to read in one sitting. We parse ourselves rather than with d3-dsv because
// every validation error has to name the line an editor should open, and d3-dsv does not keep line numbers.

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may run over several lines). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
}

export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string
  ) {
    super(`${file} line ${line}: ${reason}`);
    this.name = "CsvError";
  }
}

/** Parses `text` (the contents of `file`, named in errors) into a header and records. Throws CsvError. */
export function parseCsv(text: string, file: string): CsvTable {
  const { header, rows, errors } = parseCsvRows(text, file, { recover: false });
  if (errors.length > 0) throw errors[0];
  return { header, rows };
}

export interface CsvRows extends CsvTable {
  /** Every record that could not be read, each once; the other records are in `rows`. */
  errors: CsvError[];
  /** Records read, good and bad: what the file names, whatever its faults. */
  records: number;
}

export interface CsvRowsOptions {
  /** The field separator: "," unless a spreadsheet saved the file with ";" (decimal-comma locales). */
  delimiter?: string;
  /** Go on after a bad record (true) or stop at the first error (false, parseCsv). */
  recover?: boolean;
}

/**
 * Parses `text` record by record: a record that cannot be read (an unescaped quote, a field too many) becomes
 * a CsvError with its line and is left out, and reading goes on at the next line, so one hand-edited row
 * never costs the others. For files an editor keeps by hand, where one mistake should not lose the rest.
 */
export function parseCsvRows(text: string, file: string, { delimiter = ",", recover = true }: CsvRowsOptions = {}): CsvRows {
  const errors: CsvError[] = [];
  const fail = (error: CsvError) => {
    if (!recover) throw error;
    errors.push(error);
  };
  let records: RawRecord[];
  try {
    records = tokenize(text.startsWith("\uFEFF") ? text.slice(1) : text, file, delimiter, fail);
  } catch (error) {
    if (error instanceof CsvError) return { header: [], rows: [], errors: [error], records: 0 };
    throw error;
  }
  const total = records.length + errors.length;
  const first = records.shift();
  if (first === undefined) return { header: [], rows: [], errors, records: 0 };
  try {
    const header = first.fields;
    const seen = new Set<string>();
    for (const name of header) {
      if (name.trim() === "") throw new CsvError(file, first.line, "the header has an empty column name");
      if (seen.has(name)) throw new CsvError(file, first.line, `the header repeats the column '${name}'`);
      seen.add(name);
    }
    const rows: CsvRecord[] = [];
    for (const { line, fields } of records) {
      if (fields.length !== header.length) {
        fail(new CsvError(file, line, `expected ${header.length} fields, found ${fields.length}`));
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, i) => (values[name] = fields[i] ?? ""));
      rows.push({ line, values });
    }
    // Bad records before the first good one may have been the header; keep errors in file order.
    errors.sort((a, b) => a.line - b.line);
    return { header, rows, errors, records: total - 1 };
  } catch (error) {
    if (!(error instanceof CsvError) || !recover) throw error;
    return { header: [], rows: [], errors: [error, ...errors], records: total - 1 };
  }
}

interface RawRecord {
  line: number;
  fields: string[];
}

/** Splits text into records. A bad record is handed to `fail`, then reading resumes after its first line. */
function tokenize(text: string, file: string, delimiter: string, fail: (error: CsvError) => void): RawRecord[] {
  const records: RawRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const endOfLine = (from: number) => {
    const m = /\r\n?|\n/g;
    m.lastIndex = from;
    const found = m.exec(text);
    return found === null ? n : found.index + found[0].length;
  };
  while (i < n) {
    // Blank lines between records are tolerated: hand-edited files often end with several.
    if (text[i] === "\n" || text[i] === "\r") {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    const start = { i, line };
    try {
      const fields = record();
      records.push({ line: start.line, fields });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      fail(error);
      // A record runs over several lines only inside quotes; when those quotes are the mistake, the lines
      // after the first are rows of their own.
      i = endOfLine(start.i);
      line = start.line + 1;
    }
  }
  return records;

  function record(): string[] {
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (text[i] === '"') {
        const open = line;
        i++;
        for (;;) {
          if (i >= n) throw new CsvError(file, open, "a quoted field is never closed");
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
          value += c;
          i++;
        }
        if (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
          throw new CsvError(file, line, "unexpected text after a closing quote (a quote inside a quoted field is written twice: \"\")");
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
          if (text[i] === '"') throw new CsvError(file, line, "a quote inside an unquoted field (quote the whole field and write the quote twice: \"\")");
          value += text[i];
          i++;
        }
      }
      fields.push(value);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    return fields;
  }
}

type Cell = string | number | boolean | null | undefined;

/**
 * Formats rows as CSV with the given columns, in the order given (callers sort: a table knows its own key),
 * `\n` line ends and a final newline. Text cells that a spreadsheet would run as a formula get a leading `'`, and
 * so do cells already starting with `'` before such a character, so that readers can take exactly one off
 * again (plainCell in src/components/rows.ts, for the pages).
 */
export function formatCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return [...csvChunks(columns, rows)].join("");
}

/**
 * What formatCsv returns, in pieces of at most `lines` rows (the first piece begins with the header), for a writer
 * that sends each to a file and lets it go: a table's CSV is then never whole in memory, and its lines die young.
 */
export function* csvChunks<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[], lines = 2000): Generator<string> {
  let chunk = columns.map((c) => quote(c)).join(",") + "\n";
  let count = 0;
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < columns.length; i++) line += (i === 0 ? "" : ",") + formatCell(row[columns[i]!] as Cell);
    chunk += line + "\n";
    if (++count === lines) {
      yield chunk;
      chunk = "";
      count = 0;
    }
  }
  if (chunk !== "") yield chunk;
}

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  return quote(/^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
