// A paragraph of history: one whose first report recalls an earlier meeting its own words date, wholly before the
// news ("The first official visit to Russia
// was paid in the summer 2001 … Kim Jong-il travelled to the whole territory of Russia … While in Moscow, he held talks
// with Vladimir Putin."). A report of that paragraph that states no date of its own goes on telling that meeting, as
// long as no report of the paragraph has returned to the news: it is background, on the recalled meeting's date, not
// the article's news. A paragraph opened by the news ("Kim arrived on Tuesday. He last came in 2019. He was greeted by
// the governor.") is no history paragraph, whatever it recalls on the way; nor is one opened by a report dated only
// through another ("The talks culminated in the signing …", the date its referent's), nor one whose date reaches into
// the news's days ("Sebelumnya, Belousov bertemu … tahun ini. … Kim menghadiri resepsi …": this year holds the news).
// A report its sentence marks as the news's present (lang/*/present_markers.csv: "Kim last visited Russia in April
// 2019 … This time his armoured train crossed into Russia at Khasan", "Kali ini, …") is the news, not the recalled
// meeting, and the paragraph has returned to the news with it: the reports after it are no history either.
import type { Group, Resolved } from "../mention-types.ts";

export class HistoryParagraph {
  private paragraph = -1;
  private report: Resolved | null = null;

  /** Reads a report as told, in order; `beforeNews`: its date ends before the news's days (or the article has none). */
  told(r: Resolved, beforeNews: boolean): void {
    const { paragraph } = r.group.sentence;
    if (paragraph !== this.paragraph) {
      this.paragraph = paragraph;
      this.report = r.role === "background" && r.date !== null && r.group.date !== null && beforeNews && !r.group.present ? r : null;
    } else if (r.role !== "background" || r.group.present) this.report = null;
  }

  /** The recalled meeting a dateless report of group `g` with the direction `host`/`guest` ("" unknown) goes on
   * telling; null when its paragraph is no history paragraph, its sentence is marked as the present, or the two go
   * opposite ways or to other countries. */
  goesOn(g: Group, host: string, guest: string): Resolved | null {
    const r = g.sentence.paragraph === this.paragraph && !g.present ? this.report : null;
    if (r === null) return null;
    const agrees = (a: string, b: string) => a === "" || b === "" || a === b;
    return agrees(host, r.host) && agrees(guest, r.guest) ? r : null;
  }
}
