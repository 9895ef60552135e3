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
  const records = tokenize(text.startsWith("\uFEFF") ? text.slice(1) : text, file);
  const first = records.shift();
  if (first === undefined) return { header: [], rows: [] };
  const header = first.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === "") throw new CsvError(file, first.line, "the header has an empty column name");
    if (seen.has(name)) throw new CsvError(file, first.line, `the header repeats the column '${name}'`);
    seen.add(name);
  }
  const rows = records.map(({ line, fields }) => {
    if (fields.length !== header.length) {
      throw new CsvError(file, line, `expected ${header.length} fields, found ${fields.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = fields[i] ?? ""));
    return { line, values };
  });
  return { header, rows };
}

interface RawRecord {
  line: number;
  fields: string[];
}

function tokenize(text: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    // Blank lines between records are tolerated: hand-edited files often end with several.
    if (text[i] === "\n" || text[i] === "\r") {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
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
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          throw new CsvError(file, line, "unexpected text after a closing quote");
        }
      } else {
        while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          if (text[i] === '"') throw new CsvError(file, line, "a quote inside an unquoted field");
          value += text[i];
          i++;
        }
      }
      fields.push(value);
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    records.push({ line: start, fields });
  }
  return records;
}

type Cell = string | number | boolean | null | undefined;

/**
 * Formats rows as CSV with the given columns, in the order given (callers sort: a table knows its own key),
 * `\n` line ends and a final newline. Text cells that a spreadsheet would run as a formula get a leading `'`.
 */
export function formatCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map((c) => quote(c)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c] as Cell)).join(","));
  return lines.join("\n") + "\n";
}

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  return quote(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
