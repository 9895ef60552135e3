// How much of what the corpus generator planted (scripts/generate-corpus.ts, truth.json) the extraction finds:
// trips in events.csv and quotations in quotes.csv, matched one to one. A sanity check at scale, reported by the
// benchmark and floored in the generator's test; the gold-standard accuracy on real articles is test/gold.
import type { Event, EventParticipant } from "../src/pipeline/events/events.ts";
import type { Quote } from "../src/pipeline/quotes/quotes.ts";
import type { Truth } from "./generate-corpus.ts";

export interface Score {
  planted: number;
  extracted: number;
  matched: number;
  recall: number;
  precision: number;
}

export interface SyntheticScore {
  events: Score & {
    /** Planted participants found at the matched event, over all planted participants of matched events. */
    participantRecall: number;
    /** Matched events whose venue is the planted one. */
    venueAccuracy: number;
  };
  quotes: Score & {
    /** Matched quotes attributed to the planted speaker. */
    speakerAccuracy: number;
  };
}

/** Events within this many days of a planted trip (either end) can be it: events.ts merges at that tolerance. */
const TOLERANCE_DAYS = 2;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function score(planted: number, extracted: number, matched: number): Score {
  return { planted, extracted, matched, recall: ratio(matched, planted), precision: ratio(matched, extracted) };
}

/** Scores extraction outputs against a generator's truth. Events between Russia and North Korea only: the
 * generator plants no others. Pure. */
export function scoreSynthetic(truth: Truth, result: { events: readonly Event[]; eventParticipants: readonly EventParticipant[]; quotes: readonly Quote[] }): SyntheticScore {
  // Events: each planted trip takes the nearest unclaimed event of its direction whose dates overlap it.
  const events = result.events.filter((e) => (e.host_country === "RUS" && e.guest_country === "PRK") || (e.host_country === "PRK" && e.guest_country === "RUS"));
  const byDirection = new Map<string, Event[]>();
  for (const e of events) (byDirection.get(`${e.guest_country}>${e.host_country}`) ?? byDirection.set(`${e.guest_country}>${e.host_country}`, []).get(`${e.guest_country}>${e.host_country}`)!).push(e);
  const people = new Map<string, Set<string>>();
  for (const p of result.eventParticipants) (people.get(p.event_id) ?? people.set(p.event_id, new Set()).get(p.event_id)!).add(p.person_id);
  const claimed = new Set<string>();
  let matchedEvents = 0;
  let plantedPeople = 0;
  let foundPeople = 0;
  let venues = 0;
  for (const planted of truth.events) {
    const lo = dayOf(planted.date_start);
    const hi = dayOf(planted.date_end);
    const candidates = (byDirection.get(`${planted.guest_country}>${planted.host_country}`) ?? [])
      .filter((e) => !claimed.has(e.event_id) && dayOf(e.date_start) <= hi + TOLERANCE_DAYS && dayOf(e.date_end) >= lo - TOLERANCE_DAYS)
      .sort((a, b) => Math.abs(dayOf(a.date_start) - lo) - Math.abs(dayOf(b.date_start) - lo) || (a.event_id < b.event_id ? -1 : 1));
    const event = candidates[0];
    if (event === undefined) continue;
    claimed.add(event.event_id);
    matchedEvents++;
    const found = people.get(event.event_id) ?? new Set();
    for (const id of [...planted.guests, ...planted.hosts]) {
      plantedPeople++;
      if (found.has(id)) foundPeople++;
    }
    if (event.venue_id === planted.venue_id) venues++;
  }

  // Quotes: a planted quotation is found by a quote of its article whose text contains it or lies inside it.
  // The generator plants statements by people only: the background sentences it adds have states and
  // agencies say things too ("Korea Utara mengecam …"), which the truth does not list, so precision counts
  // the quotes given to a person or to no one.
  const statements = result.quotes.filter((q) => q.kind !== "term" && q.speaker_kind !== "organisation" && q.speaker_kind !== "document");
  const byArticle = new Map<string, Quote[]>();
  for (const q of statements) (byArticle.get(q.article_id) ?? byArticle.set(q.article_id, []).get(q.article_id)!).push(q);
  const used = new Set<string>();
  let matchedQuotes = 0;
  let speakers = 0;
  for (const planted of truth.quotes) {
    const text = normalise(planted.text);
    const quote = (byArticle.get(planted.article_id) ?? []).find((q) => {
      if (used.has(q.quote_id)) return false;
      const found = normalise(q.text);
      return found !== "" && (found.includes(text) || text.includes(found)) && Math.min(found.length, text.length) >= 0.5 * Math.max(found.length, text.length);
    });
    if (quote === undefined) continue;
    used.add(quote.quote_id);
    matchedQuotes++;
    if (quote.speaker_id === planted.speaker_id) speakers++;
  }
  return {
    events: { ...score(truth.events.length, events.length, matchedEvents), participantRecall: ratio(foundPeople, plantedPeople), venueAccuracy: ratio(venues, matchedEvents) },
    quotes: { ...score(truth.quotes.length, statements.length, matchedQuotes), speakerAccuracy: ratio(speakers, matchedQuotes) }
  };
}
