// The dates each sentence states, read in reading order (what a date means depends on the dates before it): a
// dateline's or a report's date is no meeting's, a timeline's entry date carries its year to the lines under it, and a
// year right beside a trigger ("the 2019 summit") dates it.
import { type Anchor, type DateMention, findDates, isAgencyCredit, isPlacePrefix } from "../../dates.ts";
import { dayOf, isoDay, weekSpan } from "../../dates/days.ts";
import { cutNumberStart } from "../../ingest/cut.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import type { Sentence } from "../../types.ts";
import type { OwnDate } from "./counted.ts";
import { type EventCues, eventCues } from "../cues.ts";
import { DATELINE_FURNITURE_SENTENCES } from "../venue/dateline.ts";
import { type ModalityCue, type Trigger, cueMatches, triggerMatches } from "../lexicon.ts";
import type { TriggerHit } from "../mention-types.ts";
import type { Window } from "./news-window.ts";
import { countedFromReport } from "./report-relative.ts";
import { countWords } from "../scope.ts";

/** The dateline opens one of the first sentences: the headline, a byline, then the lead. */
const DATELINE_SENTENCES = 3;
/** How many sentences back an earlier stated date may place a deictic ("pekan ini") in spliced-in background. */
const CONTEXT_REACH = 8;

/**
 * The dates each sentence states, read in order and only as far as they are asked for: what a sentence's date
 * expressions mean depends on the dates stated before it, and the sentences after the last one that reports a meeting
 * are read only when the news's date is looked for in the whole article.
 */
export interface SentenceDates {
  of(index: number): readonly OwnDate[];
  all(): ReadonlyArray<readonly OwnDate[]>;
}

export function sentenceDates(sentences: readonly Sentence[], anchor: Anchor | null, window: Window | null, modality: readonly ModalityCue[], text: string, pack: LanguagePack, personStarts: readonly number[]): SentenceDates {
  const cues = eventCues(pack);
  const out: OwnDate[][] = [];
  const cutAt = cutNumberStart(text);
  // Explicit day dates stated so far, for deictics in background paragraphs taken over from earlier reports.
  const stated: Array<{ sentence: number; mention: DateMention }> = [];
  // The last date stated with its year, for what counts from the narrative ("In 2001 … That August, …").
  let narrative: { sentence: number; mention: DateMention } | null = null;
  // The entry of a timeline the sentence is in: its date and the paragraphs it covers.
  let entry: { mention: DateMention; paragraphs: readonly number[] } | null = null;
  let timeline: boolean | null = null;
  const readNext = () => {
    const index = out.length;
    const sentence = sentences[index]!;
    const own: OwnDate[] = [];
    const year: string | null = narrative === null || index - narrative.sentence > CONTEXT_REACH ? null : narrative.mention.date_end.slice(0, 4);
    const context: Anchor | null = year === null ? null : { date: year, precision: "year", source: "context", text: narrative!.mention.text, flags: [] };
    // "The two men last met in June 20…": a number an excerpt's cut left unfinished is not read as part of a date.
    const readable = sentence.end > cutAt ? sentence.text.slice(0, Math.max(0, cutAt - sentence.start)) : sentence.text;
    const opens = index === 0 || sentences[index - 1]!.paragraph !== sentence.paragraph;
    const inEntry = entry !== null && (!opens || entry.paragraphs.includes(sentence.paragraph)) ? entry.mention : null;
    const dates: DateMention[] = findDates(readable, anchor, pack, sentence.start, context).map((d) => (inEntry === null ? d : inEntryYear(d, inEntry, pack)));
    const heading = opens ? entryDate(sentence, dates) : null;
    if (heading !== null && (timeline ??= isTimeline(sentences, index, anchor, pack))) {
      entry = { mention: heading.mention, paragraphs: heading.alone ? [sentence.paragraph, sentence.paragraph + 1] : [sentence.paragraph] };
    } else if (opens && entry !== null && !entry.paragraphs.includes(sentence.paragraph)) entry = null;
    // "Sept. 13, 2023 - Kim meets Putin … Kim later tours an aircraft plant": a timeline entry's date dates every
    // sentence of the entry that states none, as the heading line above an entry's paragraph does.
    if (entry !== null && heading === null && dates.length === 0) {
      own.push({ mention: { ...entry.mention, text: "", start: sentence.start, end: sentence.start }, anchorText: `timeline entry ${entry.mention.text}`, report: false });
    }
    // The day of a report the sentence retells ("According to KCNA on the 13th, …"), which "the previous day" counts from.
    const reportDay = dates.find((d) => d.precision === "day" && !cues.reportRelative.test(d.text.trim()) && isReportDate(text, sentence, d, modality, cues, pack.triggers, personStarts));
    for (const found of dates) {
      if (!found.relative) narrative = { sentence: index, mention: found };
      // A span of years ("untuk periode tahun 2024-2025") is the period a plan covers, never a meeting's date.
      if (found.precision === "year" && found.date_start.slice(0, 4) !== found.date_end.slice(0, 4)) continue;
      // "Kunjungan itu berlangsung sampai Sabtu", "until Saturday": a date after an until-word, no date right before
      // it, is where a span ends; the event the sentence tells began before it, on a day it does not give.
      if (untilOnly(text, sentence, found, dates, cues)) continue;
      // "… showed him the space centre, inaugurated in 2016": a date in a participle clause set off by a comma dates the
      // thing the clause describes, not the event the sentence tells.
      if (cues.descriptionBefore.test(text.slice(Math.max(sentence.start, found.start - 60), found.start))) continue;
      // The dateline's date ("Pyongyang, November 30 (KCNA) --") dates the report, as the article's anchor; the
      // meeting in the same sentence has its own ("received … on November 29") or the news's.
      if (isDatelineDate(text, sentence, found, index)) continue;
      // A page's date line ("Wednesday, 12 February 2014" alone on the first line of a blog post) dates the page, as
      // a dateline's date does, not its news; a timeline's first entry heading keeps its date.
      if (index < DATELINE_SENTENCES && entry === null && !found.relative && sentence.text.trim() === found.text.trim()) continue;
      let mention = found;
      let anchorText = found.anchor?.text ?? "";
      if (found.relative && cues.deictic.test(found.text.trim())) {
        // Online outlets splice paragraphs of an earlier report into today's news (TEMPO's June 2024 treaty
        // paragraphs in a November story); their "pekan ini" keeps the earlier report's time, which the
        // nearest date stated before them gives.
        const earlier = stated.filter((s) => index - s.sentence <= CONTEXT_REACH).at(-1);
        if (earlier !== undefined && window !== null && dayOf(earlier.mention.date_start) < window.first) {
          const context: Anchor = { date: earlier.mention.date_start, precision: "day", source: "context", text: earlier.mention.text, flags: [] };
          const again = findDates(found.text, context, pack, found.start)[0];
          if (again !== undefined) {
            mention = again;
            anchorText = `context ${earlier.mention.text}`;
          }
        }
      }
      if (reportDay !== undefined && found !== reportDay && found.relative && cues.reportRelative.test(found.text.trim())) {
        const again = countedFromReport(found, reportDay);
        if (again !== null) {
          mention = again;
          anchorText = `report ${reportDay.text}`;
        }
      }
      const report = mention.precision === "day" && isReportDate(text, sentence, mention, modality, cues, pack.triggers, personStarts);
      const told = report ? mention : undefined;
      if (report) {
        const week = weekSpan(dayOf(mention.date_start));
        mention = { ...mention, date_start: isoDay(week.first), date_end: isoDay(week.last), precision: "week" };
        anchorText = "report date";
      }
      own.push(told === undefined ? { mention, anchorText, report } : { mention, anchorText, report, told });
      // "Tepat setahun lalu, Rabu (19/6/2024), …": a date the sentence itself counts back from the time of writing is
      // recalled from today, no earlier report's time; the deictics after it keep the article's.
      const recalled = dates.some((d) => d !== found && d.relative && d.anchor?.source !== "context" && d.date_start <= found.date_start && found.date_end <= d.date_end);
      if (!found.relative && found.precision === "day" && !report && !recalled) stated.push({ sentence: index, mention: found });
    }
    out.push(own);
  };
  return {
    of(index) {
      while (out.length <= index && out.length < sentences.length) readNext();
      return out[index] ?? [];
    },
    all() {
      while (out.length < sentences.length) readNext();
      return out;
    }
  };
}

