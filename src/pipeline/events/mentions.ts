// Event mentions: one report, in one sentence of one article, of a meeting or visit between the two sides of the
// relationship the corpus follows (data/relationship.csv, `context.sides`). A trigger word (the language pack's event_triggers.csv) makes a mention; the people recognised around it
// are its participants, a place after a venue preposition its venue, the nearest date expression its date;
// modality cues (modality.csv) make it planned (never reported as having happened) or background.
//
// Two passes over an article. The first reads each sentence on its own. The second reads the article as a whole,
// the way a reader does: the headline and lead say what the article's news is (which may be a meeting still to
// come); a mention with no date or marker of its own refers back to what an anaphor points at ("Keduanya",
// "Pertemuan itu", "the talks"), to the same people's meeting dated elsewhere, or to the news. Every word the
// rules read comes from the article's language pack (events/cues.ts).
import { referentAtVenue } from "./anaphor-venue.ts";
import { heldBefore } from "./held-ahead.ts";
import { newsPastComparison } from "./anaphor-recap.ts";
import { findDates, isAgencyCredit, isPlacePrefix, writtenOn, type Anchor, type DateMention, type DatePrecision } from "../dates.ts";
import { isoDay } from "../dates/days.ts";
import { cutNumberStart } from "../ingest/cut.ts";
import { cityOf, deadBy, type Person, type Place } from "../recognise/gazetteer.ts";
import { eventCues, type EventCues } from "./cues.ts";
import { foreignPairMember, foreignSubject } from "./foreign-subject.ts";
import { welcomesArrival } from "./arrival-welcome.ts";
import { attendees, ATTENDANCE_REACH } from "./attendees.ts";
import { delegationSide, ownedDelegationSide } from "./delegation.ts";
import { greetedSide } from "./greeted.ts";
import { countedFrom, countedOn, type OwnDate } from "./counted.ts";
import { frontedPlan, presentTimeClause } from "./tense.ts";
import { speechOccasion } from "./speech-occasion.ts";
import { datesDocument, documentSigning } from "./document-signing.ts";
import { inFrontedOrderingClause } from "./fronted-clause.ts";
import { periodYear } from "./period-date.ts";
import { repeatsEarlierAct } from "./comparative.ts";
import { negativeSubject } from "./negative-subject.ts";
import { speakerIsSubject } from "./speaker-subject.ts";
import { objectPronounAfter, pronounObject } from "./object-pronoun.ts";
import { BOUNDARY, countWords, cuesAround, insideQuotation, inScope, isAttributed, isSpeaking, speechCut } from "./scope.ts";
import { countryPartner, outsidePair, outsidePairBefore } from "./pair.ts";
import { findVenues, KIND_RANK, placeRightAfter } from "./venue.ts";
import { placeBeforeRelative } from "./venue-relative.ts";
import type { LanguagePack } from "../lang/pack.ts";
import { cueMatches, triggerMatches, type Cameo, type EventType, type Lexicons, type ModalityCue, type ModalityKind, type Trigger } from "./lexicon.ts";
import type { EntityMention } from "../recognise/recognise.ts";
// How far down a page's furniture may push a dateline (one credited to an agency, see isDatelineDate; a place in capitals).
import { DATELINE_FURNITURE_SENTENCES, isCapitalDateline } from "./dateline.ts";
import type { Article, Sentence } from "../types.ts";

export type MentionRole = "main" | "background" | "planned";

export interface Mention {
  /** `${article_id}-m${nn}`, numbered in reading order. */
  mention_id: string;
  article_id: string;
  /** Filled by the events stage; empty for planned mentions and for mentions no event takes. */
  event_id: string;
  event_type: EventType;
  cameo: Cameo;
  date_start: string;
  date_end: string;
  date_precision: DatePrecision | "";
  /** The date expression as written in the sentence; empty when the date was carried over. */
  date_text: string;
  /** What the date was resolved against or taken from: an anchor's text, "report date", "carried over from …". */
  date_anchor: string;
  venue_id: string;
  role: MentionRole;
  char_start: number;
  char_end: number;
  /** The sentence, exactly `text.slice(char_start, char_end)`. */
  evidence: string;
  /** ISO alpha-3; empty when the mention does not say who travelled. */
  host_country: string;
  guest_country: string;
  /** Person ids of the participants, sorted. */
  people: string[];
  sentence_id: string;
  /** The trigger words, as written. */
  triggers: string[];
}

export interface MentionContext {
  /** The article's language pack: its triggers and modality cues, and the words the rules read. */
  pack: LanguagePack;
  lexicons: Lexicons;
  people: ReadonlyMap<string, Person>;
  places: ReadonlyMap<string, Place>;
  /** The ISO alpha-3 codes of the relationship's two sides: only meetings between their people count. */
  sides: Sides;
}

/** The two sides whose meetings the corpus is about, as ISO alpha-3 codes (data/relationship.csv). */
export type Sides = readonly [string, string];

export interface ArticleInput {
  article: Pick<Article, "article_id" | "text" | "published">;
  sentences: readonly Sentence[];
  /** The recogniser's people and places in these sentences. */
  entities: readonly EntityMention[];
  anchor: Anchor | null;
}

const DAY_MS = 86_400_000;
/** A news report's own events fall in its publication period or the two weeks before. */
const NEWS_WINDOW_DAYS = 14;
/** The dateline opens one of the first sentences: the headline, a byline, then the lead. */
const DATELINE_SENTENCES = 3;
/** A sentence ending in a question mark (a closing quotation mark after it is a question quoted, not asked). */
const QUESTION = /\?\s*$/u;
/** A sentence opening in lower case: the rest of one broken across lines. */
const LOWER_INITIAL = /^\p{Ll}/u;
/** The headline, dateline and first sentences: where an article says what its news is and where it happened. */
const LEAD_SENTENCES = 4;
/** Reports an undated one is compared with when looking for the same meeting elsewhere in the article. */
const WHOLE_ARTICLE = 400;
/** How many words before a date a speech verb may stand and the date still be the statement's ("said late on Wednesday"). */
const SPEECH_DATE_WORDS = 5;
/** How far after the day of writing a report that states no plan may be dated by a day and month without a year:
 * further on, the nearest-year reading is a past meeting's day ("following a Jan. 15-17 visit" in November). */
const UNPLANNED_REACH_DAYS = 31;
/** How long before the article's date a date after an anniversary's event must end to be that event's (a year, less
 * the slack of a month's or a season's span). */
const ANNIVERSARY_MIN_DAYS = 300;
/** How long before the news period a meeting may end and still be what a headline reports (a season). */
const HEADLINE_REACH_DAYS = 92;
/** How many sentences back an anaphor ("Pertemuan itu", "Keduanya") may reach. */
const ANAPHOR_REACH = 2;
/**
 * How far a plural anaphor naming the pair ("kedua menteri tersebut", "the two leaders") may reach: it can only be
 * the last two people who met, however many quotations and asides stand between.
 */
const PLURAL_ANAPHOR_REACH = 6;
/**
 * How far an event anaphor ("Kunjungan itu", "The trip") may reach back to a plan when nothing was reported since:
 * past quotations and a byline, the last event told is still the plan, and falling back on the article's news would
 * report the plan as happened.
 */
const PLAN_ANAPHOR_REACH = 6;
/** How many sentences back an earlier stated date may place a deictic ("pekan ini") in spliced-in background. */
const CONTEXT_REACH = 8;

