// The news window: the days an article's own news may fall in, from its publication date and the anchor the dates
// module settled, widened back by NEWS_WINDOW_DAYS.
import type { Anchor } from "../../dates.ts";
import type { Span } from "../../dates/types.ts";
import { dayOf, partialSpan } from "../../dates/days.ts";
import type { Group } from "../mention-types.ts";

/** A news report's own events fall in its publication period or the two weeks before. */
const NEWS_WINDOW_DAYS = 14;
export interface Window {
  first: number;
  last: number;
}

export function newsWindow(anchor: Anchor | null, published: string): Window | null {
  const spans = [anchor === null ? null : partialSpan(anchor.date), published === "" ? null : partialSpan(published)].filter((s): s is Span => s !== null);
  if (spans.length === 0) return null;
  return {
    first: Math.min(...spans.map((s) => s.first)) - NEWS_WINDOW_DAYS,
    last: Math.max(...spans.map((s) => s.last))
  };
}

/**
 * Without a publication date the article's date is a guess (a date in a caption), and an article is written after
 * every meeting it reports without a modal: the news period ends no earlier than the latest of them.
 */
export function latestNews(window: Window | null, groups: readonly Group[]): Window | null {
  const days = groups.filter((g) => !g.planned && g.date !== null && g.date.mention.precision === "day").map((g) => dayOf(g.date!.mention.date_start));
  if (window === null || days.length === 0) return window;
  const last = Math.max(...days);
  return last <= window.last ? window : { first: last - NEWS_WINDOW_DAYS, last };
}