/** Whether an until-word opens `found` and no date of the sentence ends right before it (a span "Senin hingga Rabu"
 * keeps its first day). */
const UNTIL_GAP = 24;
function untilOnly(text: string, sentence: Sentence, found: DateMention, dates: readonly DateMention[], cues: EventCues): boolean {
  const before = text.slice(sentence.start, found.start);
  if (!cues.untilEnd.test(before)) return false;
  return !dates.some((d) => d !== found && d.end <= found.start && found.start - d.end <= UNTIL_GAP);
}

/** A bare year right before a trigger, perhaps with a place's name between ("That 2011 Ulan-Ude meeting", "the 2019
 * summit"), or right after one and before its demonstrative ("pertemuan 2002 itu"): the year of that event. A bare
 * number is never a date elsewhere. */
const YEAR_BEFORE_TRIGGER = /(?<![\p{L}\p{N}.,])([12]\d{3})(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,2}[^\S\n]+$/u;
const YEAR_AFTER_TRIGGER = /^[^\S\n]+([12]\d{3})(?![\p{L}\p{N}]|[.,]\d)/u;

export function yearsOfTriggers(text: string, sentence: Sentence, hits: readonly TriggerHit[], dates: readonly OwnDate[], cues: EventCues): OwnDate[] {
  const years: OwnDate[] = [];
  for (const hit of hits) {
    const before = YEAR_BEFORE_TRIGGER.exec(text.slice(sentence.start, hit.start));
    const after = YEAR_AFTER_TRIGGER.exec(text.slice(hit.end, sentence.end));
    const start = before !== null ? sentence.start + before.index : after !== null && cues.anaphorAfter.test(text.slice(hit.end + after[0].length)) ? hit.end + after[0].length - after[1]!.length : -1;
    if (start < 0 || dates.some((d) => d.mention.start <= start && start < d.mention.end) || years.some((y) => y.mention.start === start)) continue;
    const year = text.slice(start, start + 4);
    years.push({ mention: { text: year, start, end: start + 4, date_start: `${year}-01-01`, date_end: `${year}-12-31`, precision: "year", relative: false, anchor: null, flags: [] }, anchorText: "", report: false });
  }
  return years;
}

