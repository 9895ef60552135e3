// The relationship the corpus follows: its two sides and its title, from data/relationship.csv, an editor-owned
// file. The pipeline counts a meeting when people of both sides take part and reads the direction of travel
// between them; with another pair of countries in this file (and their people in the gazetteer) the same code
// follows that pair.
import { z } from "zod";
import { CsvError } from "./csv.ts";
import { parseRows } from "./rows.ts";

export interface Side {
  /** ISO 3166-1 alpha-3, as in the gazetteer's `country` column. */
  code: string;
  name_en: string;
  name_id: string;
}

export interface Relationship {
  sides: readonly [Side, Side];
  title: { en: string; id: string };
  /** The clock of the news, in minutes east of UTC: the later of the two capitals' offsets, where a day begins
   * first. A date line stamped late in a US evening is already the next morning there (dates/anchor.ts). */
  newsClock: number;
}

export const RELATIONSHIP_COLUMNS = ["key", "code", "name_en", "name_id", "utc_offset", "comment"] as const;

const rowSchema = z.object({
  key: z.enum(["side", "title"], { error: "is not side or title" }),
  code: z.string().regex(/^([A-Z]{3})?$/, { error: "is not an ISO 3166-1 alpha-3 code" }),
  name_en: z.string().trim().min(1, { error: "is empty" }),
  name_id: z.string().trim().min(1, { error: "is empty" }),
  utc_offset: z.string().regex(/^([+-](0\d|1[0-4]):[0-5]\d)?$/, { error: "is not a UTC offset like +09:00" }),
  comment: z.string()
});

export function parseRelationship(text: string, file: string): Relationship {
  const rows = parseRows(text, file, RELATIONSHIP_COLUMNS, rowSchema);
  const sides = rows.filter((row) => row.key === "side");
  const titles = rows.filter((row) => row.key === "title");
  const lastLine = rows.at(-1)?.line ?? 1;
  if (sides.length !== 2) throw new CsvError(file, sides[2]?.line ?? lastLine, `a relationship has exactly two sides, found ${sides.length}`);
  for (const side of sides) if (side.code === "") throw new CsvError(file, side.line, "code '' is empty: a side needs its ISO 3166-1 alpha-3 code");
  for (const side of sides) if (side.utc_offset === "") throw new CsvError(file, side.line, "utc_offset '' is empty: a side needs its capital's UTC offset");
  if (sides[0]!.code === sides[1]!.code) throw new CsvError(file, sides[1]!.line, `code '${sides[1]!.code}' is already the other side`);
  if (titles.length !== 1) throw new CsvError(file, titles[1]?.line ?? lastLine, `a relationship has one title row, found ${titles.length}`);
  const side = ({ code, name_en, name_id }: Side): Side => ({ code, name_en, name_id });
  const newsClock = Math.max(...sides.map((s) => minutesEast(s.utc_offset)));
  return { sides: [side(sides[0]!), side(sides[1]!)], title: { en: titles[0]!.name_en, id: titles[0]!.name_id }, newsClock };
}

/** "+09:00" → 540, "-03:30" → -210. */
function minutesEast(offset: string): number {
  const [h, m] = offset.slice(1).split(":").map(Number);
  return (offset.startsWith("-") ? -1 : 1) * (h! * 60 + m!);
}
