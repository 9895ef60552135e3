// "Ahead of the summit, Kim crossed the border …", "Menjelang KTT tersebut, Kim tiba di Khasan …": words that place a
// clause before a meeting (lang/*/before_event_words.csv) make the meeting look planned, and it is, in a story
// written before it. A story written afterwards uses the same words of a meeting it already reports as held: then the
// trigger is that meeting, on its day, not a plan. Owns that decision only; mentions.ts's resolveGroups asks it for
// an undated group made planned by a modal, before it marks the group planned.

/** What the decision reads of a report (structurally: mentions.ts's Group and Resolved). */
interface GroupView {
  beforeEvent: boolean;
  anaphoric: boolean;
  planned: boolean;
  date: unknown;
  people: ReadonlySet<string>;
  hits: ReadonlyArray<{ trigger: { event_type: string } }>;
}
interface ReportView {
  group: GroupView;
  role: string;
  date: unknown;
}

/** The kinds of meeting a bare "ahead of the meeting" names without saying who travels. */
const MEETING_KINDS = new Set(["meeting", "talks", "summit", "negotiation"]);

/**
 * The report a group placed "ahead of" names, when that report is held (not planned): its referent when the group is
 * an anaphor ("the summit", "KTT tersebut"); else the article's news, when the group's people are all among the news's
 * and it names a meeting, not a trip ("Menjelang pertemuan dengan Kim"). Undefined when the group is not such a
 * trigger, is dated itself, or what it names is still to come.
 */
export function heldBefore<R extends ReportView>(g: GroupView, referent: R | undefined, news: R | undefined): R | undefined {
  if (!g.beforeEvent || !g.planned || g.date !== null) return undefined;
  const held = (r: R | undefined) => r !== undefined && r.role !== "planned" && r.date !== null;
  if (g.anaphoric) return held(referent) ? referent : undefined;
  if (!held(news) || !g.hits.every((h) => MEETING_KINDS.has(h.trigger.event_type))) return undefined;
  return [...g.people].every((p) => news!.group.people.has(p)) ? news : undefined;
}