/** A timeline entry's date: a date with its year opening a paragraph, alone on its line ("25 April 2019") or before
 * a dash or colon ("Sept. 13, 2023 - Kim meets Putin"); or a month alone on its line, the section heading of a
 * year's review ("Januari", "June"), which falls in the year it reviews as a month named without a year does. */
const ENTRY_SEPARATOR = /^\s*(?:[-–—:]\s|$)/u;

function entryDate(sentence: Sentence, dates: readonly DateMention[]): { mention: DateMention; alone: boolean } | null {
  const first = dates[0];
  if (first === undefined || first.start - sentence.start !== sentence.text.length - sentence.text.trimStart().length) return null;
  const rest = sentence.text.slice(first.end - sentence.start);
  const alone = rest.trim() === "";
  if (first.relative && !(alone && first.precision === "month")) return null;
  return ENTRY_SEPARATOR.test(rest) ? { mention: first, alone } : null;
}

/** A date a timeline entry states without its year ("diterima Putin pada 16 Januari" under "Januari") is in the
 * year nearest the entry's date, not the one nearest the day of writing (a review written in December). */
function inEntryYear(date: DateMention, entry: DateMention, pack: LanguagePack): DateMention {
  if (!date.flags.includes("year-inferred") || !(entry.precision === "day" || entry.precision === "month")) return date;
  const against: Anchor = { date: entry.precision === "day" ? entry.date_start : entry.date_start.slice(0, 7), precision: entry.precision, source: "context", text: entry.text, flags: [] };
  return findDates(date.text, against, pack, date.start)[0] ?? date;
}

/** Whether the article is a timeline: at least two paragraphs open with an entry's date (one is a date line). */
function isTimeline(sentences: readonly Sentence[], from: number, anchor: Anchor | null, pack: LanguagePack): boolean {
  for (let i = from + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (sentences[i - 1]!.paragraph === s.paragraph) continue;
    if (entryDate(s, findDates(s.text, anchor, pack, s.start)) !== null) return true;
  }
  return false;
}

/** Whether a date is a wire dateline's own ("SEOUL, Oct. 18 (Yonhap) --"), opening one of the first sentences; or,
 * credited to an agency ("Pyongyang, June 20 (KCNA) --"), one of the first below a page's furniture (a site's name,
 * a section, a headline, a date line). */
function isDatelineDate(text: string, sentence: Sentence, date: DateMention, sentenceIndex: number): boolean {
  if (!isPlacePrefix(text.slice(sentence.start, date.start))) return false;
  return sentenceIndex < DATELINE_SENTENCES || (sentenceIndex < DATELINE_FURNITURE_SENTENCES && isAgencyCredit(text.slice(date.end, sentence.end)));
}

/** Whether a date is the report's ("KCNA melaporkan pada hari Rabu"); one in the reported clause, after "bahwa"/"that",
 * is the event's ("… bahwa Kim menerima Shoigu kemarin"), and so is one after a clause of its own, a person and the
 * event, which a language may report without a complementizer ("KCNA melaporkan Kim menerima Lavrov pada Sabtu
 * (12/7)"; not "Choe dilaporkan telah kembali dari kunjungannya pada hari Jumat", whose report has no subject after it;
 * but "Lavrov dilaporkan telah tiba … pada Rabu", a perfect marker and a trigger right after the source word). */
function isReportDate(text: string, sentence: Sentence, date: DateMention, modality: readonly ModalityCue[], cues: Pick<EventCues, "complementizer" | "perfectStart">, triggers: readonly Trigger[], personStarts: readonly number[]): boolean {
  const before = text.slice(sentence.start, date.start);
  return cueMatches(modality, "source", before).some((m) => {
    const between = before.slice(m.index + m.text.length);
    if ((m.entry.window !== null && countWords(between) > m.entry.window) || cues.complementizer.test(between)) return false;
    // "Lavrov dilaporkan telah tiba di Pyongyang pada Rabu": a perfect marker right after the source word, and a trigger
    // right after it, open the event's own predicate, which the date after it dates. ("Choe dilaporkan telah kembali
    // dari kunjungannya pada hari Jumat" dates the return, no trigger's: the report's date still, for the visit.)
    const perfect = cues.perfectStart.exec(between);
    if (perfect !== null && triggerMatches(triggers, between.slice(perfect[0].length)).some((t) => countWords(between.slice(perfect[0].length, perfect[0].length + t.index)) === 0)) return false;
    const from = sentence.start + m.index + m.text.length;
    const clause = personStarts.some((p) => p >= from && p < date.start) && triggerMatches(triggers, between).length > 0;
    return !clause;
  });
}

