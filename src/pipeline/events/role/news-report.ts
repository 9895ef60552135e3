// Which report is the article's news, which reports are of the same meeting as another, and which are of others'
// meetings: the news's direction and date, read from all its reports.
import type { Anchor } from "../../dates.ts";
import { dayOf } from "../../dates/days.ts";
import { type Person, type Place, cityOf } from "../../recognise/gazetteer.ts";
import type { OwnDate } from "../timing/counted.ts";
import { LEAD_SENTENCES } from "../venue/lead-places.ts";
import { dateOf, type Group, type Resolved, type Sides, TRAVEL } from "../mention-types.ts";
import type { Window } from "../timing/news-window.ts";
import type { SentenceDates } from "../timing/sentence-dates.ts";
import { countriesOf, involvesBothSides, isSide, otherSide, pairOf } from "../sides.ts";
import { stampOnly } from "../timing/stamp-line.ts";
import { isHeadline } from "../triggers.ts";
import type { Sentence } from "../../types.ts";

/**
 * The article's news: what its headline and lead report, which may be a meeting still to come ("Kim to visit Russia
 * soon"). The first meeting not marked as background nor dated before the news period, nor an undated report of a
 * meeting the article dates there, with a direction or both sides named.
 */
export function newsEvent(groups: readonly Group[], when: (g: Group) => string | null, recent: (g: Group) => boolean, people: ReadonlyMap<string, Person>, sides: Sides, places: ReadonlyMap<string, Place>): Group | undefined {
  // "Tim olahraga juga dijadwalkan berkunjung ke Moskow", "Putin will also visit Vietnam": a report
  // told as an addition ("also", "juga") adds to the story's news, told elsewhere; it is the news only when nothing
  // else can be.
  const news = (g: Group) => isNews(g, groups, when, recent, people, sides, places);
  return groups.find((g) => !g.additive && news(g)) ?? groups.find(news);
}

/** Whether a report may be the news: see newsEvent. */
function isNews(g: Group, groups: readonly Group[], when: (g: Group) => string | null, recent: (g: Group) => boolean, people: ReadonlyMap<string, Person>, sides: Sides, places: ReadonlyMap<string, Place>): boolean {
  if (g.background || when(g) === "past") return false;
  // "A senior diplomat met his counterpart on Tuesday amid speculation that Kim could visit Moscow": a plan told
  // after a report of the news period in the same sentence is not what the article reports, even when that report
  // names nobody.
  if (g.planned && groups.some((o) => o !== g && o.sentence === g.sentence && o.hits[0]!.start < g.hits[0]!.start && !o.planned && !o.background && when(o) === "current")) return false;
  if (g.date === null && sameMeeting(g, groups, when, recent, people, sides, places) !== undefined) return false;
  return pairOf(g, people, sides).host !== "" || (g.thirdCountry !== "" && meetsThere(g.people, people, sides)) || sides.every((side) => countriesOf(g.people, people).includes(side));
}

/**
 * The reports of a meeting of others: one side's people with a third country's ("Shoigu held talks with Iranian
 * President Masoud Pezeshkian in Tehran"), and the reports that go on from one with "also", an event anaphor or a
 * possessive and no place or person of the other side ("Shoigu also met …", "The visit is Shoigu's first trip
 * abroad").
 */
export function othersReports(groups: readonly Group[], people: ReadonlyMap<string, Person>, sides: Sides): Set<Group> {
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
export function latestNewsReport(resolved: readonly Resolved[], people: ReadonlyMap<string, Person>, sides: Sides): Resolved | undefined {
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
export function othersMeet(named: ReadonlySet<string>, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  const countries = countriesOf(named, people);
  return countries.some((c) => !isSide(sides, c)) && !sides.every((side) => countries.includes(side));
}

/**
 * Whether an undated group with no marker of its own reports the news: a meeting of the news's direction or of
 * none; for a meeting in a third country, any report that names no other place.
 */
export function attachesToNews(g: Group, pair: { host: string; guest: string }, news: Group, newsPair: { host: string; guest: string }, people: ReadonlyMap<string, Person>): boolean {
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
export function newsDirection(news: Group, groups: readonly Group[], when: (g: Group) => string | null, people: ReadonlyMap<string, Person>, sides: Sides, leadPlaces: readonly Place[]): { host: string; guest: string } {
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
export function newsDateOf(news: Group, groups: readonly Group[], when: (g: Group) => string | null, datesBySentence: SentenceDates, window: Window | null, anchor: Anchor | null, people: ReadonlyMap<string, Person>, sides: Sides, others: ReadonlySet<Group>, first?: Sentence): NonNullable<Resolved["date"]> | null {
  const carried = (d: OwnDate) => ({ ...dateOf(d), text: "", anchor: `the article's news: ${d.mention.text}` });
  const inWindow = (d: OwnDate) => window !== null && d.mention.precision === "day" && !d.report && dayOf(d.mention.date_start) >= window.first && dayOf(d.mention.date_start) <= window.last;
  // The lead dates the news ("Moskow (ANTARA) - Lavrov, Jumat, mengatakan …"); a page's stamp above it only when the
  // news does not date itself (stamp-line.ts).
  const lead = datesBySentence.of(0).find(inWindow);
  const stamp = first !== undefined && lead !== undefined && news.sentence !== first && stampOnly(first, datesBySentence.of(0));
  if (lead !== undefined && !(stamp && news.date !== null && when(news) === "current")) return carried(lead);
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
export function sameMeeting(g: Group, groups: readonly Group[], when: (g: Group) => string | null, recent: (g: Group) => boolean, people: ReadonlyMap<string, Person>, sides: Sides, places: ReadonlyMap<string, Place>): Group | undefined {
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