/** How many words (a title) may stand between a clause's joining conjunction and its subject's name. */
const SUBJECT_WORDS = 3;
const TRAVEL: ReadonlySet<EventType> = new Set(["visit", "arrival", "departure"]);
// Patterns with a Unicode property (\p{L}) are made once here: written in a function, the TypeScript transform that
// runs the sources (tsx) turns each into a `new RegExp`, compiled again at every call.
/** Only a possessive ending between a date and the trigger it modifies ("Wednesday's talks"). */
const POSSESSIVE_GAP = /^(?:['’]\p{L}{0,2})?\s*$/u;
/** Between an occasion's place and its date, at most two words ("in Vladivostok in April 2019"). */
const PLACE_DATE_GAP = /^[\s,]*(?:\p{L}+\s+){0,2}$/u;
/** Between two dates that say one time twice ("a year ago, on June 19, 2024", "setahun lalu, tepatnya 19 Juni"): a
 * comma and a word or two. */
const APPOSED_DATE_GAP = /^[\s,]*(?:[\p{L}-]+\s+){0,2}$/u;
/** Between a counterpart and their date, at most three words (a place, "twice"). */
const COUNTERPART_DATE_GAP = /^[\s,]*(?:[\p{L}-]+\s+){0,3}$/u;
/** Triggers that also tell of the way home: one's own country is never where one arrives on a visit. */
const RETURN: ReadonlySet<EventType> = new Set(["arrival", "departure"]);

interface TriggerHit {
  trigger: Trigger;
  start: number;
  end: number;
  text: string;
  planned: boolean;
  /** Planned only as the event the sentence's own came ahead of ("menjelang KTT …"): see MODALITY_KINDS. */
  ahead: boolean;
  background: boolean;
  anaphoric: boolean;
  /** A proximal demonstrative ("kunjungan ini", "this visit"): the article's own news, not the last event named. */
  proximal: boolean;
  /** A passive form ("was greeted by", "dijamu"): its subject is the one received. */
  passive: boolean;
  continuing: boolean;
  /** The event an anniversary marks ("memperingati satu tahun penandatanganan"): dated by no date of its sentence. */
  marked: boolean;
  /** The places it goes to, arrives at or leaves, finest first. */
  venues: Place[];
  /** A departure from the place it names ("left Pyongyang", not "left for Moscow"): its day ends the visit. */
  leaving: boolean;
}

interface Group {
  sentence: Sentence;
  hits: TriggerHit[];
  planned: boolean;
  /** Planned only as what the sentence's own event came ahead of (TriggerHit.ahead). */
  ahead: boolean;
  background: boolean;
  anaphoric: boolean;
  proximal: boolean;
  continuing: boolean;
  summitAnaphor: boolean;
  /** Whether the group's span says the meeting is of both countries ("between the two countries"), whoever it names. */
  bothCountries: boolean;
  people: Set<string>;
  /** Position of the first participant before the first trigger, for who hosts a reception. */
  subjectCountry: string;
  venue: Place | null;
  /** The side that travels, when the clause says so whoever else it names: a delegation named as the subject
   * ("Rombongan Korea Utara tiba …", delegation.ts) or the guest of a passive greeting with no subject named
   * ("Kedatangannya disambut oleh No Kwang Chol"); "" for none. */
  travellers: string;
  /** Whether the group's clause names a country of neither side ("pembicaraan nuklir dengan AS"): talks of others. */
  foreign: boolean;
  /** Whether such a country follows a trigger of the group closely, named as a country, not after a venue's
   * preposition nor as its government's owner ("six summits so far between Russia and South Korea", not "present in
   * Ukraine", "South Korea's minister"): the meeting's other party. */
  foreignPartner: boolean;
  /** Whether the date is bound to a trigger ("September's summit", "since April 2019, when … summit"). */
  dateBound: boolean;
  /** The venue's country when it is neither side's: the two sides met on a third country's soil. */
  thirdCountry: string;
  date: OwnDate | null;
  pluralAnaphor: boolean;
  /** Whether the group's subject is a pronoun ("He was met by …", "Dia disambut …") and nothing else points back. */
  pronounSubject: boolean;
  /** Whether an object pronoun after a comitative follows a trigger ("a meeting with him"): object-pronoun.ts. */
  objectPronoun: boolean;
  /** Whether the group is a clause about another event before or after the sentence's own ("…, a month after …"). */
  aside: boolean;
  /** Whether that clause is about a later event, named as when the sentence's own happened ("a day before the summit"). */
  later: boolean;
  /** Whether an additive word ("also", "juga") stands before the group's trigger in its clause ("X and Y also arrived"). */
  additive: boolean;
  /** Whether a word of sequel ("kemudian", "afterwards") stands before the group's trigger in its clause. */
  sequel: boolean;
  /** 'Ahead of the summit', 'Menjelang KTT': the trigger is the meeting a clause is placed before (before_event_words). */
  beforeEvent: boolean;
  /** The sentence compares the news with an earlier meeting ('last met', 'pertama kali bertemu'): anaphor-recap.ts. */
  comparison: boolean;
  /** The sentence opens with a contrast ('But', 'Namun'): anaphor-recap.ts. */
  contrast: boolean;
  /** Whether a group noun of non-officials ("tourists", "pasukan") stands before the group's trigger in its clause. */
  nonOfficials: boolean;
  /** Whether a third country's official opens the subject before the group's trigger (foreign-subject.ts). */
  foreignSubject: boolean;
  /** A member of the trigger's pair is a third country's official ("Kim and Chinese President Xi held talks"). */
  foreignPair: boolean;
  /** People of neither side named in the group's span whom the sentence does not make participants (thirdPartiesApart). */
  apart: ReadonlySet<string>;
}

interface Resolved {
  group: Group;
  role: MentionRole;
  date: { start: string; end: string; precision: DatePrecision; text: string; anchor: string } | null;
  host: string;
  guest: string;
  venue: Place | null;
  people: Set<string>;
}

/** The event mentions of one article, in reading order. Pure: the same input gives the same mentions. */
export function extractMentions(input: ArticleInput, context: MentionContext): Mention[] {
  const { article, sentences, entities, anchor } = input;
  const window = newsWindow(anchor, article.published);
  // Where the people the gazetteer knows are named: a report's clause has a subject ("KCNA melaporkan Kim menerima …").
  const personStarts = entities.filter((e) => e.kind === "person" && context.people.has(e.id)).map((e) => e.start);
  const datesBySentence = sentenceDates(sentences, anchor, window, context.lexicons.modality, article.text, context.pack, personStarts);
  const groups: Group[] = [];
  // Entities by sentence, the heads of each side in reading order, and the people of the last sentence that named
  // any: looked up per sentence rather than found by scanning the article, which a long article makes quadratic.
  const bySentence = new Map<string, EntityMention[]>();
  for (const e of entities) (bySentence.get(e.sentence_id) ?? bySentence.set(e.sentence_id, []).get(e.sentence_id)!).push(e);
  const isPerson = (e: EntityMention) => e.kind === "person" && context.people.has(e.id);
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const heads = new Map(context.sides.map((side) => [side, byStart.filter((e) => e.kind === "person" && context.people.get(e.id)?.country === side && context.people.get(e.id)?.level === "head")]));
  const day = articleDay(anchor);
  let lastPeople: EntityMention[] | undefined;
  let lastDate: OwnDate | null = null;
  // The sentence of the last group: a list of those present right after it names its participants.
  let lastGroupAt = -Infinity;
  // The sentence lastDate was told in, unless it recalled an earlier meeting: a sequel right after it ("kemudian")
  // is on its day. After a recollection ("Terakhir kali ia datang … pada Juli 2000."), "Kedua pemimpin kemudian
  // menggelar pembicaraan" goes on with the news, not with the meeting recalled.
  let lastDatedAt = -Infinity;
  // The group lastDate was taken from: a welcome right after an arrival is on its day (arrival-welcome.ts).
  let lastDatedGroup: Group | null = null;
  const ofSides = (id: string) => isSide(context.sides, context.people.get(id)?.country ?? "");
  const cues = eventCues(context.pack);
  for (const [index, sentence] of sentences.entries()) {
    const inSentence = bySentence.get(sentence.sentence_id) ?? [];
    // A question reports nothing: an explainer's heading ("What happened at the summit?", "When did they last meet?")
    // asks what the paragraph under it answers.
    const hits = QUESTION.test(sentence.text) ? [] : findTriggers(article.text, sentence, inSentence, context, cues);
    // Most sentences report no meeting: they only name the people a later pronoun may stand for.
    if (hits.length > 0) {
      const dates = [...datesBySentence.of(index), ...yearsOfTriggers(article.text, sentence, hits, datesBySentence.of(index), cues)].sort((a, b) => a.mention.start - b.mention.start);
      // "Lawatan Lavrov ini yang pertama sejak 2018. Saat itu ia bertemu Kim …": "at that time" is the time the
      // sentence before stated last (not a report's day), when no meeting told there has that date to refer back to.
      const stated = index > 0 && cues.timeAnaphorOpening.test(sentence.text) ? datesBySentence.of(index - 1).filter((d) => !d.report).at(-1) : undefined;
      let recalled = stated;
      // (The groups of the sentence before are the last ones: looked at from the end, the work stays linear.)
      for (let k = groups.length - 1; recalled !== undefined && k >= 0 && groups[k]!.sentence.index === sentence.index - 1; k--) {
        if (groups[k]!.date?.mention.start === recalled.mention.start) recalled = undefined;
      }
      for (const group of sentenceGroups(article.text, sentence, hits, { inSentence, lastPeople, heads }, dates, { earlier: lastDate, article: day }, context)) {
        // "Lavrov tiba … pada Jumat (11/7). Choe kemudian menggelar jamuan …": the next step of the programme told
        // in the sentence before is on its day.
        // (An event anaphor keeps its referent's date.)
        // (A welcome in the sentence right after an arrival's is on the arrival's day, and tells no new time the story
        // goes on from; one in the arrival's own sentence is read with it.)
        const welcome = group.date === null && !group.planned && !group.anaphoric && index - lastDatedAt === 1 && welcomesArrival(group, lastDatedGroup);
        if (group.date === null && (group.sequel || welcome) && !group.planned && !group.anaphoric && index - lastDatedAt <= 1) group.date = lastDate;
        if (group.date === null && recalled !== undefined) group.date = recalled;
        groups.push(group);
        lastGroupAt = index;
        // (An anniversary's event, a year back at least, is no time the story goes on from.)
        if (group.date !== null && !welcome && !group.planned && !group.hits.every((h) => h.marked)) [lastDate, lastDatedAt, lastDatedGroup] = [group.date, group.background ? -Infinity : index, group];
      }
    } else if (index - lastGroupAt <= ATTENDANCE_REACH && !groups.at(-1)!.planned) {
      // "Present there were …" after a meeting: its participants.
      for (const id of attendees(sentence.text, inSentence, cues.attendance, ofSides)) groups.at(-1)!.people.add(id);
    }
    const people = inSentence.filter(isPerson);
    if (people.length > 0) lastPeople = people;
  }
  const resolved = resolveGroups(groups, sentences, article.published === "" ? latestNews(window, groups) : window, datesBySentence, anchor, leadPlaces(input, context), context);
  const kept = resolved.map((r) => living(r, anchor, context.people)).filter((r) => involvesBothSides(r, context.people, context.sides) || ofBothCountries(r, context.people, context.sides));
  const pad = String(kept.length).length > 2 ? 3 : 2;
  return kept.map((r, i) => toMention(r, context.sides, article.article_id, `${article.article_id}-m${String(i + 1).padStart(pad, "0")}`));
}

// ——— dates ———————————————————————————————————————————————————————————————————————————————————————————

interface Window {
  first: number;
  last: number;
}

function newsWindow(anchor: Anchor | null, published: string): Window | null {
  const spans = [anchor === null ? null : partialSpan(anchor.date), published === "" ? null : partialSpan(published)].filter((s): s is Window => s !== null);
  if (spans.length === 0) return null;
  return {
    first: Math.min(...spans.map((s) => s.first)) - NEWS_WINDOW_DAYS,
    last: Math.max(...spans.map((s) => s.last))
  };
}

/**
 * The places the lead names (the dateline, the first sentences), finest first, then in reading order: where the
 * news happened when its own reports do not say. A place after "outside"/"di luar" is not one, nor one in a recap,
 * nor one a reporting verb follows ("the Kremlin said"): a government speaking. A dateline in capitals below the
 * page's furniture counts as the lead's.
 */
function leadPlaces(input: ArticleInput, context: MentionContext): Place[] {
  const cues = eventCues(context.pack);
  // (A lead sentence that opens as a recap, "Sebelumnya, …", "Foto arsip - …", names an earlier occasion's places.)
  const recap = (s: Sentence) => cueMatches(context.lexicons.modality, "background", s.text).some((m) => m.entry.position === "opening" && s.text.slice(0, m.index).trim() === "");
  const lead = new Set(input.sentences.slice(0, LEAD_SENTENCES).filter((s) => !recap(s)).map((s) => s.sentence_id));
  // (A dateline in capitals that a page's furniture pushed below the lead, "SOSNOVY BOR, Russia - …", is the lead's.)
  const below = new Map(input.sentences.slice(LEAD_SENTENCES, DATELINE_FURNITURE_SENTENCES).map((s) => [s.sentence_id, s]));
  const dateline = (e: EntityMention) => {
    const s = below.get(e.sentence_id);
    return s !== undefined && isCapitalDateline(input.article.text, s, e);
  };
  const found: Array<{ place: Place; start: number }> = [];
  for (const e of input.entities) {
    const place = e.kind === "place" && (lead.has(e.sentence_id) || dateline(e)) ? context.places.get(e.id) : undefined;
    // A country is named in every lead ("program nuklir Korea Utara"), and a region more often says what the news is
    // about than where it happened ("troops to help Russia retake the Kursk region"): only a finer place says where.
    if (place === undefined || place.country === "" || place.kind === "country" || place.kind === "region") continue;
    if (cues.outsideEnd.test(input.article.text.slice(Math.max(0, e.start - 40), e.start))) continue;
    if (cues.genitiveStart.test(input.article.text.slice(e.end, e.end + 8))) continue;
    if (cues.attributiveStart.test(input.article.text.slice(e.end, e.end + 40)) || cues.speakerVerbAfter.test(input.article.text.slice(e.end, e.end + 40))) continue;
    found.push({ place, start: e.start });
  }
  found.sort((a, b) => (KIND_RANK[a.place.kind] ?? 9) - (KIND_RANK[b.place.kind] ?? 9) || a.start - b.start);
  return found.map((f) => f.place);
}

/**
 * Without a publication date the article's date is a guess (a date in a caption), and an article is written after
 * every meeting it reports without a modal: the news period ends no earlier than the latest of them.
 */
function latestNews(window: Window | null, groups: readonly Group[]): Window | null {
  const days = groups.filter((g) => !g.planned && g.date !== null && g.date.mention.precision === "day").map((g) => dayOf(g.date!.mention.date_start));
  if (window === null || days.length === 0) return window;
  const last = Math.max(...days);
  return last <= window.last ? window : { first: last - NEWS_WINDOW_DAYS, last };
}

/**
 * The dates each sentence states, read in order and only as far as they are asked for: what a sentence's date
 * expressions mean depends on the dates stated before it, and the sentences after the last one that reports a meeting
 * are read only when the news's date is looked for in the whole article.
 */
interface SentenceDates {
  of(index: number): readonly OwnDate[];
  all(): ReadonlyArray<readonly OwnDate[]>;
}

function sentenceDates(sentences: readonly Sentence[], anchor: Anchor | null, window: Window | null, modality: readonly ModalityCue[], text: string, pack: LanguagePack, personStarts: readonly number[]): SentenceDates {
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
    for (const found of dates) {
      if (!found.relative) narrative = { sentence: index, mention: found };
      // A span of years ("untuk periode tahun 2024-2025") is the period a plan covers, never a meeting's date.
      if (found.precision === "year" && found.date_start.slice(0, 4) !== found.date_end.slice(0, 4)) continue;
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
      const report = mention.precision === "day" && isReportDate(text, sentence, mention, modality, cues.complementizer, pack.triggers, personStarts);
      if (report) {
        const week = weekOf(dayOf(mention.date_start));
        mention = { ...mention, date_start: isoDay(week.first), date_end: isoDay(week.last), precision: "week" };
        anchorText = "report date";
      }
      own.push({ mention, anchorText, report });
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

/** A bare year right before a trigger, perhaps with a place's name between ("That 2011 Ulan-Ude meeting", "the 2019
 * summit"), or right after one and before its demonstrative ("pertemuan 2002 itu"): the year of that event. A bare
 * number is never a date elsewhere. */
const YEAR_BEFORE_TRIGGER = /(?<![\p{L}\p{N}.,])([12]\d{3})(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,2}[^\S\n]+$/u;
const YEAR_AFTER_TRIGGER = /^[^\S\n]+([12]\d{3})(?![\p{L}\p{N}]|[.,]\d)/u;

function yearsOfTriggers(text: string, sentence: Sentence, hits: readonly TriggerHit[], dates: readonly OwnDate[], cues: EventCues): OwnDate[] {
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

/** Whether a date stands in a clause opened by a since-word after the last trigger before it, with no trigger of its
 * own after it in the clause. */
function inSinceClause(text: string, at: number, lastTriggerEnd: number, next: TriggerHit | undefined, cues: EventCues): boolean {
  const since = lastMatch(cues.sinceWords, text.slice(lastTriggerEnd, at));
  if (since === undefined || BOUNDARY.test(text.slice(lastTriggerEnd + since.index, at))) return false;
  // "… since he came to power in 2011 and his first trip abroad since April": a conjunction after the date joins the
  // next event to the sentence's, out of the since-clause.
  const gap = next === undefined ? "" : text.slice(at, next.start);
  return next === undefined || BOUNDARY.test(gap) || cues.conjunction.test(gap);
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
 * (12/7)"; not "Choe dilaporkan telah kembali dari kunjungannya pada hari Jumat", whose report has no subject after it). */
function isReportDate(text: string, sentence: Sentence, date: DateMention, modality: readonly ModalityCue[], complementizer: RegExp, triggers: readonly Trigger[], personStarts: readonly number[]): boolean {
  const before = text.slice(sentence.start, date.start);
  return cueMatches(modality, "source", before).some((m) => {
    const between = before.slice(m.index + m.text.length);
    if ((m.entry.window !== null && countWords(between) > m.entry.window) || complementizer.test(between)) return false;
    const from = sentence.start + m.index + m.text.length;
    const clause = personStarts.some((p) => p >= from && p < date.start) && triggerMatches(triggers, between).length > 0;
    return !clause;
  });
}

// ——— one sentence ——————————————————————————————————————————————————————————————————————————————————

/** The entities a sentence's groups draw on: its own, the people of the last earlier sentence naming any, and
 * each side's heads of state or government in the article, by position. */
interface SentenceEntities {
  inSentence: readonly EntityMention[];
  lastPeople: readonly EntityMention[] | undefined;
  heads: ReadonlyMap<string, readonly EntityMention[]>;
}

/**
 * The reports of a sentence's trigger hits (one at least), each a run of them.
 * `earlier`: the date of the last meeting told before the sentence, which "Four years later, …" counts on from;
 * `article`: the article's own day, which "The visit comes four months after …" counts back from.
 */
function sentenceGroups(text: string, sentence: Sentence, hits: readonly TriggerHit[], entities: SentenceEntities, dates: readonly OwnDate[], counted: { earlier: OwnDate | null; article: OwnDate | null }, context: MentionContext): Group[] {
  const { earlier } = counted;
  const { lexicons, people, places, sides } = context;
  const { inSentence } = entities;
  const cues = eventCues(context.pack);
  // Whether a name is a quoted source's ("…, kata Peskov"): asked of each name again for every clause and group.
  const attributedAt = new Map<number, boolean>();
  const attributed = (e: EntityMention) => {
    let known = attributedAt.get(e.start);
    if (known === undefined) {
      known = isAttributed(text, sentence.start, e.start, lexicons.modality);
      attributedAt.set(e.start, known);
    }
    return known;
  };

  // A date belongs to the nearest trigger before it: news writing puts the date after the verb phrase it dates
  // ("tiba di Moskow, Minggu (14/01), kemudian bertemu … Rabu (17/01)"; "met Kim in Vladivostok on Wednesday").
  // A fronted date ("Rabu (24/08), dalam pertemuan …") belongs to the nearest trigger after it.
  // A date right before a trigger modifies it ("September's summit", "Wednesday's talks"); one after "since"/"sejak"
  // is when an earlier event took place, never the date of the trigger before it.
  // "…, a month after Kim met Putin": a clause about an event before or after, with its own subject; but a verb right
  // after ", and" is the sentence subject's again ("…, only months after taking office, and met Kim").
  const endsInJoin = (gap: string) => {
    const join = lastMatch(cues.clauseJoin, gap);
    return join !== undefined && join.index + join[0].length === gap.length;
  };
  const opensClause = (gap: string) => cues.orderingOpener.test(gap) && BOUNDARY.test(gap) && !endsInJoin(gap);
  const datesOf = new Map<TriggerHit, OwnDate[]>();
  const bound = new Set<TriggerHit>();
  // A date in an opening clause with no trigger of its own, before "…, a month after" ("He first went to Pyongyang
  // in October 2023, a month after the summit"): the later clause's event is counted from it, never dated by it.
  let leading: { date: OwnDate; opener: { at: number; word: string; from: number } } | null = null;
  // "Shoigu, who served as defence minister until May, was making his second trip": a date in a relative clause
  // with no trigger of its own is about the person, not any event of the sentence.
  const asideOfPerson = (date: OwnDate) => {
    const before = text.slice(sentence.start, date.mention.start);
    const open = lastMatch(cues.relativeJoin, before);
    if (open === undefined || BOUNDARY.test(before.slice(open.index + open[0].length))) return false;
    const from = sentence.start + open.index + open[0].length;
    const close = BOUNDARY.exec(text.slice(date.mention.end, sentence.end));
    const to = close === null ? sentence.end : date.mention.end + close.index;
    return !hits.some((h) => h.start >= from && h.end <= to);
  };
  // "Kunjungan ini berlangsung setelah Kim Jong Un pada pekan lalu menyatakan dukungan": after the last trigger, an
  // ordering opener with a subject of its own and no trigger opens a clause about something else; its names and
  // dates are none of the sentence's events'.
  const otherClause = orderedClauseAt(text, hits.at(-1)!.end, sentence.end, inSentence, people, cues, places);
  // "Kemarin, Kementerian Luar Negeri menyatakan kunjungan delegasi Rusia akan …", "Moscow said last month that a Kim
  // visit could happen": a date before any trigger that a speech verb follows, or that follows one and a
  // complementizer follows, is when it was said, not when the event told of is.
  const statementDate = (date: OwnDate) => {
    const first = hits[0]!;
    if (first.start < date.mention.end) return false;
    const after = text.slice(date.mention.end, first.start);
    if (endsInCue(after, lexicons.modality, ["speech"])) return true;
    const before = text.slice(sentence.start, date.mention.start);
    const verb = cueMatches(lexicons.modality, "speech", before).at(-1);
    return verb !== undefined && countWords(before.slice(verb.index + verb.text.length)) <= 1 && cues.complementizer.test(after);
  };
  for (const date of dates) {
    if (datesDocument(text.slice(date.mention.end, sentence.end), context.pack)) continue;
    if (asideOfPerson(date) || date.mention.start >= otherClause || statementDate(date) || inFrontedOrderingClause(text, sentence.start, date, hits[0]!, dates, cues)) continue;
    // "… Perang Korea yang berlangsung antara tahun 1950 dan 1953": a period's own year dates no event.
    if (periodYear(text, sentence.start, { start: date.mention.start, precision: date.mention.precision }, hits, context.pack)) continue;
    const next = hits.find((h) => h.start >= date.mention.end);
    const gap = next === undefined ? "" : text.slice(date.mention.end, next.start);
    const leadingOpener = next === hits[0] && next !== undefined && opensClause(gap) ? lastMatch(cues.clauseOpener, gap) : undefined;
    // "He last came in July 2000, shortly after taking office, when he held talks with Kim Jong Il": the opener
    // right before the event is "when", of the same time; an "after" in an aside before it orders nothing.
    if (leadingOpener !== undefined && cues.orderingOpener.test(leadingOpener[0])) {
      leading = { date, opener: { at: date.mention.end + leadingOpener.index, word: leadingOpener[0], from: date.mention.end } };
      continue;
    }
    // Only a possessive ending may stand between ("Wednesday's talks").
    const modifies = next !== undefined && POSSESSIVE_GAP.test(gap);
    const before = hits.filter((h) => h.start < date.mention.start);
    // "Ini adalah pertemuan ketiga Putin dan Kim sejak 2023": a since-word the date grammar read into the date is one
    // before it; the count of meetings began then, and the meeting counted is a later one. But a count marked as
    // background ("telah bertemu beberapa kali sejak 2019") sums up meetings from that date on: it dates them.
    const since = cues.sinceEnd.test(text.slice(sentence.start, date.mention.start)) || (cues.sinceStart.test(date.mention.text) && before.at(-1)?.background !== true);
    // "his first trip to North Korea since he was appointed defence minister in May": a date in a since-clause with no
    // event of its own is when the period began, no event's date.
    if (!since && inSinceClause(text, date.mention.start, before.at(-1)?.end ?? sentence.start, next, cues)) continue;
    // "North Korea on Thursday marked the first anniversary of the signing (with a reception)": the day is the
    // marking's, never the marked event's; the next report takes it.
    const unmarked = before.at(-1)?.marked === true ? undefined : before.at(-1);
    // "… to mark the anniversary of their signing of the treaty in June last year": a date after the marked event that
    // ends most of a year before the article's date is that event's; an anniversary is marked a year on at least.
    const markedOwn = before.at(-1)?.marked === true && !modifies && !since && counted.article !== null && dayOf(date.mention.date_end) <= dayOf(counted.article.mention.date_start) - ANNIVERSARY_MIN_DAYS;
    const best = markedOwn ? before.at(-1)! : modifies || since ? (next ?? null) : (unmarked ?? next ?? null);
    // "Kim invited Putin to visit North Korea …, and Putin accepted, state media said on Thursday": a date a speech
    // verb closing the sentence stands right before dates the saying; the plan told before it takes none of it.
    if (best !== null && best === before.at(-1) && best.planned && next === undefined && endsInCue(text.slice(best.end, date.mention.start), lexicons.modality, ["speech", "attribution"])) continue;
    if (best?.marked === true && !modifies && !since && !markedOwn) continue;
    if (best !== null && (modifies || since)) bound.add(best);
    if (best !== null) datesOf.set(best, [...(datesOf.get(best) ?? []), date]);
  }

  // A sentence reports one event per run of triggers, split where modality changes, where an anaphor points
  // elsewhere, or where the next trigger has a day of its own: another day ("tiba … Minggu (14/01), kemudian
  // bertemu … Rabu (17/01)": an arrival and a meeting, the subject in common), or a trigger with a date of its own
  // ("September's summit") in another clause after undated ones ("During his talks with Choe, …").
  const split: TriggerHit[][] = [];
  const sharedSubject = new Set<number>();
  // "Choe flew to Minsk on Saturday, after meeting Lavrov": an opener right before the verb leaves the clause no
  // subject of its own; it is the opening clause's.
  if (leading !== null && /^\s*$/u.test(text.slice(leading.opener.at + leading.opener.word.length, hits[0]!.start))) sharedSubject.add(0);
  // Where a clause with its own subject begins, by the index of the group it opens; where the group before it ends
  // when the two share the subject's name ("…with Xi, who also hosted Putin": Xi is in both).
  const joinStarts = new Map<number, number>();
  const relativeEnds = new Map<number, number>();
  // The groups of clauses about an event before or after the sentence's own ("…, a month after", "since …").
  const asides = new Set<number>();
  // "Pertemuan di Beijing ini merupakan yang pertama sejak Putin berkunjung ke Pyongyang": what follows "since" is an
  // earlier event, comma or not, unless the clause returned to the sentence after it.
  const sinceClause = (gap: string) => {
    const since = cues.sinceWord.exec(gap);
    return since !== null && !BOUNDARY.test(gap.slice(since.index));
  };
  // "Putin and Trump met in Alaska, and Kim later congratulated Putin": a clause joined after the group's last
  // trigger with a subject of its own is someone else's doing; its people did not take part.
  const joinedSubjectAt = (from: number, to: number) => {
    for (const join of text.slice(from, to).matchAll(cues.clauseJoin)) {
      const after = from + join.index + join[0].length;
      if (inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= after && e.start < to && countWords(text.slice(after, e.start)) <= SUBJECT_WORDS)) return from + join.index;
    }
    return to;
  };
  const namesPerson = (from: number, to: number) => inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= from && e.end <= to && !attributed(e));
  // "Kim and Shoigu discussed the treaty signed by Kim and Putin": a participle with an agent marker and a name right
  // after it ("signed by", "ditandatangani oleh") is done by the people named there, not by the sentence's subject.
  // A passive with an auxiliary ("Xi … was greeted by Kim") has a subject of its own, which the reception's direction
  // reads.
  const agentive = (h: TriggerHit) => {
    if (cues.passiveBefore.test(text.slice(sentence.start, h.start))) return false;
    const marker = cues.agentAfter.exec(text.slice(h.end, sentence.end));
    if (marker === null) return false;
    const from = h.end + marker[0].length;
    return inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= from && countWords(text.slice(from, e.start)) <= SUBJECT_WORDS);
  };
  // The groups an agent phrase opens, and the first group when its trigger is one ("Shoigu praised the treaty signed by …").
  const agentGroups = new Set<number>(agentive(hits[0]!) ? [0] : []);
  for (const hit of hits) {
    const current = split.at(-1);
    const last = current?.at(-1);
    const ownDay = (h: TriggerHit) => datesOf.get(h)?.[0]?.mention.date_start;
    const dated = current?.filter((h) => ownDay(h) !== undefined) ?? [];
    const newDay =
      current !== undefined &&
      last !== undefined &&
      ownDay(hit) !== undefined &&
      (dated.some((h) => ownDay(h) !== ownDay(hit)) || (dated.length === 0 && bound.has(hit) && BOUNDARY.test(text.slice(last.end, hit.start))));
    // "invited Kim to visit Moscow during their summit in Pyongyang last June": an invitation is of the visit it
    // names; a later trigger with a date of its own is the occasion, dated by the sentence and no part of the plan.
    const occasion =
      current !== undefined && current.some((h) => h.trigger.role === "planned") && last?.trigger.role !== "planned" && ownDay(hit) !== undefined && dated.length === 0;
    if (occasion) bound.add(hit);
    const gap = last === undefined ? "" : text.slice(last.end, hit.start);
    const join = lastMatch(cues.clauseJoin, gap);
    const rejoined = join !== undefined && join.index + join[0].length === gap.length;
    // "Kunjungan Belousov dilakukan sebulan setelah Choe berkunjung ke Moskow": an ordering opener followed by a
    // name opens a clause with a subject of its own, comma or not.
    const orderedAt = lastMatch(cues.clauseOpener, gap, (m) => cues.orderingOpener.test(m[0]));
    // So does one right before an event noun whose own people follow ("Kunjungan Choe dilakukan empat bulan setelah
    // pertemuan puncak antara Kim dan Putin"), when the clause before names its own.
    const openerEnd = last === undefined || orderedAt === undefined ? -1 : last.end + orderedAt.index + orderedAt[0].length;
    const ownSubject =
      openerEnd >= 0 &&
      !rejoined &&
      (namesPerson(openerEnd, hit.start) || (/^\s*$/u.test(text.slice(openerEnd, hit.start)) && namesPerson(sentence.start, openerEnd) && namesPerson(hit.end, sentence.end)));
    const opened = last !== undefined && (opensClause(gap) || sinceClause(gap) || ownSubject);
    // "Kim met Xi in Beijing, and Putin separately met Xi": two meetings, each clause with its own subject and its
    // own counterpart; neither is the other's.
    const joinAt = join === undefined || last === undefined ? -1 : last.end + join.index;
    // "…, dan Presiden China Xi Jinping mengunjungi Pyongyang pekan lalu": a journey to a place needs no counterpart.
    const ownClause =
      joinAt >= 0 && !rejoined && current !== undefined && namesPerson(current[0]!.end, joinAt) && namesPerson(joinAt, hit.start) && (namesPerson(hit.end, sentence.end) || (TRAVEL.has(hit.trigger.event_type) && hit.venues.length > 0));
    if (ownClause) joinStarts.set(split.length, joinAt);
    // "Kim held talks with Xi, who also hosted Putin": the relative clause is the person's named before the comma.
    const relative = last === undefined || ownClause ? undefined : lastMatch(cues.relativeJoin, gap);
    const antecedent = relative === undefined ? undefined : [...inSentence].reverse().find((e) => e.kind === "person" && people.has(e.id) && e.end <= last!.end + relative.index && /^\s*$/u.test(text.slice(e.end, last!.end + relative.index)));
    if (antecedent !== undefined) {
      joinStarts.set(split.length, antecedent.start);
      relativeEnds.set(split.length, last!.end + relative!.index + relative![0].length);
    }
    if (opened) asides.add(split.length);
    // Right after an event noun ("a state visit hosted by Kim"), the participle tells of that event: no clause of its own.
    // Nor is a verb joined to the clause before ("Xi tiba … dan disambut oleh Kim"): it shares that clause's subject.
    const joinedVerb = lastMatch(cues.conjunction, gap);
    const byAgents = last !== undefined && countWords(gap) > 0 && !(joinedVerb !== undefined && countWords(gap.slice(joinedVerb.index + joinedVerb[0].length)) <= 1) && agentive(hit);
    if (current === undefined || last === undefined || last.planned !== hit.planned || last.marked !== hit.marked || hit.anaphoric || last.anaphoric || newDay || occasion || opened || ownClause || antecedent !== undefined || byAgents) {
      // (A document's signing dated after its noun, "their treaty signed last June", is no act of the subject's:
      // document-signing.ts.)
      const documentDate = documentSigning(hit.trigger.event_type, text.slice(sentence.start, hit.start), context.pack);
      if (newDay && !ownClause && !documentDate && last?.planned === hit.planned && !hit.anaphoric && !last?.anaphoric) sharedSubject.add(split.length);
      // "Choe met Lavrov last Friday and will meet Putin next week": a plan joined with no subject of its own is the
      // sentence subject's.
      const conjunction = lastMatch(cues.conjunction, gap);
      const bareJoin = conjunction !== undefined && last !== undefined && countWords(gap.slice(conjunction.index + conjunction[0].length)) <= SUBJECT_WORDS && !namesPerson(last.end + conjunction.index, hit.start);
      if (bareJoin && last.planned !== hit.planned && !hit.anaphoric && !opened && !ownClause && antecedent === undefined) sharedSubject.add(split.length);
      // "Choe will fly to Moscow next week, after meeting Lavrov in July": a clause whose verb follows its opener
      // directly has no subject of its own; it is the sentence subject's.
      const opener = lastMatch(cues.clauseOpener, gap);
      if (opened && opener !== undefined && /^\s*$/u.test(gap.slice(opener.index + opener[0].length))) sharedSubject.add(split.length);
      // "Kim membalas kunjungan itu dengan perjalanan ke Moskwa": the event after an anaphor, in the same clause, is
      // the subject's own.
      if (last?.anaphoric && !hit.anaphoric && last.planned === hit.planned && !BOUNDARY.test(gap)) sharedSubject.add(split.length);
      // An agent phrase's clause begins at its trigger and shares no subject: its people are the agents.
      if (byAgents) {
        agentGroups.add(split.length);
        sharedSubject.delete(split.length);
        joinStarts.set(split.length, hit.start);
      }
      split.push([hit]);
    } else current.push(hit);
  }

  // Where each group's words begin: its first trigger, or the conjunction opening its clause before it ("Kunjungan
  // tersebut dilakukan sebulan setelah Kim Jong Un bertemu Putin": Kim is the later meeting's, not the visit's).
  const openers = split.map((groupHits, i) => {
    if (i === 0) return undefined;
    const after = split[i - 1]!.at(-1)!.end;
    const opener = lastMatch(cues.clauseOpener, text.slice(after, groupHits[0]!.start));
    return opener === undefined ? undefined : { at: after + opener.index, word: opener[0], from: after };
  });
  const starts = split.map((groupHits, i) => (i === 0 ? (leading?.opener.at ?? sentence.start) : (joinStarts.get(i) ?? openers[i]?.at ?? groupHits[0]!.start)));
  const groups: Group[] = [];
  for (const [i, groupHits] of split.entries()) {
    const first = groupHits[0]!;
    const from = starts[i]!;
    // A pronoun of a later group may stand between the groups ("the first meeting between Kim and Putin since
    // April 2019, when they held the first summit"); the names there are the earlier group's.
    const clauseStart = i === 0 ? (leading?.opener.at ?? sentence.start) : split[i - 1]!.at(-1)!.end;
    const to = relativeEnds.get(i + 1) ?? starts[i + 1] ?? sentence.end;
    const participants = new Set<string>();
    let subjectCountry = "";
    const cut = Math.min(speechCut(text, first.end, to, lexicons.modality), joinedSubjectAt(groupHits.at(-1)!.end, to), otherClause);
    const subjectEnd = hits[0]!.start;
    // "Shoigu praised the treaty signed by Kim and Putin": before an agent phrase's participle, only a name right before
    // it ("Shoigu, greeted by Kim, …") is its subject and takes part.
    const agents = agentGroups.has(i);
    for (const e of inSentence) {
      if (agents && e.end <= first.start && !/^[\s,]*$/u.test(text.slice(e.end, first.start))) continue;
      if (sharedSubject.has(i) && e.kind === "person" && e.end <= subjectEnd && people.has(e.id) && !attributed(e)) {
        participants.add(e.id);
        continue;
      }
      if (e.kind !== "person" || e.start < from || e.end > to) continue;
      // "Shoigu's first trip abroad since Putin moved him to the Security Council": a person in a since-clause after
      // the group's last trigger, with no trigger of its own, tells when the span began, not who travelled.
      if (e.start >= groupHits.at(-1)!.end && inSinceClause(text, e.start, groupHits.at(-1)!.end, undefined, cues)) continue;
      const person = people.get(e.id);
      if (person === undefined || cues.servedStart.test(text.slice(e.end, e.end + 60)) || cues.genitiveAtEnd.test(text.slice(e.end, e.end + 60)) || cues.relationEnd.test(text.slice(Math.max(sentence.start, e.start - 60), e.start))) continue;
      // (A closing speaker, "…, Kremlin spokesman Dmitry Peskov said.", is followed by a speech verb: isSpeaking.)
      if (attributed(e) || isSpeaking(text, e.end, sentence.end, lexicons.modality)) {
        // Spokespeople and aides are quoted about meetings they did not attend, unless they tell of their own part.
        if (person.level !== "other" || speakerIsSubject(text, e, first.start, inSentence, cues, lexicons.modality, context.pack)) participants.add(e.id);
      } else if (e.start < cut) {
        participants.add(e.id);
        if (e.end <= first.start && subjectCountry === "") subjectCountry = person.country;
      }
    }
    // A person of neither side the sentence does not make a participant: none of a meeting of the two sides, whether
    // the group names both or an anaphor brings them ("pertemuan itu …, di mana Presiden Tiongkok Xi Jinping memimpin").
    const apart = thirdPartiesApart(text, groupHits, inSentence.filter((e) => e.kind === "person" && participants.has(e.id) && e.start >= from && e.end <= to), people, sides, cues);
    if (sides.every((side) => countriesOf(participants, people).includes(side))) for (const id of apart) participants.delete(id);
    // "Lavrov memuji pertemuan Kim dengan Presiden China Xi Jinping": the noun's own pair met, and no one else.
    const pair = groupHits.map((h) => outsidePair(text, h.end, inSentence, people, sides, context.pack) ?? outsidePairBefore(text, h.start, inSentence, people, sides, context.pack)).find((p) => p !== null);
    if (pair !== undefined) {
      participants.clear();
      for (const id of pair) participants.add(id);
    }
    // "…akan bertemu Kim dalam kunjungan ini, seperti yang dilakukannya pada kunjungan terakhirnya": the compared act
    // had the earlier clause's people.
    // (The clause's groups back to the last that names anyone: "kunjungan ini" there names no one of its own.)
    const earlierGroup = [...groups].reverse().find((g) => g.sentence === sentence && g.people.size > 0);
    if (i > 0 && earlierGroup !== undefined && repeatsEarlierAct(text.slice(split[i - 1]!.at(-1)!.end, first.start), context.pack)) for (const id of earlierGroup.people) participants.add(id);
    const scope = text.slice(clauseStart, Math.min(cut, to));
    let pluralAnaphor = false;
    // A pronoun subject ("Dia bertemu …", "Tekad ini ia sampaikan ketika bertemu …") stands before its verb and
    // is the person the previous sentence was about.
    const subjectPosition = text.slice(clauseStart, first.start);
    const pronounBefore = cues.singular.test(subjectPosition);
    // Inside the group too ("…, following a trip in January, when she met Putin"), when the sentence has named
    // nobody before its last trigger who could be the pronoun.
    const lastHit = groupHits.at(-1)!;
    const innerPronoun =
      lastHit !== first && cues.singular.test(text.slice(first.end, lastHit.start)) && !inSentence.some((e) => e.kind === "person" && e.start < lastHit.start);
    // (A meeting noun with its own pair named: a pronoun subject praises or supports it, it took no part.)
    // A sentence that opens with its verb in lower case ("met with … Kim Jong-un in Pyongyang.") is the rest of one a
    // page broke across lines (a profile box between its subject and its verb): its subject is the person named last.
    const subjectless = first.start === sentence.start && LOWER_INITIAL.test(sentence.text);
    if ((pronounBefore || innerPronoun || subjectless) && pair === undefined) {
      const subject = entities.lastPeople?.[0];
      if (subject !== undefined) participants.add(subject.id);
    }
    // A possessive on the trigger ("yang ditandatanganinya", "his visit") is the nearest person named before it in
    // the sentence, when the group's own span names none before it.
    if (first.continuing && i > 0 && pair === undefined && ![...inSentence].some((e) => e.kind === "person" && e.start >= from && e.end <= first.start)) {
      const named = inSentence.filter((e) => e.kind === "person" && people.has(e.id) && e.end <= first.start && !attributed(e));
      // "during their summit": a plural possessive is everyone the sentence named before it.
      const owners = cues.plural.test(text.slice(clauseStart, first.start)) ? named : named.slice(-1);
      for (const owner of owners) participants.add(owner.id);
    }
    if (cues.plural.test(scope)) pluralAnaphor = true;
    if (cues.bothHeads.test(scope)) {
      for (const side of sides) {
        const sideHeads = entities.heads.get(side) ?? [];
        let lo = 0;
        let hi = sideHeads.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (sideHeads[mid]!.start < first.start) lo = mid + 1;
          else hi = mid;
        }
        const head = sideHeads[lo - 1];
        if (head !== undefined) participants.add(head.id);
      }
    }
    const delegation = delegationSide(text, clauseStart, first.start, inSentence.filter((e) => e.kind === "place"), places, sides, context.pack);
    // "… met with Pulikovski … and his delegation": the one whose delegation comes along travels.
    const owned = delegation === "" ? ownedDelegationSide(text, first.end, to, inSentence.filter((e) => e.kind === "person" && participants.has(e.id)), (id) => people.get(id)?.country ?? "", sides, context.pack) : "";
    const travellers = delegation !== "" ? delegation : owned !== "" ? owned : subjectCountry === "" ? greetedSide(text, clauseStart, groupHits, inSentence.filter((e) => e.kind === "person" && participants.has(e.id) && e.end <= to), people, sides, cues) : "";
    const venue = groupVenue(groupHits, participants, people, travellers);
    let date: OwnDate | null = null;
    let datedHit: TriggerHit | null = null;
    let distance = Infinity;
    // The nearest date, but never a report's own day over the event's ("KCNA melaporkan pada hari Rabu bahwa Kim
    // menerima Shoigu kemarin": the reception was "kemarin").
    const eventDated = groupHits.some((h) => (datesOf.get(h) ?? []).some((d) => !d.report));
    for (const hit of groupHits) {
      for (const d of datesOf.get(hit) ?? []) {
        const gap = Math.abs(d.mention.start - hit.start);
        if (gap < distance && !(eventDated && d.report)) {
          date = d;
          datedHit = hit;
          distance = gap;
        }
      }
    }
    // "Putin visited Pyongyang a year ago, on June 19, 2024": a finer date within the nearest, right beside it, is the
    // same time said more exactly.
    for (const hit of date === null ? [] : groupHits) {
      for (const d of datesOf.get(hit) ?? []) {
        const m = d.mention;
        const near = date!.mention;
        const between = m.start >= near.end ? text.slice(near.end, m.start) : text.slice(m.end, near.start);
        if (!d.report && APPOSED_DATE_GAP.test(between) && m.date_start >= near.date_start && m.date_end <= near.date_end && dayOf(m.date_end) - dayOf(m.date_start) < dayOf(near.date_end) - dayOf(near.date_start)) date = d;
      }
    }
    date = date === null ? null : withDuration(date, text.slice(sentence.start, sentence.end), cues, datedHit?.leaving ?? false);
    // "…, a month after Kim visited Russia": counted from the date of the clause before.
    const opener = openers[i];
    // "Tahun berikutnya, …", which the date grammar counts from the time of writing, is the year after the last
    // meeting told.
    const recounted = date !== null && date.mention.relative && cues.spanCounted(date.mention.text, false)?.text === date.mention.text.trim();
    if (recounted) date = countedOn(groups.at(-1)?.date ?? earlier, text, date!.mention.start, date!.mention.end, false, cues, context.pack) ?? date;
    // "Kunjungan ini dilakukan sebulan setelah …": an undated clause before counts from the last date told.
    // "The visit comes four months after …": an undated event anaphor before the opener is the article's news, whose
    // day the span counts back from when nothing else is dated ("this visit": always).
    const previous = groups.at(-1);
    const newsBefore = previous !== undefined && previous.sentence === sentence && previous.date === null && previous.anaphoric;
    const base = newsBefore && previous.proximal ? counted.article : (previous?.date ?? earlier ?? (newsBefore ? counted.article : null));
    if (date === null && opener !== undefined) date = countedFrom(base, text, opener, cues, context.pack);
    // "… terjadi pada Juli 2000, ketika Putin, yang baru beberapa bulan menjabat, menemui Kim Jong Il": a clause of
    // the same time as the one before it in the sentence has that one's date.
    if (date === null && opener !== undefined && cues.sameTimeOpener.test(opener.word) && previous?.sentence === sentence && previous.date !== null) date = previous.date;
    if (date === null && i === 0 && leading !== null) date = countedFrom(leading.date, text, leading.opener, cues, context.pack);
    // "Setahun kemudian, Kim membalas kunjungan itu dengan perjalanan ke Moskwa": the span dates the sentence's own
    // event, not the earlier one an anaphor names.
    if (date === null && !first.anaphoric && split.slice(0, i).every((h) => h[0]!.anaphoric)) date = countedOn(earlier, text, sentence.start, first.start, false, cues, context.pack);
    // "Lavrov met Choe a day earlier": a counted span after the trigger, in the group's own words.
    if (date === null && !first.anaphoric) date = countedOn(groups.at(-1)?.date ?? earlier, text, first.end, to, true, cues, context.pack);
    const background = groupHits.some((h) => h.background);
    if (date !== null && !first.planned) date = pastYear(date, background ? 0 : UNPLANNED_REACH_DAYS);
    const group: Group = {
      sentence,
      hits: groupHits,
      planned: first.planned,
      ahead: first.ahead,
      background,
      anaphoric: first.anaphoric,
      proximal: first.proximal,
      // (A document's signing points back to no report: its possessive, "their treaty signed …", is the document's.)
      continuing: !groupHits.every((h) => documentSigning(h.trigger.event_type, text.slice(sentence.start, h.start), context.pack)) && (groupHits.some((h) => h.continuing) || pluralAnaphor || pronounBefore),
      summitAnaphor: first.anaphoric && first.trigger.event_type === "summit",
      bothCountries: cues.bothCountries.test(text.slice(from, to)),
      people: participants,
      subjectCountry,
      travellers,
      venue,
      foreign: inSentence.some((e) => e.kind === "place" && e.start >= from && e.end <= to && isForeign(places.get(e.id), sides)),
      foreignPartner: inSentence.some((e) => {
        if (e.kind !== "place" || e.start < from || e.end > to || !isForeign(places.get(e.id), sides) || cues.genitiveStart.test(text.slice(e.end, e.end + 8))) return false;
        return groupHits.some((h) => h.end <= e.start && PARTNER_GAP.test(text.slice(h.end, e.start)) && !cues.prepositionEnd.test(text.slice(h.end, e.start)));
      }),
      dateBound: groupHits.some((h) => bound.has(h) && datesOf.get(h)?.[0] === date),
      thirdCountry: venue !== null && venue.country !== "" && !isSide(sides, venue.country) ? venue.country : "",
      date,
      pluralAnaphor,
      pronounSubject: pronounBefore && !first.anaphoric && !groupHits.some((h) => h.continuing) && !pluralAnaphor,
      objectPronoun: objectPronounAfter(text, groupHits.map((h) => h.end), to, cues),
      aside: asides.has(i) || (i === 0 && leading !== null),
      later: asides.has(i) && openers[i] !== undefined && cues.laterOpener.test(openers[i]!.word),
      additive: cues.additive.test(subjectPosition),
      // (Not a word of a counted span, "Setahun kemudian", which counts on from the event before.)
      sequel: cues.sequel.test(subjectPosition) && cues.spanCounted(subjectPosition, true) === null,
      nonOfficials: cues.nonOfficials.test(subjectPosition),
      foreignSubject: foreignSubject(context.pack)(subjectPosition),
      foreignPair: foreignPairMember(context.pack)(subjectPosition, text.slice(lastHit.end, to)),
      beforeEvent: cues.beforeEventEnd.test(text.slice(sentence.start, first.start)),
      comparison: cues.recapComparison.test(text.slice(sentence.start, sentence.end)),
      contrast: cues.contrastOpening.test(text.slice(sentence.start, sentence.end)),
      apart
    };
    // A document's signing told only as its date, with no signer named ("their treaty signed last June"), reports no
    // meeting: document-signing.ts.
    if (participants.size === 0 && groupHits.every((h) => documentSigning(h.trigger.event_type, text.slice(sentence.start, h.start), context.pack))) continue;
    const occasions = listedOccasions(text, groupHits, datesOf, inSentence, places, cues);
    const counterparts = occasions.length === 0 ? listedCounterparts(text, groupHits, datesOf, inSentence, people, places, cues) : [];
    if (occasions.length === 0 && counterparts.length === 0) groups.push(group);
    for (const o of occasions) {
      const venue = o.venue ?? group.venue;
      const thirdCountry = venue !== null && venue.country !== "" && !isSide(sides, venue.country) ? venue.country : "";
      groups.push({ ...group, date: o.date, venue, thirdCountry, dateBound: false });
    }
    // Each counterpart met on its own day, with the subject: none of the others.
    const listed = new Set(counterparts.flatMap((c) => c.people));
    const placed = counterparts.some((c) => c.venue !== null);
    for (const c of counterparts) {
      const venue = c.venue ?? (placed ? null : group.venue);
      const thirdCountry = venue !== null && venue.country !== "" && !isSide(sides, venue.country) ? venue.country : "";
      groups.push({ ...group, date: c.date, venue, thirdCountry, people: new Set([...participants].filter((p) => !listed.has(p)).concat(c.people)), dateBound: false });
    }
  }
  return groups;
}

/**
 * "Kim and Putin have met four times: in Vladivostok in April 2019, at Vostochny in September 2023, …": a list of
 * occasions after one trigger, each a place and then its date, joined by commas or a conjunction, is a meeting on
 * each; empty when the group's dates are not such a list.
 */
function listedOccasions(
  text: string,
  hits: readonly TriggerHit[],
  datesOf: ReadonlyMap<TriggerHit, OwnDate[]>,
  inSentence: readonly EntityMention[],
  places: ReadonlyMap<string, Place>,
  cues: EventCues
): Array<{ date: OwnDate; venue: Place | null }> {
  const dates = listedDates(hits, datesOf);
  if (dates === null) return [];
  const occasions: Array<{ date: OwnDate; venue: Place | null }> = [];
  let previous = hits[0]!.end;
  for (const [k, d] of dates.entries()) {
    const place = inSentence.filter((e) => e.kind === "place" && e.start >= previous && e.end <= d.mention.start).at(-1);
    // "visited the Soviet Union in 1984 and 1986", "received by Kim on June 4, and before that on March 21": a first
    // date with no place of its own is an occasion at the group's place, if only dates follow it (below).
    if (place === undefined && k === 0) {
      occasions.push({ date: d, venue: null });
      previous = d.mention.end;
      continue;
    }
    // "in Pyongyang in October 2023 and in May 2018": a later date of another month, joined without a place, is
    // another occasion at the same place.
    const earlier = occasions.at(-1);
    if (place === undefined && earlier !== undefined && earlier.date.mention.date_start.slice(0, 7) !== d.mention.date_start.slice(0, 7) && cues.dateListLink.test(text.slice(previous, d.mention.start))) {
      occasions.push({ date: d, venue: earlier.venue });
      previous = d.mention.end;
      continue;
    }
    const venue = place === undefined ? undefined : places.get(place.id);
    // Only the place and its date ("in Vladivostok in April 2019"), and between occasions only the list's links.
    if (venue === undefined || occasions[0]?.venue === null || !PLACE_DATE_GAP.test(text.slice(place!.end, d.mention.start).replace(/^[\s,]+/u, " "))) return [];
    if (k > 0 && !cues.listLink.test(text.slice(previous, place!.start))) return [];
    occasions.push({ date: d, venue });
    previous = d.mention.end;
  }
  return new Set(occasions.map((o) => o.date.mention.date_start)).size === occasions.length ? occasions : [];
}

/** The dates of a group's triggers in reading order, when they can be a list (two or more, none a report's own). */
function listedDates(hits: readonly TriggerHit[], datesOf: ReadonlyMap<TriggerHit, OwnDate[]>): OwnDate[] | null {
  const dates = hits.flatMap((h) => datesOf.get(h) ?? []).sort((a, b) => a.mention.start - b.mention.start);
  return dates.length < 2 || dates.some((d) => d.report) ? null : dates;
}

/**
 * "Ia sebelumnya bertemu K…", "He had previously met …": a report that goes on from the one before (a pronoun, the
 * same person) but marks itself as earlier, with no date of its own, is an earlier event, not the news or the plan it
 * follows; when the excerpt cuts its date off, that is all it says. An event anaphor ("Sebelumnya, kunjungan itu
 * dikonfirmasi …") is its referent whatever the clause says of the telling.
 */
function ownPast(g: Group, referent: Resolved): boolean {
  return g.background && !g.anaphoric && referent.role !== "background";
}

/** Whether a gap ends in the clause of a cue of one of `kinds`, no clause break after the last one: "…, state media
 * said on" (speech), "…, kata media pemerintah Korea Utara pada" (attribution: "kata", "menurut", "according to"). A date
 * right after such a gap is the saying's. */
function endsInCue(gap: string, modality: readonly ModalityCue[], kinds: readonly ModalityKind[]): boolean {
  let said: { index: number; text: string } | undefined;
  for (const kind of kinds) for (const m of cueMatches(modality, kind, gap)) if (said === undefined || m.index > said.index) said = m;
  return said !== undefined && !BOUNDARY.test(gap.slice(said.index + said.text.length));
}

/** A comma alone between two names of a list ("talks between Putin, Xi and Kim"). */
/** Between a meeting's trigger and a country that is its other party, at most six words and no clause punctuation. */
const PARTNER_GAP = /^[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,6}$/u;
const LIST_COMMA = /^\s*,\s*$/u;

/**
 * "Putin held talks with Kim in Beijing, after the two stood alongside Xi at a parade": in a meeting of the two
 * sides, a person of neither side takes part only when the sentence makes them one: named by a trigger with at most
 * a few words and no clause break between ("met Xi", "Xi hosted", "talks with Xi"), or listed with someone who is
 * ("talks between Putin, Xi and Kim", "met Kim and Xi"). The ids of the others (a host of the occasion, a name in an
 * aside), named in `named` (the group's people as the sentence names them).
 */
function thirdPartiesApart(text: string, hits: readonly TriggerHit[], named: readonly EntityMention[], people: ReadonlyMap<string, Person>, sides: Sides, cues: EventCues): Set<string> {
  const third = (e: EntityMention) => !isSide(sides, people.get(e.id)?.country ?? "");
  if (!named.some(third)) return new Set();
  const between = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : null);
  const nameBetween = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [lo, hi] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
    return named.some((e) => e.start >= lo && e.end <= hi);
  };
  const linked = new Set(named.filter((e) => !third(e)));
  const byTrigger = (e: EntityMention) =>
    hits.some((h) => {
      const gap = between(e, h);
      return gap !== null && !BOUNDARY.test(gap) && countWords(gap) <= SUBJECT_WORDS && !nameBetween(e, h);
    });
  const listed = (e: EntityMention) =>
    [...linked].some((o) => {
      const gap = between(e, o);
      return gap !== null && (LIST_COMMA.test(gap) || cues.personListLink.test(gap)) && !nameBetween(e, o);
    });
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of named) {
      if (linked.has(e) || !(byTrigger(e) || listed(e))) continue;
      linked.add(e);
      changed = true;
    }
  }
  const kept = new Set([...linked].map((e) => e.id));
  return new Set(named.filter((e) => third(e) && !kept.has(e.id)).map((e) => e.id));
}

