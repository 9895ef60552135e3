import { anchorSpan, isoDay } from "./dates/days.ts";
import { candidates } from "./dates/read.ts";
import { resolve } from "./dates/resolve.ts";
import { rulesOf } from "./dates/rules.ts";
import type { Anchor, DateMention, Resolved, Span } from "./dates/types.ts";
import type { LanguagePack } from "./lang/pack.ts";

// Date recognition and resolution for news text, in the article's language. chrono's locale for that language
// supplies the grammar of absolute dates (month names, "Sabtu, 2 November 2024", "June 18-19", slash dates); the
// words of what it lacks or resolves against the local clock (weekdays, "Rabu (30/10)", "tahun 2024-2025",
// "hari ini", "last week", "three days ago", "Juni lalu") come from the language pack (data/lang/<lang>/) and are
// matched here (dates/rules.ts compiles them, dates/read.ts reads the candidates). Every date is resolved here too
// (dates/resolve.ts), in whole UTC days against an explicit anchor (dates/anchor.ts): chrono's own relative
// arithmetic reads the machine's time zone and "now".

/**
 * Dates mentioned in `text`, in the language of `pack`, resolved against `anchor`; offsets are shifted by `base`.
 * `context`, a date the narrative stated before the text, places what counts from the narrative ("that August");
 * without it such a date is left out rather than given the year of writing.
 */
export function findDates(text: string, anchor: Anchor | null, pack: LanguagePack, base = 0, context: Anchor | null = null): DateMention[] {
  const span = anchor === null || anchor.precision === "month-day" ? null : spanOf(anchor);
  const mentions: DateMention[] = [];
  for (const c of candidates(text, rulesOf(pack))) {
    const narrative = (c.expr.kind === "month" || c.expr.kind === "date") && c.expr.dir === "narrative" ? { ...c.expr, dir: null } : null;
    if (narrative !== null && context === null) continue;
    const against = narrative === null ? anchor : context;
    const resolved = narrative === null || context === null ? resolve(c.expr, anchor, span) : resolve(narrative, context, anchorSpan(context));
    if (resolved === null) continue;
    mentions.push({
      text: text.slice(c.start, c.end),
      start: base + c.start,
      end: base + c.end,
      date_start: isoDay(resolved.first),
      date_end: isoDay(resolved.last),
      precision: resolved.precision,
      relative: resolved.relative,
      anchor: resolved.relative ? against : null,
      flags: resolved.flags
    });
  }
  return mentions;
}

/** anchorSpan of the anchor given last: an article's sentences are read against one anchor, one after another. */
let lastSpan: { anchor: Anchor; span: Span } | null = null;

function spanOf(anchor: Anchor): Span {
  if (lastSpan?.anchor !== anchor) lastSpan = { anchor, span: anchorSpan(anchor) };
  return lastSpan.span;
}

/** The first date expression in `expression`, resolved against `anchor`. */
export function resolveDate(expression: string, anchor: Anchor, pack: LanguagePack): Resolved | null {
  const m = findDates(expression, anchor, pack)[0];
  if (m === undefined) return null;
  return { date_start: m.date_start, date_end: m.date_end, precision: m.precision, flags: m.flags };
}

export { anchorDate, anchorFindings, chooseAnchor, isAgencyCredit, isPlacePrefix, wireDatelineLength } from "./dates/anchor.ts";
export { writtenOn } from "./dates/resolve.ts";
export type { Anchor, DateFlag, DateMention, DatePrecision, Resolved } from "./dates/types.ts";
