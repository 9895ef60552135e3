// A date in a fronted clause that an ordering word opens and no trigger of the sentence stands in ("After taking
// power in 1999, Putin visited Pyongyang in July 2000"; "Setelah mengambil alih kekuasaan pada tahun 1999, Putin
// mengunjungi Pyongyang pada Juli 2000"): the clause tells of something else, before or after the event, so its date
// is not the event's when the event has a date of its own after its trigger. Owns that decision only; the words
// are the pack's clause openers (clause_openers.csv).
import { BOUNDARY } from "../scope.ts";
import type { EventCues } from "../cues.ts";
import type { OwnDate } from "./counted.ts";

/**
 * Whether `date`, standing before the sentence's first trigger `first`, is in a fronted clause opened by an
 * ordering word at the sentence's start and closed by punctuation before the trigger, while another of the
 * sentence's dates follows the trigger.
 */
export function inFrontedOrderingClause(text: string, sentenceStart: number, date: OwnDate, first: { start: number; end: number }, dates: readonly OwnDate[], cues: Pick<EventCues, "orderingOpener">): boolean {
  if (date.mention.end > first.start) return false;
  if (!dates.some((d) => d !== date && d.mention.start >= first.end)) return false;
  if (!BOUNDARY.test(text.slice(date.mention.end, first.start))) return false;
  const opening = text.slice(sentenceStart, date.mention.start);
  // (orderingOpener is not global: exec keeps no state between calls.)
  const opener = cues.orderingOpener.exec(opening);
  return opener !== null && opening.slice(0, opener.index).trim() === "" && !BOUNDARY.test(opening);
}

/**
 * "Meskipun tahun lalu kedua negara memperingati 75 tahun hubungan diplomatik, kunjungan … menjadi bersejarah",
 * "Although the two countries marked an anniversary last year, …": whether `date`, before the sentence's first
 * trigger `first`, is in a fronted concessive clause (an opener of concessive_openers.csv at the sentence's start,
 * closed by punctuation before the trigger). That clause tells something conceded beside the event, never its time.
 */
export function inFrontedConcessiveClause(text: string, sentenceStart: number, date: OwnDate, first: { start: number }, cues: Pick<EventCues, "concessiveOpening">): boolean {
  if (date.mention.end > first.start) return false;
  if (!BOUNDARY.test(text.slice(date.mention.end, first.start))) return false;
  const opening = text.slice(sentenceStart, date.mention.start);
  return cues.concessiveOpening.test(opening) && !BOUNDARY.test(opening);
}