/** Where an ordering opener ("setelah", "after") followed by a name begins, between `from` and `to`; `to` if none. A
 * country right after the opener is a subject too ("The talks come after Ukraine agreed to a cease-fire last week"),
 * with at most an article before it: further on it is where the clause's verb goes ("after arriving in Russia"). */
function orderedClauseAt(text: string, from: number, to: number, inSentence: readonly EntityMention[], people: ReadonlyMap<string, Person>, cues: EventCues, places?: ReadonlyMap<string, Place>): number {
  for (const m of text.slice(from, to).matchAll(cues.clauseOpener)) {
    if (!cues.orderingOpener.test(m[0])) continue;
    const after = from + m.index + m[0].length;
    if (inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= after && e.start < to && countWords(text.slice(after, e.start)) <= SUBJECT_WORDS)) return from + m.index;
    if (inSentence.some((e) => e.kind === "place" && places?.get(e.id)?.kind === "country" && e.start >= after && e.start < to && countWords(text.slice(after, e.start)) <= 1)) return from + m.index;
  }
  return to;
}

/**
 * "Kim met Xi on Tuesday and Putin on Thursday", "hosted Shoigu twice in June and Lavrov in Wonsan last month": a list
 * of counterparts after one trigger, each a person, perhaps a place, then the date, joined by a conjunction, is a
 * meeting with each on its date; empty when the group's dates are not such a list.
 */
