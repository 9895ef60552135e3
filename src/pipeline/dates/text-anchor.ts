// Whether a day an undated article's text states may date the article. A page with no date of its own (empty
// `published`, no date line) is dated by the first full day its body states, and that is wrong when the day dates
// history rather than the news: "they had met … on September 13, 2023" (only background is dated by it), or "since
// February 9, 2000, when Ivanov came to Pyongyang …" followed by "in July 2023" (the text states, with its year, a
// time years after the day: a page cannot have been written before what it tells with a year, and no plan reaches
// years ahead). Owns that decision only; pipeline.ts drops such an anchor and lets the timeline date the news.
import type { Anchor } from "./types.ts";
import type { Mention } from "../events/mentions.ts";

/** How many years after a page's date a year it states may lie (a plan for next year or the one after). */
const PLAN_REACH_YEARS = 2;

/** Whether the mentions dated by the anchor's own words are all background, and there is one. */
export function datesOnlyBackground(anchor: Anchor, mentions: readonly Mention[]): boolean {
  const dated = mentions.filter((m) => m.date_text === anchor.text);
  return dated.length > 0 && dated.every((m) => m.role === "background");
}

/** Whether some mention is dated by words stating a year more than PLAN_REACH_YEARS after the anchor's year. */
export function statesYearsAfter(anchor: Anchor, mentions: readonly Mention[]): boolean {
  const year = Number(anchor.date.slice(0, 4));
  if (!Number.isFinite(year)) return false;
  return mentions.some((m) =>
    m.date_text !== anchor.text &&
    (m.date_text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []).some((y) => Number(y) > year + PLAN_REACH_YEARS));
}

/** Whether a day stated in an undated article's text is history, not the article's date (see the header). */
export function textAnchorIsHistory(anchor: Anchor, mentions: readonly Mention[]): boolean {
  return datesOnlyBackground(anchor, mentions) || statesYearsAfter(anchor, mentions);
}
