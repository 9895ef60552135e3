// "Sebelumnya, kantor berita KCNA memberitakan, Kim bertolak ke Rusia …", "Previously, the agency reported that …":
// an ordering word opening a sentence governs the first verb after its comma. When that verb is a report's (a
// speaker and a reporting verb, then a comma or a complementizer), what is earlier is the report, and the event
// reported is read as any other event the sentence tells: the word does not make it a recap of an earlier one.
import type { EventCues } from "../cues.ts";
import type { CuesAround } from "../scope.ts";

/** The cues around a trigger without an opening cue (an ordering word: modality.csv position "opening") that a
 * report clause follows; the same cues when there is none. */
export function withoutOrderedReport(around: CuesAround, cues: EventCues): CuesAround {
  const governs = (m: CuesAround["beforeCues"][number]) =>
    m.entry.position === "opening" && m.index === around.opening && cues.reportClauseStart.test(around.before.slice(m.index + m.text.length));
  return around.beforeCues.some(governs) ? { ...around, beforeCues: around.beforeCues.filter((m) => !governs(m)) } : around;
}
