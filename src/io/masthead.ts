// The masthead (data/masthead.json): what an editor states about the explainer rather than what the articles
// say: the credit line, and an external count that gives the corpus's totals their scale. Read by the config
// (the footer) and by a loader (the front and methodology pages); validated here so that a typo names its field.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const bilingual = z.object({ en: z.string().min(1), id: z.string().min(1) });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date, 2024-06-30");

export const mastheadSchema = z.object({
  comment: z.string().optional(),
  credit: bilingual,
  /** A count made by someone else, over a period, of a wider kind of contact than this corpus counts. */
  externalCount: z.object({
    value: z.number().int().nonnegative(),
    from: isoDay,
    to: isoDay,
    counter: bilingual,
    what: bilingual,
    reportedBy: z.string().min(1),
    url: z.string().url(),
    reported: isoDay,
  }),
});

export type Masthead = z.infer<typeof mastheadSchema>;

/** data/masthead.json of a data folder, validated; an error names the file and the field. */
export function readMasthead(dir: string): Masthead {
  const file = join(dir, "masthead.json");
  const parsed = mastheadSchema.safeParse(parseJson(readFileSync(file, "utf-8"), file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  return parsed.data;
}

/** JSON.parse, its syntax errors naming the file (Framework's config reads the masthead too, and names nothing). */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw error instanceof SyntaxError ? new Error(`${file}: not valid JSON: ${error.message}`) : error;
  }
}
