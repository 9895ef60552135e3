// chrono reads "the morning of August 21" as a time of day alone: "morning of August 21", with no day and no month it
// is certain of, so the date the phrase names is lost ("On the evening of 21 August, Kim arrived" had no date); and it
// reads "August 21 in the morning" as "21 in the morning", 21:00, leaving "August" alone. This module owns the repair:
// a result that is certain of neither a day nor a month is read again, the text before it up to its first word (the
// day number it took for an hour) and the text from its second word on (the date after the time-of-day word), as
// chrono reads each alone. Language-neutral: it reads chrono's results only.
import type * as chrono from "chrono-node";

/** What read.ts takes of a chrono result: where it is, its text and its components. */
export interface ChronoReading {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
}

/** chrono's results in `text`, a time of day standing before a date read for the date it names, and a day number it
 * took for an hour ("August 21 in the morning" read as 21:00) given back to the month before it. */
export function parseDates(engine: chrono.Chrono, text: string, reference: Date): ChronoReading[] {
  const out: ChronoReading[] = [];
  let done = 0; // where the last result read ends: nothing before it is read again
  for (const r of engine.parse(text, reference)) {
    const space = r.text.search(/\s/u);
    if (r.start.isCertain("day") || r.start.isCertain("month") || space < 0) {
      out.push({ index: r.index, text: r.text, start: r.start, end: r.end ?? null });
      done = r.index + r.text.length;
      continue;
    }
    // The text before it with its first word: a date that ends in that word ("… August 21" of "21 in the morning").
    for (const inner of engine.parse(text.slice(done, r.index + space), reference)) {
      const at = done + inner.index;
      if (at + inner.text.length > r.index && (inner.start.isCertain("day") || inner.start.isCertain("month"))) out.push({ index: at, text: inner.text, start: inner.start, end: inner.end ?? null });
    }
    // The rest from its second word: a date the time of day stands before ("morning of | August 21").
    const from = r.index + space;
    for (const inner of parseDates(engine, text.slice(from, r.index + r.text.length), reference)) out.push({ ...inner, index: inner.index + from });
    done = r.index + r.text.length;
  }
  return out;
}