function listedCounterparts(
  text: string,
  hits: readonly TriggerHit[],
  datesOf: ReadonlyMap<TriggerHit, OwnDate[]>,
  inSentence: readonly EntityMention[],
  people: ReadonlyMap<string, Person>,
  places: ReadonlyMap<string, Place>,
  cues: EventCues
): Array<{ date: OwnDate; people: string[]; venue: Place | null }> {
  const listed = listedDates(hits, datesOf);
  // "Sepanjang tahun ini, … berkunjung ke Pyongyang, termasuk Matytsin pada Maret dan Kozlov pada November": a coarser
  // date that holds every other one frames the list and is none of its items.
  const dates = listed?.filter((d) => !listed.every((o) => o === d || (o.mention.precision !== d.mention.precision && o.mention.date_start >= d.mention.date_start && o.mention.date_end <= d.mention.date_end)));
  if (dates === undefined || dates.length < 2) return [];
  const found: Array<{ date: OwnDate; people: string[]; venue: Place | null }> = [];
  let previous = hits.at(-1)!.end;
  for (const [k, d] of dates.entries()) {
    const named = inSentence.filter((e) => e.kind === "person" && people.has(e.id) && e.start >= previous && e.end <= d.mention.start);
    if (named.length === 0) return [];
    // Only the names, a place or a word ("twice") and their date, and between the pairs only a conjunction and a title.
    const rest = text.slice(named.at(-1)!.end, d.mention.start);
    if (!COUNTERPART_DATE_GAP.test(rest)) return [];
    if (k > 0 && !cues.personListLink.test(text.slice(previous, named[0]!.start))) return [];
    const place = inSentence.find((e) => e.kind === "place" && e.start >= named.at(-1)!.end && e.end <= d.mention.start);
    found.push({ date: d, people: named.map((e) => e.id), venue: place === undefined ? null : (places.get(place.id) ?? null) });
    previous = d.mention.end;
  }
  return new Set(found.map((f) => f.date.mention.date_start)).size === found.length ? found : [];
}

