// The second pass: the article read as a whole. Each sentence's report (Group) gets its role (main, background,
// planned), its date, its direction (host and guest) and its venue from what the article says elsewhere: the news
// (news-report.ts), an anaphor's referent (referent.ts), the dates of the sentences (sentence-dates.ts).
import type { Anchor } from "../dates.ts";
import { dayOf, isoDay } from "../dates/days.ts";
import type { Place } from "../recognise/gazetteer.ts";
import type { Sentence } from "../types.ts";
import type { OwnDate } from "./timing/counted.ts";
import { eventCues } from "./cues.ts";
import { heldBefore } from "./role/held-ahead.ts";
import { heldDateUnderPlan } from "./role/held-under-plan.ts";
import { cueMatches } from "./lexicon.ts";
import { dateOf, type Group, type MentionContext, type Resolved, TRAVEL } from "./mention-types.ts";
import { attachesToNews, latestNewsReport, newsDateOf, newsDirection, newsEvent, othersMeet, othersReports, sameMeeting } from "./role/news-report.ts";
import type { Window } from "./timing/news-window.ts";
import { invitedTrip } from "./anaphora/invited-trip.ts";
import { anotherTraveller } from "./role/another-traveller.ts";
import { pronounObject } from "./people/object-pronoun.ts";
import { planNamedAgain } from "./anaphora/plan-named-again.ts";
import { findReferent } from "./anaphora/referent.ts";
import { counterpartAfter, ownerOfOtherSide } from "./people/possessive-owner.ts";
import { ToldReports } from "./anaphora/told-reports.ts";
import type { SentenceDates } from "./timing/sentence-dates.ts";
import { countriesOf, involvesBothSides, isSide, pairOf } from "./sides.ts";
import { speechOccasion } from "./role/speech-occasion.ts";
import { invitationPlanApart } from "./role/invitation-referent.ts";
import { withTravellers } from "./role/recalled-purpose.ts";
import { HistoryParagraph } from "./timing/history-paragraph.ts";

/** Reports an undated one is compared with when looking for the same meeting elsewhere in the article. */
const WHOLE_ARTICLE = 400;
/** How many words before a date a speech verb may stand and the date still be the statement's ("said late on Wednesday"). */
const SPEECH_DATE_WORDS = 5;
/** How long before the news period a meeting may end and still be what a headline reports (a season). */
const HEADLINE_REACH_DAYS = 92;
/**
 * "Ia sebelumnya bertemu K…", "He had previously met …": a report that goes on from the one before (a pronoun, the
 * same person) but marks itself as earlier, with no date of its own, is an earlier event, not the news or the plan it
 * follows; when the excerpt cuts its date off, that is all it says. An event anaphor ("Sebelumnya, kunjungan itu
 * dikonfirmasi …") is its referent whatever the clause says of the telling.
 */
function ownPast(g: Group, referent: Resolved): boolean {
  return g.background && !g.anaphoric && referent.role !== "background";
}

