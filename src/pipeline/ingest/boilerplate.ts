import { z } from "zod";
import { CsvError } from "../csv.ts";
import { escapeRegExp } from "../lang/regex.ts";
import { parseRows } from "../rows.ts";
import type { BoilerplatePattern } from "../types.ts";

export const BOILERPLATE_COLUMNS = ["pattern_id", "action", "match", "flags", "after", "pattern", "description"] as const;

/** Detectors written in code, switched on by a `rule` row, with the only action each may take. */
export const BOILERPLATE_RULES = { "repeated-line": "drop", headline: "title" } as const;

const rowSchema = z.object({
  pattern_id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "is not a kebab-case id" }),
  action: z.enum(["drop", "byline", "translator", "editor", "source", "title"], {
    error: "is not one of drop, byline, translator, editor, source, title"
  }),
  match: z.enum(["exact", "regex", "tail", "rule"], { error: "is not one of exact, regex, tail, rule" }),
  flags: z.enum(["", "i"], { error: "is not empty or 'i'" }),
  after: z.string(),
  pattern: z.string().min(1, { error: "is empty" }),
  description: z.string()
});

/** Parses and validates the boilerplate lexicon (`file` names it in errors); throws on the first problem. */
export function parseBoilerplate(text: string, file: string): BoilerplatePattern[] {
  const patterns: BoilerplatePattern[] = [];
  const ids = new Map<string, number>();
  for (const { line, ...row } of parseRows(text, file, BOILERPLATE_COLUMNS, rowSchema)) {
    const previous = ids.get(row.pattern_id);
    if (previous !== undefined) throw new CsvError(file, line, `pattern_id '${row.pattern_id}' is already used on line ${previous}`);
    // `after` lists pattern ids separated by '|'; a row may name itself, for a run of such lines (a list of links).
    for (const id of row.after === "" ? [] : row.after.split("|")) {
      if (!ids.has(id) && id !== row.pattern_id) {
        throw new CsvError(file, line, `after '${id}' is not a pattern_id defined above this line`);
      }
    }
    let regex: RegExp | null = null;
    if (row.match === "rule") {
      if (!Object.hasOwn(BOILERPLATE_RULES, row.pattern)) {
        throw new CsvError(file, line, `pattern '${row.pattern}' is not a rule (${Object.keys(BOILERPLATE_RULES).join(", ")})`);
      }
      const action = BOILERPLATE_RULES[row.pattern as keyof typeof BOILERPLATE_RULES];
      if (row.action !== action) throw new CsvError(file, line, `rule '${row.pattern}' takes action '${action}', not '${row.action}'`);
    } else {
      const source = row.match === "exact" ? escapeRegExp(row.pattern) : row.pattern;
      try {
        regex = new RegExp(row.match === "tail" ? `(?:${source})$` : `^(?:${source})$`, `u${row.flags}`);
      } catch {
        throw new CsvError(file, line, `pattern '${row.pattern}' is not a valid regular expression`);
      }
    }
    ids.set(row.pattern_id, line);
    patterns.push({ ...row, line, regex });
  }
  return patterns;
}