/**
 * The finest place the group's triggers name, leaving out the travellers' own country on a travel trigger: people
 * of one side arriving in or leaving for their own country are going home from a trip ("meninggalkan Moskow … tiba
 * di Pyongyang" of a North Korean delegation), and the trip's venue is the other side's. The travellers are the
 * group's `travellers` when the clause says who travels, else the participants' one country.
 */
function groupVenue(hits: readonly TriggerHit[], participants: ReadonlySet<string>, people: ReadonlyMap<string, Person>, travellers: string): Place | null {
  const countries = countriesOf(participants, people);
  const home = travellers !== "" ? travellers : countries.length === 1 ? countries[0]! : "";
  const venues = hits.flatMap((h) => h.venues.filter((v) => !(RETURN.has(h.trigger.event_type) && v.country === home)));
  return venues.sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9))[0] ?? null;
}

function findTriggers(text: string, sentence: Sentence, entities: readonly EntityMention[], context: MentionContext, cues: EventCues): TriggerHit[] {
  const { lexicons, places } = context;
  const matches = triggerMatches(lexicons.triggers, sentence.text);
  if (matches.length === 0) return [];
  const found: Array<{ trigger: Trigger; start: number; end: number; text: string }> = [];
  for (const m of matches) {
    const start = sentence.start + m.index;
    found.push({ trigger: m.entry, start, end: start + m.text.length, text: m.text });
  }
  // The longest trigger wins ("pertemuan puncak" over "pertemuan"); then the earlier lexicon row.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.trigger.line - b.trigger.line);
  const kept: typeof found = [];
  for (const f of found) if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);

  const hits: TriggerHit[] = [];
  for (const [i, f] of kept.entries()) {
    const around = cuesAround(text, sentence, f, lexicons.modality, cues.relativeAside);
    if (inScope(around, "negated") || negativeSubject(around.before, cues)) continue;
    // "termasuk pertemuan dengan Korea Selatan pekan lalu": a meeting with a third country is none of the sides'.
    if (countryPartner(text, f.end, entities, places, context.sides, context.pack)) continue;
    // "… in the border town of Khasan, where Kim was greeted": the place before a relative clause of place is its event's.
    const onward = findVenues(text, sentence, f.end, entities, places, cues, kept[i + 1]?.start, cues.passivePrefix.test(text.slice(f.start, f.end)));
    const venues = onward.length > 0 ? onward : placeBeforeRelative(text, sentence, f.start, entities, places, cues);
    if (f.trigger.requires === "venue" && venues.length === 0) continue;
    const { before, after } = around;
    const planned =
        f.trigger.role === "planned" ||
        inScope(around, "planned") ||
        ((invitedBefore(text, kept, f) || inScope(around, "invitation")) && !inScope(around, "occasion")) ||
        // ("Dia pernah berkunjung ke sana pada Juli 2000 untuk bertemu dengan Kim Jong Il": what a journey told as
        // history was for is history with it.)
        (!TRAVEL.has(f.trigger.event_type) && journeyBefore(kept, f) && inScope(around, "purpose") && !hits.some((h) => h.background && h.end <= f.start && TRAVEL.has(h.trigger.event_type))) ||
        // "Putin dijadwalkan tiba di Pyongyang pada Selasa malam untuk kunjungan kenegaraan": what a planned journey
        // is for is planned with it, however far the modal stands ("arrived for a two-day visit" happened with it).
        // "Lavrov is scheduled to fly to North Korea on Friday for talks": so is what a journey the lexicon does not
        // list is for, when a planned cue stands anywhere before it in its clause.
        (inScope(around, "purpose") && (hits.some((h) => h.planned && h.end <= f.start && TRAVEL.has(h.trigger.event_type)) || inScope(around, "planned", true))) ||
        (isHeadline(sentence) && inScope(around, "headline")) ||
        (insideQuotation(around) && inScope(around, "quoted") && !inScope(around, "present")) ||
        presentTimeClause(before, f.text, cues) ||
        frontedPlan(sentence.text, f.start - sentence.start, f.end - sentence.start, lexicons.modality, cues);
    const ahead = !planned && inScope(around, "ahead");
    // Each field by name: a spread of `f` made the hit a slow copy, and cost more than the rest of the loop.
    hits.push({
      trigger: f.trigger,
      start: f.start,
      end: f.end,
      text: f.text,
      planned: planned || ahead,
      ahead,
      background: inScope(around, "background") || inScope(around, "marked"),
      marked: inScope(around, "marked"),
      anaphoric: cues.anaphorAfter.test(after) || cues.anaphorBefore.test(before) || cues.timeAnaphorOpening.test(sentence.text),
      proximal: cues.proximalAfter.test(after) || cues.proximalBefore.test(before),
      passive: cues.passiveBefore.test(before) || cues.passivePrefix.test(f.text),
      // A possessive (a clitic on the trigger, a pronoun after or before it): the event of someone just named.
      continuing: (cues.cliticEnd.test(f.text) && !cues.cliticEnd.test(f.trigger.pattern)) || cues.possessiveAfter.test(after) || cues.possessiveBefore.test(before),
      venues,
      leaving: f.trigger.event_type === "departure" && placeRightAfter(text, f.end, entities)
    });
  }
  return hits;
}