export function resolveGroups(groups: readonly Group[], sentences: readonly Sentence[], window: Window | null, datesBySentence: SentenceDates, anchor: Anchor | null, leadPlaces: readonly Place[], context: MentionContext): Resolved[] {
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
  // (a dateline "WONSAN, July 12", "as Putin showed him around the Vostochny Cosmodrome"). A report that names only the
  // country ("PYONGYANG - Putin tiba di Korea Utara …") says no more than the host: the lead's city in it says where.
  // (Not for a departure: "Kim left Russia" leaves the country, wherever the trip's stops were.)
  const countryOnly = news?.venue?.kind === "country" && !news.hits.some((h) => h.trigger.event_type === "departure");
  const newsVenue = news === undefined || (news.venue !== null && !countryOnly) ? null : (leadPlaces.find((p) => p.country === (countryOnly ? news.venue!.country : newsPair.host)) ?? null);
  const newsPlanned = news !== undefined && (news.planned || when(news) === "future");
  // "The speaker has invited his Russian counterpart to Pyongyang. He extended it at talks with the ambassador …": when
  // the news is an invitation, the plan is the visit invited to (invitation.ts); the other reports told with it are what
  // happened around the inviting, not that visit.
  const newsInvitation = news !== undefined && news.planned && news.hits.every((h) => !h.planned || h.trigger.role === "planned" || h.invited);
  const newsDate = news === undefined || newsPlanned ? null : newsDateOf(news, groups, when, datesBySentence, window, anchor, people, sides, others, sentences[0]);

  const resolved: Resolved[] = [];
  const told = new ToldReports(resolved, people, sides, context.places);
  const history = new HistoryParagraph();
  // Each group's report once resolved (a group gives one at most), looked up without searching the list.
  const reportOf = new Map<Group, Resolved>();
  // The same meeting is looked for across the whole article, or, in a pathologically long text, across the
  // WHOLE_ARTICLE groups around each one: no news article has that many reports, and the work stays linear.
  const nearby = (i: number) => (groups.length <= WHOLE_ARTICLE ? groups : groups.slice(Math.max(0, i - WHOLE_ARTICLE / 2), i + WHOLE_ARTICLE / 2));
  let recalled: Resolved | null = null;
  for (const [i, g] of groups.entries()) {
    const pair = others.has(g) ? { host: "", guest: "" } : ownPair(g);
    const r: Resolved = { group: g, role: "main", date: null, host: pair.host, guest: pair.guest, venue: g.venue, people: new Set(g.people) };
    const sentenceIndex = indexOf.get(g.sentence.sentence_id) ?? 0;
    // The news's report, once it is resolved (it is found among the reports before this one, or not yet).
    const newsReport = news === undefined ? undefined : reportOf.get(news);
    const lastReport = g.anaphoric || g.continuing ? findReferent(g, told, sentenceIndex, indexOf, people, sides, newsReport) : undefined;
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
    // "Lavrov met Kim on Saturday. His talks with Kim …": a possessive on the trigger that names one side's people
    // only is the referent's person of the other side (possessive-owner.ts).
    else if (referent !== undefined && g.continuing && !namesBoth && counterpartAfter(g, context.pack)) for (const p of ownerOfOtherSide(r.people, referent.people, people, sides)) r.people.add(p);
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
    // "Ini adalah … pertemuan pertamanya dengan Putin" after "Kim dijadwalkan bertemu Putin hari Kamis": the plan
    // named again (plan-named-again.ts).
    const plan = period === null && referent === undefined && same === undefined ? planNamedAgain(g, nearby(i), people, sides) : undefined;
    const planned = plan === undefined ? undefined : reportOf.get(plan);
    const planReport = planned?.role === "planned" ? planned : undefined;
    // A modal cannot make planned an event the sentence dates in the past ("will fulfil agreements reached at
    // September's summit"). A trigger planned in itself (an invitation) stays planned whatever its date: "Putin in
    // May last year invited Kim to visit Russia" dates the invitation, not a visit.
    const plannedInItself = g.hits.some((h) => h.trigger.role === "planned");
    // "Ahead of the summit, Kim crossed the border …" in a story that reports the summit as held: the words name the
    // summit it reported, not a plan, and add no report of their own (held-ahead.ts).
    if (period === null && !plannedInItself && heldBefore(g, referent, newsReport) !== undefined) continue;
    // Nor can "menjelang" an event the sentence dates before the news ("…, menjelang KTT di Vostochny pada September 2023"
    // in a story of 2025): that event is a point in time the sentence's own is placed by.
    // "Para menteri juga diundang ke pertemuan itu": an invitation to an event already told says who was at it; the event is its referent, planned or not (invitation.ts).
    const toTold = g.hits[0]!.invited && g.anaphoric && referent !== undefined;
    // "Kim was invited to a dinner the governor hosted on Friday" in a story of Sunday: an occasion invited to on a day
    // the story has reached was held.
    const held = g.hits[0]!.invited && g.dateBound && anchor !== null && anchor.precision === "day" && g.date !== null && g.date.mention.date_end <= anchor.date;
    const plannedAhead = g.planned && !toTold && !held && !(g.ahead && period === "past");
    // "…”, he said at the meeting with Matvienko": where a speech was made, which happened (speech-occasion.ts).
    const spokenAt = !g.planned && speechOccasion(g.sentence.text, 0, g.hits[0]!.start - g.sentence.start, context.lexicons.modality, context.pack);
    // "Russia will implement the agreements reached during Putin's visit to Pyongyang in June": an occasion something
    // else was done at, which the sentence dates in the past, is past whatever modal governs the clause.
    const pastOccasion = period === "past" && g.hits[0]!.occasion;
    if ((plannedAhead && (plannedInItself || !((g.dateBound || pastOccasion) && period === "past"))) || period === "future" || planContinued || unreachedReference(g, anchor)) {
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
    } else if (referent !== undefined && !ownPast(g, referent) && !g.hits.every((h) => h.marked) && !invitationPlanApart(g, referent)) {
      // (An anniversary's event is a year back at least: never the meeting the sentence before reports.)
      r.role = spokenAt && referent.role === "planned" ? "main" : referent.role;
      // (A plan's date is not that of a meeting spoken at, which happened.)
      r.date = referent.date === null || r.role !== referent.role ? null : { ...referent.date, text: "", anchor: "carried over from an earlier sentence" };
    } else if (same !== undefined && g !== news) {
      // The same people meeting, dated elsewhere in the article ("Awal bulan ini, Kim dan Putin …"): that meeting.
      r.role = "background";
      r.date = { ...dateOf(same.date!), text: "", anchor: `the same meeting: ${same.date!.mention.text}` };
    } else if (planReport !== undefined && g !== news) {
      r.role = "planned";
      r.date = planReport.date === null ? null : { ...planReport.date, text: "", anchor: "the plan named again" };
    } else if (g.background) {
      r.role = "background";
    } else if (g !== news && (recalled = history.goesOn(g, pair.host, pair.guest)) !== null) {
      // A dateless report in a paragraph of history goes on telling the meeting it recalls (history-paragraph.ts).
      r.role = "background";
      r.date = recalled.date === null ? null : { ...recalled.date, text: "", anchor: "carried over from the paragraph's recalled meeting" };
    } else if (news !== undefined && attachesToNews(g, pair, news, newsPair, people)) {
      // The article's news, as its lead reports it: happened, or still to come.
      // (Under an invitation, the invited side's own journey is the visit invited to: invited-trip.ts.)
      // (Another traveller's journey told as happened is not the plan: another-traveller.ts.)
      r.role = newsPlanned && !spokenAt && (!newsInvitation || invitedTrip(g, newsPair.guest, people)) && !anotherTraveller(g, news, newsPair.guest, people) ? "planned" : "main";
      if (!newsPlanned && newsDate !== null) r.date = newsDate;
      // (Under planned news, a held report is the meeting the plan was told at: held-under-plan.ts.)
      if (newsPlanned && r.role === "main" && g.date === null) r.date = heldDateUnderPlan(r.people, resolved, people, sides);
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
    if (g === news && (r.venue === null || (r.venue.kind === "country" && newsVenue !== null)) && r.role === "main") r.venue = newsVenue;
    // A meeting of the two sides on a third country's soil (a parade, a forum): that country is where it was held.
    if (g.thirdCountry !== "") r.host = g.thirdCountry;
    // "membahas", "menjajaki": talks only when the two sides are the subjects ("Choe dan Lavrov membahas").
    // (What a recalled journey was for counts the traveller among its people: recalled-purpose.ts.)
    const bothSides = (of: ReadonlySet<string>) => sides.every((side) => countriesOf(of, people).includes(side));
    if (g.hits.every((h) => h.trigger.requires === "both-sides") && !bothSides(r.people) && !bothSides(withTravellers(r, resolved))) continue;
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
    reportOf.set(g, r);
    history.told(r, r.date !== null && (window === null || dayOf(r.date.end) < window.first));
  }
  return resolved;
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


