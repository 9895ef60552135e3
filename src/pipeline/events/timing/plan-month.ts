// "Kim Jong Un will visit Moscow in May", written in January: a month named without a year or a direction resolves
// back, as news mostly looks back ("the summit in June"), to the latest such month on or before the day of writing;
// but a plan is still to come, so its month is the next one of that name, not last year's.
import { candidates } from "../../dates/read.ts";
import { rulesOf } from "../../dates/rules.ts";
import type { Anchor } from "../../dates/types.ts";
import { writtenOn } from "../../dates.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import type { Resolved } from "../mention-types.ts";

/** A planned report dated by a bare month before the month of writing (`anchor`), moved a year on; else `r`. */
export function comingMonth(r: Resolved, anchor: Anchor | null, pack: LanguagePack): Resolved {
  const d = r.date;
  if (r.role !== "planned" || d === null || d.precision !== "month" || anchor === null || !writtenOn(anchor) || anchor.precision === "month-day" || anchor.precision === "year") return r;
  if (d.end.slice(0, 7) >= anchor.date.slice(0, 7)) return r;
  // Only a month said with no year and no direction of its own ("in May", not "May 2014", "last May", "Mei lalu").
  const exprs = candidates(d.text, rulesOf(pack)).map((c) => c.expr);
  const e = exprs[0];
  if (exprs.length !== 1 || e === undefined || e.kind !== "month" || e.year !== null || e.dir !== null || e.yearShift !== null) return r;
  const year = Number(d.start.slice(0, 4)) + 1;
  const month = d.start.slice(5, 7);
  const last = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
  return { ...r, date: { ...d, start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, "0")}` } };
}
