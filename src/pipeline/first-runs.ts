// The held-out sets' first runs (test/fixtures/heldout/first-runs.csv): how the extractor did on real pages nobody had
// tuned it to, measured once, before any rule was changed for them. A first run cannot be measured again (the rules
// have since learnt from the set), so it is kept as a record beside the sets, one row a set, and read by the
// accuracy loader with each set's score today.
import { z } from "zod";
import { CsvError } from "./csv.ts";
import { assertUnique, parseRows } from "./rows.ts";

export interface FirstRun {
  /** The set's folder under test/fixtures/heldout/. */
  set: string;
  language: string;
  articles: number;
  /** The code it ran on: a commit, and what it had on top. */
  runOn: string;
  events: { recall: number; precision: number; plannedAsHappened: number };
  /** Null where the set's gold has nothing to measure (no quotation by a named person: no recall, no speaker). */
  quotes: { recall: number | null; precision: number | null; speaker: number | null };
  /** Where the pages came from. */
  comment: string;
}

export const FIRST_RUN_COLUMNS = ["set", "language", "articles", "run_on", "events_recall", "events_precision", "planned_as_happened", "quotes_recall", "quotes_precision", "speaker", "comment"] as const;

const share = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: "is not a share from 0 to 1" })
  .transform(Number);
/** A share, or nothing where the set gives the measure nothing to count. */
const shareOrNone = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)?$/, { error: "is not a share from 0 to 1 (or empty where nothing was counted)" })
  .transform((v) => (v === "" ? null : Number(v)));
const count = z
  .string()
  .regex(/^\d+$/, { error: "is not a whole number" })
  .transform(Number);
const rowSchema = z.object({
  set: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "is not a set folder's name" }),
  language: z.string().regex(/^[a-z]{2}$/, { error: "is not an ISO 639-1 code" }),
  articles: count,
  run_on: z.string().trim().min(1, { error: "is empty" }),
  events_recall: share,
  events_precision: share,
  planned_as_happened: count,
  quotes_recall: shareOrNone,
  quotes_precision: shareOrNone,
  speaker: shareOrNone,
  comment: z.string()
});

/** Reads first-runs.csv; an error names the file, the line and the column. */
export function parseFirstRuns(text: string, file: string): FirstRun[] {
  const rows = parseRows(text, file, FIRST_RUN_COLUMNS, rowSchema);
  assertUnique(rows, "set", file);
  if (rows.length === 0) throw new CsvError(file, 1, "no set is listed");
  return rows.map((r) => ({
    set: r.set,
    language: r.language,
    articles: r.articles,
    runOn: r.run_on,
    events: { recall: r.events_recall, precision: r.events_precision, plannedAsHappened: r.planned_as_happened },
    quotes: { recall: r.quotes_recall, precision: r.quotes_precision, speaker: r.speaker },
    comment: r.comment
  }));
}
