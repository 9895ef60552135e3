// "Kim and Putin met at Vostochny on Wednesday. The leaders last met in April 2019 on Russky Island. The talks lasted
// more than four hours.": a sentence that compares the news with the meeting before it (lang/*/recap_comparisons.csv:
// "last met", "pertama kali bertemu") is an aside of the news story; a bare definite anaphor right after it ("the
// talks", "pertemuan itu") goes on about the story's news (or, when that reads as a plan, the latest held report of
// the two sides before the aside), not about the meeting compared.
// A sentence opening with a contrast (lang/*/contrast_openers.csv: "But", "Namun") goes on about the aside
// instead. So does an anaphor whose own clause names the aside's people, not the news's ("… first met in Vladivostok in
// the spring. At that meeting, Kim pledged …" in a story of other officials' talks). Owns that choice
// only; mentions.ts's findReferent asks it once it has found the latest report.

interface GroupView {
  anaphoric: boolean;
  proximal: boolean;
  comparison: boolean;
  contrast: boolean;
  date: unknown;
  venue: unknown;
  people: ReadonlySet<string>;
}
interface ReportView {
  group: GroupView;
  role: string;
  date: unknown;
  people: ReadonlySet<string>;
}

/**
 * The news report an anaphor goes on about past a comparing aside: when `latest` is a background report from a
 * comparing sentence and the article's news (`news`, resolved; else `latestHeld`, the latest report of both sides
 * before the aside) was reported as held (main, dated). Undefined
 * otherwise: the anaphor has a date or place of its own, is proximal ("this visit", handled elsewhere), or the news is
 * a plan or undated.
 */
export function newsPastComparison<R extends ReportView>(g: GroupView, latest: R, news: R | undefined, latestHeld: () => R | undefined): R | undefined {
  // "Namun pertemuan itu tidak pernah dikonfirmasi": a contrast goes on about the aside itself.
  if (!g.anaphoric || g.proximal || g.contrast || g.date !== null || g.venue !== null) return undefined;
  if (latest.role !== "background" || !latest.group.comparison) return undefined;
  // (The anaphor's own names, all of the aside's meeting and not all of the report it would go to: the aside's.)
  const asides = (r: R) => g.people.size > 0 && [...g.people].every((p) => latest.people.has(p)) && ![...g.people].every((p) => r.people.has(p));
  const held = (r: R | undefined) => r !== undefined && r !== latest && r.role === "main" && r.date !== null && !asides(r);
  if (held(news)) return news;
  // A headline that reads as a plan ("Kim, Putin pledge closer ties at … summit") is no dated news: the latest held
  // report of the two sides before the aside stands for it.
  const fallback = latestHeld();
  return held(fallback) ? fallback : undefined;
}
