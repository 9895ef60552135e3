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
//
// Where each part lives: triggers.ts finds a sentence's triggers; sentence-groups.ts (with group-members.ts) reads
// one sentence into reports (the first pass); sentence-dates.ts and news-window.ts say what its dates mean;
// resolve.ts places each report in the article (the second pass), with news-report.ts for the news and the
// reports of the same meeting, referent.ts for anaphors, lead-places.ts for where the lead says, sides.ts for who
// hosts. The rules with a single concern each have a module of their own (arrival-welcome.ts, comparative.ts, …).
export type { ArticleInput, Mention, MentionContext, MentionRole, Sides } from "./mention-types.ts";
import type { Anchor, DateMention } from "../dates.ts";
import { type Person, type Place, deadBy } from "../recognise/gazetteer.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import { welcomesArrival } from "./anaphora/arrival-welcome.ts";
import { isCaptionLine } from "./people/caption-line.ts";
import { ATTENDANCE_REACH, attendees, continuesList, listedReport } from "./people/attendees.ts";
import type { OwnDate } from "./timing/counted.ts";
import { eventCues } from "./cues.ts";
import { leadPlaces } from "./venue/lead-places.ts";
import type { ArticleInput, Group, Mention, MentionContext, Resolved, Sides } from "./mention-types.ts";
import { latestNews, newsWindow } from "./timing/news-window.ts";
import { lastPlaceOf, namesPlaceBack } from "./anaphora/place-anaphor.ts";
import { resolveGroups } from "./resolve.ts";
import { sentenceDates, yearsOfTriggers } from "./timing/sentence-dates.ts";
import { sentenceGroups } from "./sentence-groups.ts";
import { sameDayOf } from "./timing/same-day.ts";
import { involvesBothSides, isSide, hasPeopleOfBothSides, ofBothCountries } from "./sides.ts";
import { findTriggers } from "./triggers.ts";
import { comingMonth } from "./timing/plan-month.ts";
import { recalledPurpose } from "./role/recalled-purpose.ts";

/** A test every sentence passes: a list run on needs no word of attendance of its own. */
const ALWAYS = { test: () => true };
/** A sentence ending in a question mark (a closing quotation mark after it is a question quoted, not asked). */
const QUESTION = /\?\s*$/u;
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
  // The sentence of the last list of those present, which the next may run on with.
  let listAt = -Infinity;
  // The place the sentence before named last: what "di sana" stands for (place-anaphor.ts).
  let placeBefore: Place | null = null;
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
      // "Peskov told journalists on Monday. Choe arrived in Moscow earlier the same day": the day the sentence before
      // told last, a report's day too (the telling's day is still a day), else the story's last day (same-day.ts).
      const sameDay: OwnDate | undefined = index > 0 && cues.sameDay.test(sentence.text) ? sameDayOf(datesBySentence.of(index - 1), lastDate) : undefined;
      // (The groups of the sentence before are the last ones: looked at from the end, the work stays linear.)
      // A meeting told there of one side only ("Putin came to the country in July 2000. At that time he met Kim Jong
      // Il") is no referent a meeting of both sides goes on about: the time is still the one to recall.
      for (let k = groups.length - 1; recalled !== undefined && k >= 0 && groups[k]!.sentence.index === sentence.index - 1; k--) {
        if (groups[k]!.date?.mention.start === recalled.mention.start && hasPeopleOfBothSides(groups[k]!.people, context.people, context.sides)) recalled = undefined;
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
        // (An event anaphor is its referent, dated with it: "announced the visit the same day" dates the announcing.)
        if (group.date === null && sameDay !== undefined && !group.planned && !group.anaphoric) group.date = sameDay;
        // "… menuju kampus di Pulau Russky. Di sana ia bertemu …": "there" is the place the sentence before named last.
        if (group.venue === null && placeBefore !== null && namesPlaceBack(sentence.text, context.pack)) {
          group.venue = placeBefore;
          if (placeBefore.country !== "" && !isSide(context.sides, placeBefore.country)) group.thirdCountry = placeBefore.country;
        }
        groups.push(group);
        lastGroupAt = index;
        // (An anniversary's event, a year back at least, is no time the story goes on from.)
        if (group.date !== null && !welcome && !group.planned && !group.hits.every((h) => h.marked)) [lastDate, lastDatedAt, lastDatedGroup] = [group.date, group.background ? -Infinity : index, group];
      }
    } else if (index - lastGroupAt <= ATTENDANCE_REACH && listedReport(groups) !== undefined) {
      // "Present there were …" after a meeting: its participants; and a list run on into the next sentence.
      const listed = attendees(sentence.text, inSentence, cues.attendance, ofSides);
      const runOn = listAt === index - 1 && continuesList(sentence.text, context.pack) ? attendees(sentence.text, inSentence, ALWAYS, ofSides) : [];
      for (const id of [...listed, ...runOn]) listedReport(groups)!.people.add(id);
      if (listed.length > 0) listAt = index;
    }
    const people = inSentence.filter(isPerson);
    // "Dia juga bertemu dengan Menteri … Kozlov. … ia mungkin akan bertemu dengan Putin": a sentence whose pronoun
    // subject stood for the person the one before was about is still about that person, whom it names nobody for;
    // the next pronoun is that person, not the last name the sentence gave.
    const topic = lastPeople?.[0];
    // (This sentence's groups are the last ones: looked at from the end, the work stays linear.)
    let carried = false;
    for (let k = groups.length - 1; topic !== undefined && people.length > 0 && k >= 0 && groups[k]!.sentence === sentence; k--) {
      if (groups[k]!.pronounSubject && groups[k]!.people.has(topic.id) && !people.some((e) => e.id === topic.id)) carried = true;
    }
    // (A caption line's people are no pronoun's: people/caption-line.ts.)
    if (people.length > 0 && !isCaptionLine(sentences, index)) lastPeople = carried && topic !== undefined ? [topic, ...people] : people;
    placeBefore = lastPlaceOf(inSentence, context.places);
  }
  const resolved = recalledPurpose(resolveGroups(groups, sentences, article.published === "" ? latestNews(window, groups) : window, datesBySentence, anchor, leadPlaces(input, context), context));
  const kept = resolved.map((r) => living(comingMonth(r, anchor, context.pack), anchor, context.people)).filter((r) => involvesBothSides(r, context.people, context.sides) || ofBothCountries(r, context.people, context.sides));
  const pad = String(kept.length).length > 2 ? 3 : 2;
  return kept.map((r, i) => toMention(r, context.sides, article.article_id, `${article.article_id}-m${String(i + 1).padStart(pad, "0")}`));
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

/** The article's own day, as a date a span can count from; null without one. */
function articleDay(anchor: Anchor | null): OwnDate | null {
  if (anchor === null || anchor.precision !== "day") return null;
  const mention: DateMention = { text: anchor.text, start: 0, end: 0, date_start: anchor.date, date_end: anchor.date, precision: "day", relative: false, anchor: null, flags: [] };
  return { mention, anchorText: anchor.text, report: false };
}
