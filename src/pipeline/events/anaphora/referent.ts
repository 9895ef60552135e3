// What an anaphor ("the talks", "Pertemuan itu", "Keduanya") points back to: the nearest earlier report of the same
// people's meeting within its reach, or the news.
import type { Person } from "../../recognise/gazetteer.ts";
import { newsPastComparison } from "./anaphor-recap.ts";
import { referentAtVenue } from "./anaphor-venue.ts";
import { type Group, type Resolved, type Sides, TRAVEL } from "../mention-types.ts";
import { latestNewsReport, othersMeet } from "../role/news-report.ts";
import { countriesOf, involvesBothSides, isSide } from "../sides.ts";
import { isNarration } from "./spoken-earlier.ts";
import type { ToldReports } from "./told-reports.ts";

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
export function findReferent(g: Group, told: ToldReports, index: number, indexOf: ReadonlyMap<string, number>, people: ReadonlyMap<string, Person>, sides: Sides, newsReport: Resolved | undefined): Resolved | undefined {
  // A planned meeting is referred back to as well ("… untuk menghadiri pertemuan dengan Putin. Pertemuan ini
  // diperkirakan …"): what refers to it is planned too.
  // An invitation ("at Lavrov's invitation") is not a meeting an anaphor can point to.
  // The reports told so far are indexed by kind (told-reports.ts), so the work does not grow with the article's length.
  const resolved = told.all;
  if (g.summitAnaphor) {
    // "KTT tersebut" is the last meeting of the two heads of state, however far back.
    // Nor an invitation to the next summit and what it is to discuss ("mengundang Putin ke Pyongyang untuk membahas …"):
    // an invitation is no summit.
    return told.latestSummit();
  }
  // An event anaphor inside a sentence ("untuk menindaklanjuti KTT tersebut") points further back; what follows
  // continues the sentence's own report.
  // "He will hold talks with Vietnamese leaders on Thursday. … Kim has been speaking alongside Putin at the signing
  // ceremony": an anaphor whose own clause names both sides points back to a meeting of both, not to others' told since.
  const namesBoth = sides.every((side) => countriesOf(g.people, people).includes(side));
  // "The speaker has invited his counterpart to Pyongyang. … He spoke warmly of his trip to Moscow": an event anaphor or a
  // possessive on the trigger that names where it went points back to no report in another country. (A pronoun
  // subject, "Sebelumnya mereka bertemu di Vostochny", takes only people from its referent; "this visit" is the news's.)
  const ownEvent = (g.anaphoric && !g.proximal) || g.hits.some((h) => h.continuing);
  const elsewhere = (r: Resolved) => ownEvent && g.venue !== null && r.venue !== null && g.venue.country !== "" && r.venue.country !== "" && g.venue.country !== r.venue.country;
  // What an anaphor may point to: a report that is no anaphor itself, of both sides when its own clause names both.
  // "X said that Kim, at the recent meeting with Lavrov, … The meeting was attended by …": an earlier meeting told only
  // in someone's reported words is no referent of an anaphor in the narration (spoken-earlier.ts).
  const narration = isNarration(g);
  // "Dua pesawat Air Koryo tiba di Vladivostok pada Minggu. Dalam pertemuan tersebut Choe …": a journey that names no
  // traveller (planes, cargo, a train arriving) is no meeting a meeting's anaphor goes on about, while one with people
  // is told before it.
  const travels = g.hits.some((h) => TRAVEL.has(h.trigger.event_type));
  const latestHeld = (bothSides: boolean) => told.latestHeld({ bothSides, cargo: travels, narration }) ?? told.latestHeld({ bothSides, cargo: true, narration });
  let first = latestHeld(namesBoth);
  // "… an agreement Kim reached with South Korean President Moon Jae-in at a summit last month. Video of the beginning
  // of their meeting showed Mr Lavrov inviting Kim …": a meeting of others lacks the side a person the anaphor's own
  // clause names is of, so the anaphor is no report of it: it goes on about the last meeting of the two sides.
  if (first !== undefined && !namesBoth && lacksSideNamed(g, first, people, sides)) first = latestHeld(true);
  if (first === undefined) return undefined;
  // "The meeting in Beijing …" after an aside on Pyongyang: the report in the anaphor's own city (anaphor-venue.ts).
  // (Of the two sides' meetings: "Kim arrived in the Chinese capital" is no meeting "the meeting in Beijing" names.)
  const atVenue = g.anaphoric ? referentAtVenue(g.venue, told.latestHeld({ bothSides: true, cargo: true, narration }), (city) => told.latestBothSidesIn(city, narration), told.places) : undefined;
  const latest = atVenue ?? first;
  // What a later anaphor ("the two men", "the talks") goes on about is that sentence's own meeting of the two sides,
  // when it reports one: not an aside about others ("…, two months after his talks with Trump collapsed") nor a
  // clause about an earlier event ("their first since Putin's visit last June").
  const own = (r: Resolved) => involvesBothSides(r, people, sides) && !r.group.aside;
  let last = latest;
  for (let k = told.positionOf(latest) - 1; k >= 0 && !own(last) && resolved[k]!.group.sentence === latest.group.sentence; k--) {
    const r = resolved[k]!;
    if (!r.group.anaphoric && own(r)) last = r;
  }
  // "The leaders last met in April 2019. The talks lasted four hours.": past a comparing aside, the news (anaphor-recap.ts).
  const news = newsPastComparison(g, last, newsReport, () => latestNewsReport(resolved.slice(0, told.positionOf(last)), people, sides));
  if (news !== undefined && index - (indexOf.get(last.group.sentence.sentence_id) ?? -Infinity) <= 1) return news;
  if (elsewhere(last)) return undefined;
  // A city named settles the referent as a pair of names does: it reaches as far.
  const reach = g.pluralAnaphor || (atVenue !== undefined && last === atVenue) ? PLURAL_ANAPHOR_REACH : g.anaphoric && last.role === "planned" ? PLAN_ANAPHOR_REACH : ANAPHOR_REACH;
  return index - (indexOf.get(last.group.sentence.sentence_id) ?? -Infinity) <= reach ? last : undefined;
}

/** Whether `r` is a meeting of others (one side's people with a third country's) that has nobody of a side a person
 * of `g`'s own clause is of. */
function lacksSideNamed(g: Group, r: Resolved, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  if (!othersMeet(r.people, people, sides)) return false;
  const theirs = countriesOf(r.people, people);
  return countriesOf(g.people, people).some((c) => isSide(sides, c) && !theirs.includes(c));
}
