// Validating an editor-owned CSV against a zod row schema, so that every problem is reported as
// "<file> line <n>: <column> '<value>' <what is wrong>".
import type { z } from "zod";
import { CsvError, parseCsv } from "./csv.ts";

export type WithLine<T> = T & { line: number };

export function parseRows<S extends z.ZodType<Record<string, unknown>>>(
  text: string,
  file: string,
  columns: readonly string[],
  schema: S
): Array<WithLine<z.infer<S>>> {
  const { header, rows } = parseCsv(text, file);
  for (const column of columns) {
    if (!header.includes(column)) throw new CsvError(file, 1, `the header has no column '${column}'`);
  }
  return rows.map(({ line, values }) => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? "");
      throw new CsvError(file, line, column === "" ? issue.message : `${column} '${values[column] ?? ""}' ${issue.message}`);
    }
    return { ...parsed.data, line };
  });
}

/** Throws when `key` repeats a value seen on an earlier row. */
export function assertUnique<T extends { line: number }>(rows: T[], key: keyof T & string, file: string): void {
  const seen = new Map<unknown, number>();
  for (const row of rows) {
    const previous = seen.get(row[key]);
    if (previous !== undefined) throw new CsvError(file, row.line, `${key} '${String(row[key])}' is already used on line ${previous}`);
    seen.set(row[key], row.line);
  }
}
