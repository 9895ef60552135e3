// A welcome told in the sentence right after an arrival: "On Tuesday, Kim arrived in the border region. The minister
// welcomed him at the station." Owns that one reading: the welcome has no date of its own, and it is the arrival's
// next step, so it is on the arrival's day, not on the article's (the day of the later summit the story is about).
// mentions.ts asks it while it walks the sentences; the date itself stays the arrival's own (lastDate there).

/** What the reading needs of a group: the event types of its triggers. */
interface Typed {
  hits: ReadonlyArray<{ trigger: { event_type: string } }>;
}

/** Whether `group` is a welcome (a reception and no other kind of event) and the group dated last was an arrival. */
export function welcomesArrival(group: Typed, lastDated: Typed | null): boolean {
  if (lastDated === null || group.hits.length === 0) return false;
  return group.hits.every((h) => h.trigger.event_type === "reception") && lastDated.hits.some((h) => h.trigger.event_type === "arrival");
}