/**
 * The last of `text.matchAll(regex)` (a global expression) that `accept` accepts, without the copy of the expression
 * and the array of every match that spreading them takes: asked several times of each gap between two triggers.
 */
function lastMatch(regex: RegExp, text: string, accept: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (accept(m)) last = m;
    // After an empty match the next is looked for a character on, as matchAll does.
    if (m[0] === "") regex.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff && regex.unicode ? 2 : 1);
  }
  regex.lastIndex = 0;
  return last;
}

/** Whether a sentence is the article's headline: its first line, standing alone, with no closing punctuation. */
function isHeadline(sentence: Sentence): boolean {
  return sentence.index === 1 && !/[.!?…"”’']\s*$/u.test(sentence.text);
}

/** Whether an invitation stands before `hit` in its clause ("mengundangnya untuk berkunjung ke Moskow", a clitic
 * the modality cue does not match): the visit invited to is still to come. */
function invitedBefore(text: string, hits: ReadonlyArray<{ trigger: Trigger; start: number; end: number }>, hit: { start: number }): boolean {
  return hits.some((h) => h.end <= hit.start && h.trigger.role === "planned" && !BOUNDARY.test(text.slice(h.end, hit.start)));
}

/** Whether a journey (a visit, an arrival, a departure) is reported before `hit` in its sentence: what it is "for" is
 * still to come when the journey is reported, unless it is the journey itself ("arrived for a two-day visit"). */
function journeyBefore(hits: ReadonlyArray<{ trigger: Trigger; start: number }>, hit: { start: number }): boolean {
  return hits.some((h) => h.start < hit.start && TRAVEL.has(h.trigger.event_type));
}

// ——— the article in order ——————————————————————————————————————————————————————————————————————————

function resolveGroups(groups: readonly Group[], sentences: readonly Sentence[], window: Window | null, datesBySentence: SentenceDates, anchor: Anchor | null, leadPlaces: readonly Place[], context: MentionContext): Resolved[] {
  const indexOf = new Map(sentences.map((s, i) => [s.sentence_id, i]));
  const when = (g: Group): "past" | "current" | "future" | null => {
    if (g.date === null) return null;
    if (window === null) return "current";
    const first = dayOf(g.date.mention.date_start);
    return first < window.first ? "past" : first > window.last ? "future" : "current";
  };
  const { people, sides } = context;
  const ownPair = (g: Group) => pairOf(g, people, sides);
  // A meeting that ended at most a season before the news period: what a headline may still be about.
  const recent = (g: Group) => window === null || (g.date !== null && dayOf(g.date.mention.date_end) >= window.first - HEADLINE_REACH_DAYS);
  const others = othersReports(groups, people, sides);
  const news = newsEvent(groups.filter((g) => !others.has(g)), when, recent, people, sides, context.places);
  const newsPair = news === undefined ? { host: "", guest: "" } : news.thirdCountry !== "" ? { host: news.thirdCountry, guest: "" } : newsDirection(news, groups, when, people, sides, leadPlaces);
  // Where the news happened when none of its own reports says: the finest place the lead names on the host's soil
  // (a dateline "WONSAN, July 12", "as Putin showed him around the Vostochny Cosmodrome").
  const newsVenue = news === undefined || news.venue !== null ? null : (leadPlaces.find((p) => p.country === newsPair.host) ?? null);
  const newsPlanned = news !== undefined && (news.planned || when(news) === "future");
  const newsDate = news === undefined || newsPlanned ? null : newsDateOf(news, groups, when, datesBySentence, window, anchor, people, sides, others);

  const resolved: Resolved[] = [];
  // The same meeting is looked for across the whole article, or, in a pathologically long text, across the
  // WHOLE_ARTICLE groups around each one: no news article has that many reports, and the work stays linear.
  const nearby = (i: number) => (groups.length <= WHOLE_ARTICLE ? groups : groups.slice(Math.max(0, i - WHOLE_ARTICLE / 2), i + WHOLE_ARTICLE / 2));
  for (const [i, g] of groups.entries()) {
    const pair = others.has(g) ? { host: "", guest: "" } : ownPair(g);
    const r: Resolved = { group: g, role: "main", date: null, host: pair.host, guest: pair.guest, venue: g.venue, people: new Set(g.people) };
    const sentenceIndex = indexOf.get(g.sentence.sentence_id) ?? 0;
    // The news's report, once it is resolved (it is found among the reports before this one, or not yet).
    const newsReport = resolved.find((x) => x.group === news);
    const lastReport = g.anaphoric || g.continuing ? findReferent(g, resolved, sentenceIndex, indexOf, people, sides, context.places, newsReport) : undefined;
    // "Putin dijadwalkan tiba Selasa malam. Ia kemudian bertemu Kim pada Rabu.": a pronoun subject going on from a plan
    // in the sentence before, with no date of its own in the past, goes on with the plan (a language without tenses
    // does not say so again).
    const planContinued =
      g.pronounSubject &&
      !g.background &&
      lastReport?.role === "planned" &&
      (indexOf.get(lastReport.group.sentence.sentence_id) ?? -Infinity) === sentenceIndex - 1 &&
      (g.date === null || g.date.mention.relative);
    // "Kunjungan ini", "this visit" never points back to an earlier year's meeting: past the background, the news.
    // Nor to a meeting of others told in between ("Sepekan sebelumnya, Lavrov bertemu Wang Yi").
    const pastNews = lastReport !== undefined && (lastReport.role === "background" || !involvesBothSides(lastReport, people, sides));
    const referent = g.proximal && pastNews && g !== news ? (latestNewsReport(resolved, people, sides) ?? newsReport ?? lastReport) : lastReport;
    // "Kim and Putin held a summit in 2019, their first": a plural anaphor adds the referent's people only when the
    // group does not name both sides itself.
    const namesBoth = sides.every((side) => countriesOf(r.people, people).includes(side));
    if (referent !== undefined && ((g.pluralAnaphor && !namesBoth) || r.people.size === 0)) for (const p of referent.people) r.people.add(p);
    if (g.objectPronoun) {
      // This sentence's reports and the one before's, searched back from the latest (no further: the work stays linear).
      const reports: Array<ReadonlySet<string>> = [];
      for (let k = resolved.length - 1; k >= 0 && sentenceIndex - (indexOf.get(resolved[k]!.group.sentence.sentence_id) ?? -Infinity) <= 1; k--) reports.unshift(resolved[k]!.people);
      const other = pronounObject(r.people, reports, people, sides);
      if (other !== null) r.people.add(other);
    }
    if (sides.every((side) => countriesOf(r.people, people).includes(side))) for (const p of g.apart) r.people.delete(p);
    // "Trump met Kim three times": one side's people with a third country's and nobody of the other side is a meeting
    // of others; it takes no direction from the news or an earlier report.
    const othersMeeting = othersMeet(r.people, people, sides) || others.has(g);
    const period = when(g);
    const same = period === null && referent === undefined ? sameMeeting(g, nearby(i), when, recent, people, sides, context.places) : undefined;
    // A modal cannot make planned an event the sentence dates in the past ("will fulfil agreements reached at
    // September's summit"). A trigger planned in itself (an invitation) stays planned whatever its date: "Putin in
    // May last year invited Kim to visit Russia" dates the invitation, not a visit.
    const plannedInItself = g.hits.some((h) => h.trigger.role === "planned");
    // "Ahead of the summit, Kim crossed the border …" in a story that reports the summit as held: the words name the
    // summit it reported, not a plan, and add no report of their own (held-ahead.ts).
    if (period === null && !plannedInItself && heldBefore(g, referent, newsReport) !== undefined) continue;
    // Nor can "menjelang" an event the sentence dates before the news ("…, menjelang KTT di Vostochny pada September 2023"
    // in a story of 2025): that event is a point in time the sentence's own is placed by.
    const plannedAhead = g.planned && !(g.ahead && period === "past");
    // "…”, he said at the meeting with Matvienko": where a speech was made, which happened (speech-occasion.ts).
    const spokenAt = !g.planned && speechOccasion(g.sentence.text, 0, g.hits[0]!.start - g.sentence.start, context.lexicons.modality, context.pack);
    if ((plannedAhead && (plannedInItself || !(g.dateBound && period === "past"))) || period === "future" || planContinued || unreachedReference(g, anchor)) {
      r.role = "planned";
      if (g.date !== null) r.date = plannedDate(g, g.date, anchor, context);
    } else if (period !== null) {
      // Without the article's date nothing places a dated report before the news but its own marker ("their last
      // summit in June 2024").
      // Nor, in the news period, a report its own marker places before the news's day ("He had visited Pyongyang on
      // June 4", "Ia sebelumnya bertemu Kim pada 4 Juni lalu" in a story of 17 June): an earlier trip of the same weeks.
      const beforeNews = g.background && newsDate !== null && g.date!.mention.date_end < newsDate.start && g !== news;
      r.role = period === "past" || beforeNews || (window === null && (g.background || g.aside)) ? "background" : "main";
      r.date = dateOf(g.date!);
    } else if (referent !== undefined && !ownPast(g, referent) && !g.hits.every((h) => h.marked)) {
      // (An anniversary's event is a year back at least: never the meeting the sentence before reports.)
      r.role = spokenAt && referent.role === "planned" ? "main" : referent.role;
      r.date = referent.date === null ? null : { ...referent.date, text: "", anchor: "carried over from an earlier sentence" };
    } else if (same !== undefined && g !== news) {
      // The same people meeting, dated elsewhere in the article ("Awal bulan ini, Kim dan Putin …"): that meeting.
      r.role = "background";
      r.date = { ...dateOf(same.date!), text: "", anchor: `the same meeting: ${same.date!.mention.text}` };
    } else if (g.background) {
      r.role = "background";
    } else if (news !== undefined && attachesToNews(g, pair, news, newsPair, people)) {
      // The article's news, as its lead reports it: happened, or still to come.
      r.role = newsPlanned && !spokenAt ? "planned" : "main";
      if (!newsPlanned && newsDate !== null) r.date = newsDate;
      if (g.venue === null && newsPair.host !== "" && !othersMeeting) {
        r.host = newsPair.host;
        r.guest = newsPair.guest;
      }
      if (news.thirdCountry !== "" && g.venue === null) {
        r.host = news.thirdCountry;
        r.guest = "";
        r.venue = news.venue;
      }
    } else {
      r.role = "background";
    }
    // "Kim Jong Il membalas kunjungan itu": an undated event anaphor is its referent, whoever the clause's subject
    // is; it takes the referent's direction and place.
    if (g.anaphoric && period === null && referent !== undefined && referent.host !== "" && g.thirdCountry === "" && !othersMeeting && (g.venue === null || g.venue.country === referent.host)) {
      r.host = referent.host;
      r.guest = referent.guest;
      r.venue = g.venue ?? referent.venue;
    }
    // A report dated apart from its referent ("his September summit" in a story of October's talks) is another
    // meeting of the same people: it takes their names, never the referent's place or direction.
    if (r.host === "" && g.thirdCountry === "" && !othersMeeting && referent !== undefined && (period === null || r.role === referent.role)) {
      r.host = referent.host;
      r.guest = referent.guest;
      r.venue ??= referent.venue;
    }
    if (r.host === "" && g.thirdCountry === "" && !othersMeeting && r.role === "main" && newsPair.host !== "" && countriesOf(r.people, people).every((c) => c === newsPair.host || c === newsPair.guest || (newsPair.guest === "" && isSide(sides, c)))) {
      r.host = newsPair.host;
      r.guest = newsPair.guest;
      if (newsPair.guest === "") r.venue ??= news?.venue ?? null;
    }
    if (g === news && r.venue === null && r.role === "main") r.venue = newsVenue;
    // A meeting of the two sides on a third country's soil (a parade, a forum): that country is where it was held.
    if (g.thirdCountry !== "") r.host = g.thirdCountry;
    // "membahas", "menjajaki": talks only when the two sides are the subjects ("Choe dan Lavrov membahas").
    const bothSides = sides.every((side) => countriesOf(r.people, people).includes(side));
    if (g.hits.every((h) => h.trigger.requires === "both-sides") && !bothSides) continue;
    // "Chinese Premier Li Qiang and Vietnamese leader To Lam also arrived in Pyongyang": a report that names nobody of
    // either side and says others "also" did it is those others' doing (names the gazetteer lacks), not the news's.
    if (r.people.size === 0 && g.additive) continue;
    // "Russian tourists have been visiting North Korea", "pekerja Korea Utara tiba di Rusia": a trip whose subject is a
    // group of non-officials and that names nobody of either side is theirs, not a meeting of the two sides; nor does
    // it take an earlier report's people.
    if (g.people.size === 0 && g.nonOfficials && g.hits.every((h) => TRAVEL.has(h.trigger.event_type))) continue;
    // "a South Korean presidential envoy met Kim Jong Il in Pyongyang": a third country's official meets one side.
    // So "Kim and Chinese President Xi Jinping held talks", "the meeting between Kim and US President Trump".
    if ((g.foreignSubject || g.foreignPair) && !sides.every((side) => countriesOf(g.people, people).includes(side))) continue;
    resolved.push(r);
  }
  return resolved;
}

/**
 * The article's news: what its headline and lead report, which may be a meeting still to come ("Kim to visit Russia
 * soon"). The first meeting not marked as background nor dated before the news period, nor an undated report of a
 * meeting the article dates there, with a direction or both sides named.
 */
function newsEvent(groups: readonly Group[], when: (g: Group) => string | null, recent: (g: Group) => boolean, people: ReadonlyMap<string, Person>, sides: Sides, places: ReadonlyMap<string, Place>): Group | undefined {
  return groups.find((g) => {
    if (g.background || when(g) === "past") return false;
    // "A senior diplomat met his counterpart on Tuesday amid speculation that Kim could visit Moscow": a plan told
    // after a report of the news period in the same sentence is not what the article reports, even when that report
    // names nobody.
    if (g.planned && groups.some((o) => o !== g && o.sentence === g.sentence && o.hits[0]!.start < g.hits[0]!.start && !o.planned && !o.background && when(o) === "current")) return false;
    if (g.date === null && sameMeeting(g, groups, when, recent, people, sides, places) !== undefined) return false;
    return pairOf(g, people, sides).host !== "" || (g.thirdCountry !== "" && meetsThere(g.people, people, sides)) || sides.every((side) => countriesOf(g.people, people).includes(side));
  });
}

/**
 * The reports of a meeting of others: one side's people with a third country's ("Shoigu held talks with Iranian
 * President Masoud Pezeshkian in Tehran"), and the reports that go on from one with "also", an event anaphor or a
 * possessive and no place or person of the other side ("Shoigu also met …", "The visit is Shoigu's first trip
 * abroad").
 */
function othersReports(groups: readonly Group[], people: ReadonlyMap<string, Person>, sides: Sides): Set<Group> {
  const others = new Set<Group>();
  for (const [i, g] of groups.entries()) {
    const before = groups[i - 1];
    // (Or a later trigger of the same sentence that names no one new: "Kim made a surprise visit to China for talks
    // with Xi, his first trip abroad since …" is that one trip.)
    const sameSentence = before !== undefined && before.sentence === g.sentence && [...g.people].every((p) => before.people.has(p));
    const goesOn = before !== undefined && others.has(before) && (g.additive || g.anaphoric || g.continuing || sameSentence) && g.venue === null && !sides.every((side) => countriesOf(g.people, people).includes(side));
    // A third country's official as the subject or a member of the pair, one side named: never the article's news.
    const foreignParty = (g.foreignSubject || g.foreignPair) && !sides.every((side) => countriesOf(g.people, people).includes(side));
    if (othersMeet(g.people, people, sides) || goesOn || foreignParty) others.add(g);
  }
  return others;
}

/** The latest dated report of the article's own time that is a meeting of the two sides: what "this visit" is. */
function latestNewsReport(resolved: readonly Resolved[], people: ReadonlyMap<string, Person>, sides: Sides): Resolved | undefined {
  for (let k = resolved.length - 1; k >= 0; k--) {
    const r = resolved[k]!;
    if (r.role === "main" && r.date !== null && involvesBothSides(r, people, sides)) return r;
  }
  return undefined;
}

/** Whether a meeting on a third country's soil is the two sides': someone of a side named, and no one else's meeting. */
function meetsThere(named: ReadonlySet<string>, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  return countriesOf(named, people).some((c) => isSide(sides, c)) && !othersMeet(named, people, sides);
}

/** Whether people of one side only meet a third country's ("Trump wants to meet Kim in Seoul"): a meeting of others. */
function othersMeet(named: ReadonlySet<string>, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  const countries = countriesOf(named, people);
  return countries.some((c) => !isSide(sides, c)) && !sides.every((side) => countries.includes(side));
}

/**
 * Whether an undated group with no marker of its own reports the news: a meeting of the news's direction or of
 * none; for a meeting in a third country, any report that names no other place.
 */
function attachesToNews(g: Group, pair: { host: string; guest: string }, news: Group, newsPair: { host: string; guest: string }, people: ReadonlyMap<string, Person>): boolean {
  // Nobody of either side, and another country named: talks of others ("mandeknya pembicaraan nuklir dengan AS").
  if (g.people.size === 0 && g.foreign && !g.anaphoric) return false;
  // So with one side's people only, the country closely after the trigger, and no place of its own ("Putin's six
  // summits so far with South Korea").
  if (g.foreignPartner && !g.anaphoric && g.venue === null && countriesOf(g.people, people).length <= 1) return false;
  // "… kunjungan Presiden Vladimir Putin ke negara tersebut" in a story of Shoigu's talks in Pyongyang: a journey of a
  // head of state of the travelling side, whose news people are no head, is a trip of their own, not the minister's
  // (the host's head receiving a visiting minister is the news: "Kim juga bertemu dengan Lavrov"; so is what the
  // head "also" did on the trip: "Putin juga bertemu …").
  if (!g.anaphoric && !g.additive && g.hits.every((h) => TRAVEL.has(h.trigger.event_type)) && newsPair.guest !== "" && headApart(g.people, news.people, newsPair.guest, people)) return false;
  if (news.thirdCountry !== "") return g.thirdCountry === news.thirdCountry || g.venue === null;
  // A direction read from the people alone (a traveller, a host) is weaker than the news's: the venue decides.
  return g.thirdCountry === "" && (pair.host === "" || g.venue === null || (pair.host === newsPair.host && pair.guest === newsPair.guest));
}

/** Whether `named` holds a head of state of `country` while the people of that country in `news` are named but hold no head. */
function headApart(named: ReadonlySet<string>, news: ReadonlySet<string>, country: string, people: ReadonlyMap<string, Person>): boolean {
  const side = [...news].filter((id) => people.get(id)?.country === country);
  if (side.length === 0 || side.some((id) => people.get(id)?.level === "head")) return false;
  return [...named].some((id) => people.get(id)?.country === country && people.get(id)?.level === "head" && !news.has(id));
}

/**
 * Who hosts the news: the news event's own direction, else that of the first report in the news period that shares
 * a person with it ("Kim Sambut Kedatangan Shoigu" names both sides but not where; "Kedatangan Shoigu" does).
 */
function newsDirection(news: Group, groups: readonly Group[], when: (g: Group) => string | null, people: ReadonlyMap<string, Person>, sides: Sides, leadPlaces: readonly Place[]): { host: string; guest: string } {
  const own = pairOf(news, people, sides);
  if (own.host !== "") return own;
  // The lead's own report of the same people's meeting says where ("Kim Jong Un in Beijing meets Putin" over
  // "BEIJING (AP) — Kim … met with … Putin in Beijing on Wednesday"), a third country included …
  const reported = groups.find(
    (g) => g !== news && g.sentence.index <= LEAD_SENTENCES && !g.planned && !g.background && (when(g) === null || when(g) === "current") && g.venue !== null && [...g.people].some((p) => news.people.has(p))
  );
  if (reported !== undefined) {
    const host = reported.venue!.country;
    if (host !== "") return isSide(sides, host) ? { host, guest: otherSide(sides, host) } : { host, guest: "" };
  }
  // … else the lead's finest place on either side's soil (a dateline, "the Vostochny Cosmodrome") says who hosts …
  const place = leadPlaces.find((p) => isSide(sides, p.country));
  if (place !== undefined) return { host: place.country, guest: otherSide(sides, place.country) };
  // … else the first report in the news period sharing a person with the news.
  for (const g of groups) {
    if (g.planned || g.background || g.thirdCountry !== "" || (when(g) !== null && when(g) !== "current")) continue;
    if (news.people.size > 0 && ![...g.people].some((p) => news.people.has(p))) continue;
    const pair = pairOf(g, people, sides);
    if (pair.host !== "") return pair;
  }
  return own;
}

/**
 * The news event's date: a day the lead states; else its own; else the first day stated in the news period for a report of the same meeting;
 * else any day stated in the news period (a statement made on the day of the arrival); else the article's own date,
 * since a report without a date is news of its day.
 */
function newsDateOf(news: Group, groups: readonly Group[], when: (g: Group) => string | null, datesBySentence: SentenceDates, window: Window | null, anchor: Anchor | null, people: ReadonlyMap<string, Person>, sides: Sides, others: ReadonlySet<Group>): NonNullable<Resolved["date"]> | null {
  const carried = (d: OwnDate) => ({ ...dateOf(d), text: "", anchor: `the article's news: ${d.mention.text}` });
  const inWindow = (d: OwnDate) => window !== null && d.mention.precision === "day" && !d.report && dayOf(d.mention.date_start) >= window.first && dayOf(d.mention.date_start) <= window.last;
  // The lead dates the news ("Moskow (ANTARA) - Lavrov, Jumat, mengatakan …").
  const lead = datesBySentence.of(0).find(inWindow);
  if (lead !== undefined) return carried(lead);
  if (news.date !== null && when(news) === "current") return carried(news.date);
  // Without the article's date nothing tells the news period from the past: only the news's own date dates it.
  if (window === null) return null;
  const pair = pairOf(news, people, sides);
  const sameNews = groups.filter((g) => {
    // (Nor a meeting of others: "the meeting between Kim and US President Trump … on June 12".)
    if (g.planned || g.background || g.date === null || when(g) !== "current" || others.has(g)) return false;
    const other = pairOf(g, people, sides);
    // A news report of no direction ("Kim meets Shoigu again") is dated by a report of either.
    return (other.host === "" || pair.host === "" || (other.host === pair.host && other.guest === pair.guest)) && g.thirdCountry === news.thirdCountry;
  });
  const reported = sameNews.find((g) => g.date!.mention.precision === "day" && !g.date!.report) ?? sameNews[0];
  if (reported !== undefined) return carried(reported.date!);
  // A day stated for a plan ("talks … planned for Friday") is that plan's, not the day of the news.
  const ofPlan = (d: OwnDate) => groups.some((g) => (g.planned || others.has(g)) && g.date?.mention === d.mention);
  const stated = datesBySentence.all().flat().find((d) => inWindow(d) && !ofPlan(d));
  if (stated !== undefined) return carried(stated);
  if (anchor !== null && anchor.precision === "day" && anchor.source !== "context") {
    return { start: anchor.date, end: anchor.date, precision: "day", text: "", anchor: `the article's date: ${anchor.text}` };
  }
  return null;
}

/**
 * A report elsewhere in the article, dated before the news period, of a meeting of the same people (one of each
 * side in common): an undated mention of it is that earlier meeting ("Usai Kim bertemu Putin" in the headline,
 * "Awal bulan ini, Kim dan Putin mengadakan pertemuan puncak" further down). Most people in common wins.
 */
function sameMeeting(g: Group, groups: readonly Group[], when: (g: Group) => string | null, recent: (g: Group) => boolean, people: ReadonlyMap<string, Person>, sides: Sides, places: ReadonlyMap<string, Place>): Group | undefined {
  const sidesOf = (ids: Iterable<string>) => countriesOf(ids, people);
  if (!sides.every((side) => sidesOf(g.people).includes(side))) return undefined;
  const bothShared = (other: Group) => sides.every((side) => sidesOf([...g.people].filter((p) => other.people.has(p))).includes(side));
  // The same people also meet in the news period: the undated mention is as likely the news, which wins. So it is
  // when the news is one of them on the other side's soil ("Putin arrived in North Korea … Kim greeted the Russian
  // president on the tarmac").
  const onOtherSoil = (other: Group) => [...g.people].some((p) => other.people.has(p)) && sides.every((side) => sidesOf(other.people).includes(side) || other.venue?.country === side);
  if (groups.some((other) => other !== g && !other.planned && when(other) === "current" && (bothShared(other) || onOtherSoil(other)))) return undefined;
  let chosen: Group | undefined;
  let score = 0;
  for (const other of groups) {
    if (other === g || other.planned || when(other) !== "past" || !bothShared(other)) continue;
    // A headline tells the news or what just led to it ("Usai Kim Bertemu Putin, Menlu Rusia Akan Kunjungi Korut"),
    // never a meeting the body dates in an earlier season ("Putin and Kim hold talks" over "last met in 2019").
    if (isHeadline(g.sentence) && !recent(other)) continue;
    // A meeting in another country is another meeting ("talks in Pyongyang" is not "last met … in Russia").
    if (g.venue !== null && other.venue !== null && g.venue.country !== other.venue.country) continue;
    // Nor is a meeting in another city of the same country ("talks in Wonsan" is not "talks … in Pyongyang" of 2023).
    if (g.venue !== null && other.venue !== null && apartCities(g.venue, other.venue, places)) continue;
    const shared = [...g.people].filter((p) => other.people.has(p));
    if (shared.length > score) {
      chosen = other;
      score = shared.length;
    }
  }
  return chosen;
}

/**
 * Whether two places lie in different cities (a site in its city; a country or region has none, so is apart from
 * none). A site outside any city (the Vostochny Cosmodrome) is apart from any city and from any other such site.
 */
function apartCities(a: Place, b: Place, places: ReadonlyMap<string, Place>): boolean {
  const [x, y] = [cityOf(a, places), cityOf(b, places)];
  if (x !== null && y !== null) return x !== y;
  const local = (p: Place) => p.kind !== "country" && p.kind !== "region";
  return local(a) && local(b) && (x ?? a.place_id) !== (y ?? b.place_id);
}

function findReferent(g: Group, resolved: readonly Resolved[], index: number, indexOf: ReadonlyMap<string, number>, people: ReadonlyMap<string, Person>, sides: Sides, places: ReadonlyMap<string, Place>, newsReport: Resolved | undefined): Resolved | undefined {
  // A planned meeting is referred back to as well ("… untuk menghadiri pertemuan dengan Putin. Pertemuan ini
  // diperkirakan …"): what refers to it is planned too.
  // An invitation ("at Lavrov's invitation") is not a meeting an anaphor can point to.
  // Searched backwards from the latest report, so the work is the distance to the referent, not the article's length.
  const lastWhere = (test: (r: Resolved) => boolean) => {
    for (let k = resolved.length - 1; k >= 0; k--) {
      const r = resolved[k]!;
      if (!r.group.hits.every((h) => h.trigger.role === "planned") && test(r)) return r;
    }
    return undefined;
  };
  if (g.summitAnaphor) {
    // "KTT tersebut" is the last meeting of the two heads of state, however far back.
    // Nor an invitation to the next summit and what it is to discuss ("mengundang Putin ke Pyongyang untuk membahas …"):
    // an invitation is no summit.
    return lastWhere((r) => r.group.hits[0]!.trigger.role !== "planned" && sides.every((side) => [...r.people].some((p) => people.get(p)?.country === side && people.get(p)?.level === "head")));
  }
  // An event anaphor inside a sentence ("untuk menindaklanjuti KTT tersebut") points further back; what follows
  // continues the sentence's own report.
  // "He will hold talks with Vietnamese leaders on Thursday. … Kim has been speaking alongside Putin at the signing
  // ceremony": an anaphor whose own clause names both sides points back to a meeting of both, not to others' told since.
  const namesBoth = sides.every((side) => countriesOf(g.people, people).includes(side));
  const fits = (r: Resolved) => !r.group.anaphoric && (!namesBoth || involvesBothSides(r, people, sides));
  // "Dua pesawat Air Koryo tiba di Vladivostok pada Minggu. Dalam pertemuan tersebut Choe …": a journey that names no
  // traveller (planes, cargo, a train arriving) is no meeting a meeting's anaphor goes on about, while one with people
  // is told before it.
  const cargo = (r: Resolved) => r.people.size === 0 && r.group.hits.every((h) => TRAVEL.has(h.trigger.event_type)) && !g.hits.some((h) => TRAVEL.has(h.trigger.event_type));
  const first = lastWhere((r) => fits(r) && !cargo(r)) ?? lastWhere(fits);
  if (first === undefined) return undefined;
  // "The meeting in Beijing …" after an aside on Pyongyang: the report in the anaphor's own city (anaphor-venue.ts).
  // (Of the two sides' meetings: "Kim arrived in the Chinese capital" is no meeting "the meeting in Beijing" names.)
  const candidates = g.anaphoric ? resolved.filter((r) => !r.group.hits.every((h) => h.trigger.role === "planned") && fits(r) && involvesBothSides(r, people, sides)).reverse() : [];
  const atVenue = referentAtVenue(g.venue, candidates, places);
  const latest = atVenue ?? first;
  // What a later anaphor ("the two men", "the talks") goes on about is that sentence's own meeting of the two sides,
  // when it reports one: not an aside about others ("…, two months after his talks with Trump collapsed") nor a
  // clause about an earlier event ("their first since Putin's visit last June").
  const own = (r: Resolved) => involvesBothSides(r, people, sides) && !r.group.aside;
  let last = latest;
  for (let k = resolved.lastIndexOf(latest) - 1; k >= 0 && !own(last) && resolved[k]!.group.sentence === latest.group.sentence; k--) {
    const r = resolved[k]!;
    if (!r.group.anaphoric && own(r)) last = r;
  }
  // "The leaders last met in April 2019. The talks lasted four hours.": past a comparing aside, the news (anaphor-recap.ts).
  const news = newsPastComparison(g, last, newsReport, () => latestNewsReport(resolved.slice(0, resolved.indexOf(last)), people, sides));
  if (news !== undefined && index - (indexOf.get(last.group.sentence.sentence_id) ?? -Infinity) <= 1) return news;
  // A city named settles the referent as a pair of names does: it reaches as far.
  const reach = g.pluralAnaphor || (atVenue !== undefined && last === atVenue) ? PLURAL_ANAPHOR_REACH : g.anaphoric && last.role === "planned" ? PLAN_ANAPHOR_REACH : ANAPHOR_REACH;
  return index - (indexOf.get(last.group.sentence.sentence_id) ?? -Infinity) <= reach ? last : undefined;
}

/** Who hosts and who travels, from the venue's country, else from who travels or who receives. */
function pairOf(g: Group, people: ReadonlyMap<string, Person>, sides: Sides): { host: string; guest: string } {
  const other = (side: string) => otherSide(sides, side);
  if (g.venue !== null) {
    const host = g.venue.country;
    return isSide(sides, host) ? { host, guest: other(host) } : { host: "", guest: "" };
  }
  const countries = countriesOf(g.people, people);
  const type = g.hits[0]!.trigger.event_type;
  // "Putin menjamu Choe": the subject of a reception is its host; "Kim menyambut kedatangannya": the arrival after
  // it is the guest's, not the subject's.
  // "Choe was received by Putin", "Shoigu dijamu Kim": the subject of a passive reception is the guest.
  if (type === "reception" && isSide(sides, g.subjectCountry)) {
    return g.hits[0]!.passive ? { host: other(g.subjectCountry), guest: g.subjectCountry } : { host: g.subjectCountry, guest: other(g.subjectCountry) };
  }
  // A delegation of one side, or whoever an official of one side greets, travels to the other.
  if (isSide(sides, g.travellers)) return { host: other(g.travellers), guest: g.travellers };
  // Only a visit names its traveller alone: "kunjungan Lavrov" is Lavrov's trip to the other side.
  if (g.hits.some((h) => TRAVEL.has(h.trigger.event_type)) && countries.length === 1 && isSide(sides, countries[0]!)) {
    return { host: other(countries[0]!), guest: countries[0]! };
  }
  return { host: "", guest: "" };
}

/** "A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung, …": a
 * meeting its words give to both countries, naming nobody of a third one, is theirs though the excerpt names only one
 * side's people. */
function ofBothCountries(r: Resolved, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  return r.group.bothCountries && countriesOf(r.people, people).every((c) => isSide(sides, c));
}

function involvesBothSides(r: Resolved, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  const countries = countriesOf(r.people, people);
  // A direction read from a venue alone ("tiba di Pyongyang") assumes the visitor is the other side's; a visitor
  // named from a third country and nobody of that side says the trip is someone else's (Xi in Pyongyang).
  const othersOnly = !countries.includes(r.guest) && countries.some((c) => !isSide(sides, c));
  if (isSide(sides, r.host) && isSide(sides, r.guest) && !othersOnly) return true;
  return sides.every((side) => countries.includes(side));
}

/**
 * A report without the people who had died by its day (gazetteer/people.csv's `died`): its date, or, for the news
 * and a plan left undated, the article's. "… ketika Kim Il Sung rutin bertemu para pemimpin Soviet" recalled in a
 * story of 2024 is no meeting of his in 2024. An undated earlier event keeps everyone: it may be of their lifetime.
 */
function living(r: Resolved, anchor: Anchor | null, people: ReadonlyMap<string, Person>): Resolved {
  const day = r.date?.start ?? (r.role === "background" || anchor === null || anchor.precision === "month-day" ? "" : anchor.date);
  const dead = [...r.people].filter((id) => deadBy(id, day, people));
  if (dead.length === 0) return r;
  return { ...r, people: new Set([...r.people].filter((id) => !dead.includes(id))) };
}

function toMention(r: Resolved, sides: Sides, article_id: string, mention_id: string): Mention {
  const g = r.group;
  const first = g.hits[0]!.trigger;
  const thirdPlace = r.host !== "" && !isSide(sides, r.host);
  return {
    mention_id,
    article_id,
    event_id: "",
    event_type: first.event_type,
    cameo: thirdPlace ? "044" : first.cameo,
    date_start: r.date?.start ?? "",
    date_end: r.date?.end ?? "",
    date_precision: r.date?.precision ?? "",
    date_text: r.date?.text ?? "",
    date_anchor: r.date?.anchor ?? "",
    venue_id: r.venue?.place_id ?? "",
    role: r.role,
    char_start: g.sentence.start,
    char_end: g.sentence.end,
    evidence: g.sentence.text,
    host_country: r.host,
    guest_country: r.guest,
    people: [...r.people].sort(),
    sentence_id: g.sentence.sentence_id,
    triggers: g.hits.map((h) => h.text)
  };
}

/** A visit's stated length ("a two-day visit") spans from the day given: forward from an arrival or a meeting, back
 * from a departure from the venue ("left Pyongyang on Friday, ending a two-day state visit"). */
function withDuration(date: OwnDate, sentence: string, cues: EventCues, leaving: boolean): OwnDate {
  const m = date.mention;
  if (m.precision !== "day" || m.date_start !== m.date_end) return date;
  const days = cues.durationDays(sentence);
  if (days === null) return date;
  const day = dayOf(m.date_start);
  const span = leaving ? { date_start: isoDay(day - days + 1), date_end: m.date_end } : { date_start: m.date_start, date_end: isoDay(day + days - 1) };
  return { ...date, mention: { ...m, ...span } };
}

/**
 * "Kim tiba di Vladivostok pada hari Rabu, sehari sebelum pertemuan puncaknya dengan Putin" in a story of that
 * Thursday: a meeting named only as what the sentence's own event came before is told as a point in time, not as a
 * report; when it falls on the day of writing or later it is still to come. (One before that day stays a report.)
 */
function unreachedReference(g: Group, anchor: Anchor | null): boolean {
  return g.later && g.date !== null && anchor !== null && anchor.precision === "day" && g.date.mention.date_start >= anchor.date;
}

/**
 * A plan's date: a weekday alone is the next one after the article's day ("will visit North Korea on Wednesday"
 * written on a Monday), where a report of what happened takes the last one before it.
 */
function plannedDate(g: Group, d: OwnDate, anchor: Anchor | null, context: MentionContext): NonNullable<Resolved["date"]> {
  const date = dateOf(d);
  if (anchor === null || anchor.precision !== "day" || !d.mention.relative || d.mention.precision !== "day" || date.start >= anchor.date) return date;
  if (!eventCues(context.pack).bareWeekday.test(d.mention.text.trim())) return date;
  // "told Russian media on Wednesday that preparations are underway": the weekday dates the statement, which is past.
  const before = g.sentence.text.slice(0, d.mention.start - g.sentence.start).split(/\s+/u).slice(-SPEECH_DATE_WORDS).join(" ");
  if (cueMatches(context.lexicons.modality, "speech", before).length > 0) return date;
  const later = (iso: string) => isoDay(dayOf(iso) + 7);
  return { ...date, start: later(date.start), end: later(date.end) };
}

/**
 * "Sebelumnya, kedua pemimpin bertemu di Vostochny pada 13 Sept…" in a story of June 2024: a report marked as earlier
 * is before the day of writing, so a day and month whose year the nearest-year rule put after it (the year cut off by
 * the excerpt, or never written) are the year before's. So is one that states no plan and that the rule put more
 * than `reach` days after it: what is reported without a plan has happened.
 */
function pastYear(d: OwnDate, reach: number): OwnDate {
  const m = d.mention;
  // (Against the anchor's last day: a day of an anchor's month, "2024-09-13" in September 2024, is not after it.)
  const a = m.anchor;
  const written = a === null || !writtenOn(a) || a.precision === "month-day" ? null : a.precision === "day" ? a.date : a.precision === "month" ? `${a.date}-31` : `${a.date}-12-31`;
  if (written === null || m.precision !== "day" || !m.flags.includes("year-inferred") || m.date_start <= (reach === 0 ? written : isoDay(dayOf(written) + reach))) return d;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  if (m.date_start.slice(5, 10) === "02-29" || m.date_end.slice(5, 10) === "02-29") return d;
  return { ...d, mention: { ...m, date_start: back(m.date_start), date_end: back(m.date_end) } };
}

/** The article's own day, as a date a span can count from; null without one. */
function articleDay(anchor: Anchor | null): OwnDate | null {
  if (anchor === null || anchor.precision !== "day") return null;
  const mention: DateMention = { text: anchor.text, start: 0, end: 0, date_start: anchor.date, date_end: anchor.date, precision: "day", relative: false, anchor: null, flags: [] };
  return { mention, anchorText: anchor.text, report: false };
}

function dateOf(d: OwnDate): NonNullable<Resolved["date"]> {
  const m = d.mention;
  return { start: m.date_start, end: m.date_end, precision: m.precision, text: m.text, anchor: d.anchorText };
}

// ——— small helpers —————————————————————————————————————————————————————————————————————————————————

function countriesOf(ids: Iterable<string>, people: ReadonlyMap<string, Person>): string[] {
  return [...new Set([...ids].map((id) => people.get(id)?.country ?? "").filter((c) => c !== ""))].sort();
}

function isForeign(place: Place | undefined, sides: Sides): boolean {
  return place !== undefined && place.kind === "country" && place.country !== "" && !isSide(sides, place.country);
}

/** Whether a country is one of the two sides. */
export function isSide(sides: Sides, country: string): boolean {
  return sides.includes(country);
}

/** The other side, or "" for a country outside the relationship. */
export function otherSide(sides: Sides, side: string): string {
  return side === sides[0] ? sides[1] : side === sides[1] ? sides[0] : "";
}

export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function weekOf(day: number): Window {
  const monday = day - (((day + 3) % 7) + 7) % 7;
  return { first: monday, last: monday + 6 };
}

function partialSpan(date: string): Window | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (m === null) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    return { first: d, last: d };
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]) - 1;
    return { first: Date.UTC(y, mo, 1) / DAY_MS, last: Date.UTC(y, mo + 1, 1) / DAY_MS - 1 };
  }
  return { first: Date.UTC(y, 0, 1) / DAY_MS, last: Date.UTC(y + 1, 0, 1) / DAY_MS - 1 };
}
