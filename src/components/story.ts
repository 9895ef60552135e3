// What the explainer's pages compute from the tables, in one place, so that the English pages and the
// Indonesian edition (src/id/) state the same figures by the same rules: the totals under the counting
// rule, the key quotes, event titles in each language, and the words around numbers.
import * as d3 from "d3";
import { countryName, formatDateRange, formatList, formatNumber, monthName, parseIso, type Lang } from "./i18n.js";
import { isStatement } from "./quote-text.js";
import type { ThemeCount } from "./themes-chart.js";
import type { DevsetScore, EventRow, FirstRun, PersonRow, PlaceRow, QuoteRow } from "./types.js";

/** "1 outlet", "3 outlets"; an irregular noun as [one, many]. Indonesian nouns do not inflect: "3 media". */
export function count(n: number, noun: string | readonly [string, string], lang: Lang = "en"): string {
  const [one, many] = typeof noun === "string" ? [noun, lang === "id" ? noun : `${noun}s`] : noun;
  return `${formatNumber(n, lang)} ${n === 1 ? one : many}`;
}

const smallNumbers = {
  en: ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"],
  id: ["Tidak ada", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh"],
};

/** A small count in words at the start of a sentence, as newsroom style guides ask; digits above ten. */
export function spell(n: number, lang: Lang = "en"): string {
  return smallNumbers[lang][n] ?? formatNumber(n, lang);
}

/** "a, b and c"; in Indonesian "a, b, dan c" (Intl.ListFormat, i18n.ts). */
export const listing = formatList;

/** A share as a percentage with one decimal ("87.5%", "87,5%"); 0 and 1 without one ("100%"). */
export function percent(x: number, lang: Lang = "en"): string {
  const text = (100 * x).toFixed(x === 1 || x === 0 ? 0 : 1);
  return `${lang === "id" ? text.replace(".", ",") : text}%`;
}

/** An ISO date at the precision it was given, months in full: "2024-11" is "November 2024", never 1 November. */
export function longDate(iso: string, lang: Lang = "en"): string {
  const p = parseIso(iso);
  if (!p) return iso;
  if (p.month === undefined) return `${p.year}`;
  if (p.day === undefined) return `${monthName(p.month, lang)} ${p.year}`;
  return `${p.day} ${monthName(p.month, lang)} ${p.year}`;
}

/** An event's dates in full at its precision: "18–19 June 2024", "September 2023", "2024". */
export function longRange(event: Pick<EventRow, "date_start" | "date_end" | "date_precision">, lang: Lang = "en"): string {
  if (event.date_precision === "month") return longDate(event.date_start.slice(0, 7), lang);
  if (event.date_precision === "year") return event.date_start.slice(0, 4);
  return formatDateRange(event.date_start, event.date_end || event.date_start, "day", lang);
}

const levels = {
  en: { head: "head of state or government", minister: "minister", deputy: "deputy minister", other: "below deputy minister", "": "unknown" },
  id: { head: "kepala negara atau pemerintahan", minister: "menteri", deputy: "wakil menteri", other: "di bawah wakil menteri", "": "tidak diketahui" },
} as const;

// The CAMEO event codes the pipeline assigns (data/lang/*/event_triggers.csv), with the codebook's names.
const cameoNames = {
  en: { "040": "consult", "042": "make a visit", "043": "host a visit", "044": "meet at a third location", "046": "engage in negotiation", "057": "sign a formal agreement" },
  id: { "040": "berkonsultasi", "042": "melakukan kunjungan", "043": "menerima kunjungan", "044": "bertemu di tempat ketiga", "046": "berunding", "057": "menandatangani perjanjian resmi" },
} as const;

/** A CAMEO code with its name, never the bare number: "CAMEO 042: make a visit"; an unknown code as "CAMEO 099". */
export function cameoLabel(code: string, lang: Lang = "en"): string {
  const name = (cameoNames[lang] as Record<string, string>)[code];
  return name ? `CAMEO ${code}: ${name}` : `CAMEO ${code}`;
}

const roles = {
  en: { main: "the article's news", background: "recalled", planned: "planned" },
  id: { main: "berita artikel itu", background: "diingat kembali", planned: "direncanakan" },
} as const;

/** A mention's `role` in words: the article's own news, an earlier trip recalled, or a visit only planned. */
export function mentionRoleName(role: string, lang: Lang = "en"): string {
  return (roles[lang] as Record<string, string>)[role] ?? role;
}

/** The `level` column of events.csv in words; an unknown code as itself. */
export function levelName(level: string, lang: Lang = "en"): string {
  return (levels[lang] as Record<string, string>)[level] ?? level;
}

/** A label inside a sentence: "the war in Ukraine", but acronyms keep their capitals ("AS dan sekutunya"). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}{2,}\b/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const levelRank: Record<string, number> = { head: 0, minister: 1, deputy: 2, other: 3 };

export interface TitleContext {
  participants: readonly { event_id: string; person_id: string; role: string }[];
  people: readonly Pick<PersonRow, "person_id" | "name" | "level">[];
  places: readonly Pick<PlaceRow, "place_id" | "name_en" | "name_id" | "kind" | "parent" | "country">[];
}

/**
 * An event's title in a language. events.csv titles are English ("Choe Son-hui visits Moscow"), built
 * from the highest-ranking guest and the venue's city; the Indonesian title is built the same way from
 * the same rows: "Kunjungan Choe Son-hui ke Moskow".
 */
export function eventTitle(event: EventRow, lang: Lang, { participants, people, places }: TitleContext): string {
  if (lang === "en") return event.title;
  const person = new Map(people.map((p) => [p.person_id, p]));
  const place = new Map(places.map((p) => [p.place_id, p]));
  const guests = participants
    .filter((d) => d.event_id === event.event_id && d.role === "guest")
    .map((d) => person.get(d.person_id))
    .filter((p) => p !== undefined);
  const guest = d3.sort(guests, (p) => levelRank[p.level] ?? 9, (p) => p.person_id)[0];
  let venue = place.get(event.venue_id);
  // A building or site is titled by its city, as in the English title ("ke Moskow" for the Kremlin).
  if (venue && (venue.kind === "building" || venue.kind === "site")) {
    for (let p = place.get(venue.parent); p; p = place.get(p.parent)) {
      if (p.kind === "city") {
        venue = p;
        break;
      }
    }
  }
  const country = places.find((p) => p.kind === "country" && p.country === event.host_country);
  const where = venue ? venue.name_id || venue.name_en : country ? country.name_id || country.name_en : countryName(event.host_country, "id");
  // No guest side: the two sides met in a third country, as "Pertemuan A dan B di Beijing", the English title's "A and B meet in".
  if (!event.guest_country) {
    const sides = participants.filter((d) => d.event_id === event.event_id && d.role === "participant").map((d) => person.get(d.person_id)).filter((p) => p !== undefined);
    const names = d3.sort(sides, (p) => levelRank[p.level] ?? 9, (p) => p.person_id).map((p) => p.name);
    if (names.length) return `Pertemuan ${formatList(names, "id")} di ${where}`;
  }
  const who = guest?.name ?? `delegasi ${countryName(event.guest_country, "id")}`;
  return `Kunjungan ${who} ke ${where}`;
}

/**
 * Who travelled to whom, in words: "Russia → North Korea"; a meeting with no guest side, in a third country, as
 * "met in China", the country named by the places table (the venue's country-level ancestor).
 */
export function tripDirection(
  event: Pick<EventRow, "guest_country" | "host_country" | "venue_id">,
  places: readonly Pick<PlaceRow, "place_id" | "name_en" | "name_id" | "kind" | "country" | "parent">[],
  lang: Lang = "en",
): string {
  if (event.guest_country) return `${countryName(event.guest_country, lang, places)} → ${countryName(event.host_country, lang, places)}`;
  const place = new Map(places.map((p) => [p.place_id, p]));
  let p = place.get(event.venue_id);
  while (p && p.kind !== "country") p = place.get(p.parent);
  const where = p ? (lang === "id" ? p.name_id || p.name_en : p.name_en) : countryName(event.host_country, lang, places);
  return lang === "id" ? `bertemu di ${where}` : `met in ${where}`;
}

/** The events with their titles in a language, for charts and tables that show `title`. */
export function localEvents<T extends EventRow>(events: readonly T[], lang: Lang, context: TitleContext): T[] {
  return events.map((event) => ({ ...event, title: eventTitle(event, lang, context) }));
}

// ---- One vocabulary, one count --------------------------------------------------------------------------
// Every total that more than one page or chart card states is computed here, by one rule each, so the
// editions, the pages and the chart pack cannot disagree (test/build/facts.test.ts compares them).

/** The units the explainer counts, as the glossary on the methodology page defines them, in both languages. */
export const vocabulary = {
  trip: { en: ["trip", "trips"], id: ["perjalanan", "perjalanan"] },
  summit: { en: ["summit", "summits"], id: ["KTT", "KTT"] },
  meeting: { en: ["meeting", "meetings"], id: ["pertemuan", "pertemuan"] },
  report: { en: ["report", "reports"], id: ["laporan", "laporan"] },
  outlet: { en: ["outlet", "outlets"], id: ["media", "media"] },
  mention: { en: ["mention", "mentions"], id: ["sebutan", "sebutan"] },
  statement: { en: ["statement", "statements"], id: ["pernyataan", "pernyataan"] },
  speaker: { en: ["speaker", "speakers"], id: ["pembicara", "pembicara"] },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

export type Unit = keyof typeof vocabulary;

/** "14 trips", "14 perjalanan": a count in the unit's own word, as every page and card names it. */
export function countOf(n: number, unit: Unit, lang: Lang = "en"): string {
  return count(n, vocabulary[unit][lang], lang);
}

/** The glossary's anchor for a unit on the methodology page ("term-trip"), for links from every page. */
export const termAnchor = (unit: Unit) => `term-${unit}`;

/** A summit: the two heads of state meet (events.csv's event_type), wherever it is held. */
export const isSummit = (event: Pick<EventRow, "event_type">) => event.event_type === "summit";

/** A sentence that reports a counted trip: planned visits and sentences tied to no trip are not mentions of one. */
export const isMention = (mention: { event_id: string; role: string }) => mention.event_id !== "" && mention.role !== "planned";

type QuoteKey = Pick<QuoteRow, "kind" | "text" | "quote_group" | "quote_id">;

/**
 * A statement's identity: one statement carried by several outlets shares a quote_group; terms and single quoted
 * words are nobody's statement (quote-text.ts's rule, the one the quote pages show).
 */
export function statementIds(quotes: readonly QuoteKey[]): Set<string> {
  return new Set(quotes.filter(isStatement).map((d) => d.quote_group || d.quote_id));
}

/** The distinct statements that carry at least one theme: what the themes chart and its card count. */
export function themedStatementIds(quotes: readonly QuoteKey[], quoteThemes: readonly { quote_id: string }[]): Set<string> {
  const tagged = new Set(quoteThemes.map((d) => d.quote_id));
  return statementIds(quotes.filter((d) => tagged.has(d.quote_id)));
}

export interface FactTables {
  articles: readonly { outlet: string }[];
  events: readonly Pick<EventRow, "event_type" | "venue_id" | "date_start">[];
  mentions: readonly { event_id: string; role: string }[];
  quotes: readonly (QuoteKey & Pick<QuoteRow, "speaker_id">)[];
  quoteThemes: readonly { quote_id: string }[];
}

/** The totals of the corpus, each by its one rule: every page and card that states one takes it from here. */
export function corpusCounts({ articles, events, mentions, quotes, quoteThemes }: FactTables) {
  const statements = quotes.filter(isStatement);
  const datedTrips = events.filter(isDated).length;
  return {
    /** Articles in the source log: one report each. */
    reports: articles.length,
    outlets: new Set(articles.map((d) => d.outlet)).size,
    trips: events.length,
    /** Trips some report dates: those the timeline draws. */
    datedTrips,
    /** Trips no report dates (listed last, off the timeline). */
    undatedTrips: events.length - datedTrips,
    summits: events.filter(isSummit).length,
    mentions: mentions.filter(isMention).length,
    statements: statementIds(quotes).size,
    themedStatements: themedStatementIds(quotes, quoteThemes).size,
    speakers: new Set(statements.filter((d) => d.speaker_id).map((d) => d.speaker_id)).size,
  };
}

export type CorpusCounts = ReturnType<typeof corpusCounts>;

/** Whether a trip has a date: one that only undated articles report (events.csv's `undated-` rows) has none, and
 * stays out of everything placed or counted in time (first and latest trip, pace, the timeline). */
export function isDated(event: { date_start?: string }): boolean {
  return Boolean(event.date_start);
}

/** Trips in date order (then by id), those with no date last: the order of every list of trips. */
export function inDateOrder<T extends Pick<EventRow, "date_start" | "event_id">>(events: readonly T[]): T[] {
  return d3.sort(events, (d) => (isDated(d) ? 0 : 1), (d) => d.date_start, (d) => d.event_id);
}

/** The headline figures of the story: the counting rule's totals by direction, level and corroboration. */
export function storyFigures(events: readonly EventRow[], articles: readonly { outlet: string }[], quotes: readonly QuoteRow[]) {
  const byDate = inDateOrder(events);
  const statements = quotes.filter(isStatement);
  return {
    byDate,
    first: byDate.find(isDated),
    last: byDate.filter(isDated).at(-1),
    toKorea: events.filter((d) => d.guest_country === "RUS" && d.host_country === "PRK"),
    toRussia: events.filter((d) => d.guest_country === "PRK" && d.host_country === "RUS"),
    summits: events.filter(isSummit),
    corroborated: events.filter((d) => d.n_outlets >= 2),
    outlets: new Set(articles.map((d) => d.outlet)),
    statements,
    /** Distinct statements: one statement carried by several outlets shares a quote_group. */
    groups: statementIds(quotes),
    speakers: new Set(statements.filter((d) => d.speaker_id).map((d) => d.speaker_id)),
  };
}

// ---- The lead ---------------------------------------------------------------------------------------------

export interface ExternalCount {
  value: number;
  from: string;
  to: string;
}

/** A sentence that reports a signing at a summit, with its article: the lead quotes it. */
export interface SummitSigning {
  event: EventRow;
  sentence: string;
  mention_id: string;
  article_id: string;
  /** The document signed: one the lexicon dates from a day of the trip (src/data/speakers.csv), if any. */
  document?: string;
}

/** A document that speaks (src/data/speakers.csv), dated from the day it was signed. */
export interface SignedDocument {
  name: string;
  name_id?: string;
  kind: string;
  valid_from?: string;
}

/**
 * The story's arc and turning points, by rule, from the tables: the first and latest trips; the summits; a
 * signing reported at a summit (in a sentence from an article in the page's language when there is one); the
 * pace since the latest unbroken run of years with trips began, against the years before; and how many trips
 * fall in an external count's period, for scale.
 */
export function storyLead(
  events: readonly EventRow[],
  mentions: readonly { mention_id: string; article_id: string; event_id: string; cameo: string; role: string; evidence: string }[],
  articles: readonly { article_id: string; language: string }[],
  { lang = "en", external, documents = [] }: { lang?: Lang; external?: ExternalCount; documents?: readonly SignedDocument[] } = {},
) {
  const byDate = inDateOrder(events.filter(isDated));
  const summits = byDate.filter(isSummit);
  const year = (d: EventRow) => +d.date_start.slice(0, 4);
  const years = new Set(byDate.map(year));
  const lastYear = byDate.length ? year(byDate.at(-1)!) : NaN;
  // The recent run: the latest years, back from the newest trip's, each with at least one trip.
  let runFrom = lastYear;
  while (years.has(runFrom - 1)) runFrom--;
  const firstYear = byDate.length ? year(byDate[0]!) : NaN;
  const recent = byDate.filter((d) => year(d) >= runFrom);
  const before = byDate.filter((d) => year(d) < runFrom);
  const language = new Map(articles.map((d) => [d.article_id, d.language]));
  const summitIds = new Set(summits.map((d) => d.event_id));
  // Signings at summits, the article's own news before a recalled one, the page's language first, the shortest sentence.
  const signed = d3.sort(
    mentions.filter((m) => m.cameo === "057" && isMention(m) && summitIds.has(m.event_id)),
    (m) => (language.get(m.article_id) === lang ? 0 : 1),
    (m) => (m.role === "main" ? 0 : 1),
    (m) => m.evidence.length,
    (m) => m.mention_id,
  );
  // The document signed: one dated from a day of the trip; "(2024)" goes, since the lead gives the date.
  const documentOf = (e: EventRow) => {
    const d = documents.find((d) => d.kind === "document" && d.valid_from && d.valid_from >= e.date_start && d.valid_from <= (e.date_end || e.date_start));
    return d && ((lang === "id" && d.name_id) || d.name).replace(/\s*\(\d{4}\)$/, "");
  };
  const signings: SummitSigning[] = d3.groups(signed, (m) => m.event_id).map(([id, [m]]) => {
    const event = summits.find((e) => e.event_id === id)!;
    return { event, sentence: m!.evidence, mention_id: m!.mention_id, article_id: m!.article_id, document: documentOf(event) };
  });
  return {
    first: byDate[0],
    last: byDate.at(-1),
    summits,
    signings: d3.sort(signings, (s) => s.event.date_start),
    /** The pace: a run of at least two years that does not start with the corpus, else none. */
    pace: runFrom > firstYear && lastYear - runFrom >= 1 ? { from: runFrom, to: lastYear, recent, before, beforeFrom: firstYear } : undefined,
    /** Trips that start in the external count's period. */
    inExternal: external ? byDate.filter((d) => d.date_start >= external.from && d.date_start <= external.to) : [],
  };
}

/**
 * The date the page is "updated" to: the newest article's publication date, at its precision (the chart pack's
 * "data as of" date, by the same rule); a longer date of the same month is the later one.
 */
export function newestPublished(published: readonly string[]): string | undefined {
  return published
    .filter((d) => /^\d{4}(-\d{2}){0,2}$/.test(d))
    .sort((a, b) => (a.slice(0, b.length) === b ? 1 : b.slice(0, a.length) === a ? -1 : a < b ? -1 : 1))
    .at(-1);
}

/** One quote per event for the story's quote cards: the longest direct quotation by a person, in date order (a trip
 * with no date last). */
export function keyQuotes(quotes: readonly QuoteRow[], events: readonly EventRow[]): QuoteRow[] {
  const start = new Map(events.map((e) => [e.event_id, e.date_start]));
  return d3
    .groups(quotes.filter((d) => d.kind === "direct" && d.speaker_kind === "person" && d.event_id), (d) => d.event_id)
    .map(([, rows]) => d3.greatest(rows, (d) => d.text.length)!)
    .sort((a, b) => d3.ascending(start.get(a.event_id) || "~", start.get(b.event_id) || "~"));
}

/** The theme a country's speakers raise in most distinct statements (themeCounts by country). */
export function topTheme(counts: readonly ThemeCount[], country: string): ThemeCount | undefined {
  return d3.greatest(counts.filter((d) => d.country === country), (d) => d.statements);
}

/** The Quotes page's figures: quotations by kind, and distinct statements (terms are nobody's statement). */
export function quoteFigures(quotes: readonly QuoteKey[]) {
  return {
    kinds: d3.rollup(quotes, (v) => v.length, (d) => d.kind),
    groups: statementIds(quotes),
  };
}

type Row = Record<string, string>;

/** The methodology page's figures, from the tables as loaded (strings; n_outlets as a number). */
export function corpusFigures({ articles, events, mentions, quotes }: {
  articles: readonly Row[];
  events: readonly (Row & { n_outlets: number })[];
  mentions: readonly Row[];
  quotes: readonly Row[];
  quoteThemes: readonly Row[];
}) {
  const byGuest = (country: string) => events.filter((d) => d.guest_country === country);
  const groups = d3.rollup(quotes.filter((d) => d.quote_group !== ""), (v) => new Set(v.map((d) => d.article_id)).size, (d) => d.quote_group);
  const terms = quotes.filter((d) => d.kind === "term");
  return {
    outlets: [...new Set(articles.map((d) => d.outlet!))].sort(),
    published: articles.map((d) => d.published!).filter(Boolean).sort(),
    languages: [...new Set(articles.map((d) => d.language!))],
    translated: articles.filter((d) => /machine-translated/i.test(d.outlet!)),
    fromKorea: byGuest("PRK"),
    fromRussia: byGuest("RUS"),
    atOrAboveMinister: events.filter((d) => d.level === "head" || d.level === "minister"),
    summits: events.filter((d) => isSummit({ event_type: d.event_type as EventRow["event_type"] })),
    monthOnly: events.filter((d) => d.date_precision === "month"),
    firstMonth: events.map((d) => d.date_start!).filter(Boolean).sort()[0]?.slice(0, 7) ?? "",
    lastMonth: events.map((d) => d.date_end!).filter(Boolean).sort().at(-1)?.slice(0, 7) ?? "",
    reported: mentions.filter((d) => isMention({ event_id: d.event_id ?? "", role: d.role ?? "" })),
    planned: mentions.filter((d) => d.role === "planned"),
    corroborated: events.filter((d) => d.n_outlets > 1),
    mostReported: [...events].sort((a, b) => b.n_outlets - a.n_outlets)[0],
    sharedGroups: [...groups.values()].filter((n) => n > 1).length,
    carried: quotes.filter((d) => d.attribution === "carry-over"),
    terms,
  };
}

interface Scores { table: string; tp: number; gold: number; extracted: number; precision: number; recall: number }
interface Agreement { table: string; attribute: string; correct: number; of: number; share: number }

/** The accuracy figures the methodology page states in prose, from accuracy.json; an absent table is an error. */
export function accuracySummary(accuracy: { tables: readonly Scores[]; attributes: readonly Agreement[] }) {
  const table = (name: string) => {
    const found = accuracy.tables.find((d) => d.table === name);
    if (!found) throw new Error(`accuracy.json: no scores for the table "${name}"`);
    return found;
  };
  const attribute = (name: string) => {
    const found = accuracy.attributes.find((d) => d.attribute === name);
    if (!found) throw new Error(`accuracy.json: no agreement figure for "${name}"`);
    return found;
  };
  return {
    events: table("events"),
    quotes: table("quotes"),
    dates: attribute("dates exact at the recorded precision"),
    speaker: attribute("speaker"),
    weakest: d3.least(accuracy.attributes, (d) => d.share),
  };
}

/** Trips as the Meetings table lists them: in date order, with dates, direction (as tripDirection: countries named
 * from `places`, a meeting with no guest side "met in" its country) and participants in words. */
export function tripRows<T extends EventRow>(
  events: readonly T[],
  participants: readonly { event_id: string; person_id: string }[],
  people: readonly Pick<PersonRow, "person_id" | "name">[],
  lang: Lang = "en",
  places: readonly Pick<PlaceRow, "place_id" | "name_en" | "name_id" | "kind" | "country" | "parent">[] = [],
): (T & { when: string; direction: string; people: string })[] {
  const name = new Map(people.map((d) => [d.person_id, d.name]));
  const who = d3.rollup(participants, (v) => v.map((d) => name.get(d.person_id) ?? d.person_id).join(", "), (d) => d.event_id);
  return inDateOrder(events).map((d) => ({
    ...d,
    when: formatDateRange(d.date_start, d.date_end, d.date_precision, lang),
    direction: tripDirection(d, places, lang),
    people: who.get(d.event_id) ?? "",
  }));
}

/** Venues with their trips, the most visited first. */
export function venueTrips<T extends EventRow>(events: readonly T[]): [string, T[]][] {
  return d3.sort(d3.groups(events, (d) => d.venue_id), ([, v]) => -v.length);
}

/** The Sources page's figures: outlets, readable articles, boilerplate removed and findings by severity. */
export function sourceFigures(
  articles: readonly { outlet: string; status: string; published: string }[],
  report: readonly { code: string; severity: string }[],
) {
  return {
    outlets: new Set(articles.map((d) => d.outlet)),
    usable: articles.filter((d) => d.status !== "error"),
    removed: report.filter((d) => d.code === "boilerplate-removed"),
    bySeverity: d3.rollup(report, (v) => v.length, (d) => d.severity),
    published: articles.map((d) => d.published).filter(Boolean).sort(),
  };
}

/** A development-set score as accuracy.json holds it (src/pipeline/score-devset.ts): a ratio with nothing to count is
 * null. */
export type DevsetFigures = Omit<DevsetScore, "lines">;

/** A held-out set as accuracy.json holds it: its first run, recorded once before any rule was changed for it
 * (src/pipeline/first-runs.ts), and its score today. */
export type HeldoutFigures = FirstRun & { now: DevsetFigures };

/**
 * The held-out sets, for the methodology pages of both editions: each set's first run beside its score today, and the
 * spread of the first runs, the figures that say how the extractor does on articles nobody tuned it to.
 */
export function heldoutComparison(accuracy: { heldout?: readonly HeldoutFigures[] }) {
  const sets = accuracy.heldout ?? [];
  if (sets.length === 0) throw new Error("accuracy.json: no held-out sets (test/fixtures/heldout/first-runs.csv)");
  const spread = (all: Array<number | null>) => {
    const values = all.filter((v): v is number => v !== null);
    return { min: d3.min(values) ?? null, max: d3.max(values) ?? null, median: d3.median(values) ?? null };
  };
  return {
    sets: sets.length,
    articles: d3.sum(sets, (h) => h.articles),
    byLanguage: Object.fromEntries(["id", "en"].map((lang) => [lang, sets.filter((h) => h.language === lang).length])) as Record<"id" | "en", number>,
    first: {
      recall: spread(sets.map((h) => h.events.recall)),
      precision: spread(sets.map((h) => h.events.precision)),
      speaker: spread(sets.map((h) => h.quotes.speaker)),
      plannedAsHappened: d3.sum(sets, (h) => h.events.plannedAsHappened)
    },
    now: { recall: spread(sets.map((h) => h.now.events.recall)), plannedAsHappened: d3.sum(sets, (h) => h.now.events.plannedAsHappened) },
    rows: sets.map((h) => ({
      set: h.set,
      language: h.language,
      articles: h.articles,
      comment: h.comment,
      first: { recall: h.events.recall, precision: h.events.precision, speaker: h.quotes.speaker, plannedAsHappened: h.events.plannedAsHappened },
      now: { recall: h.now.events.recall, precision: h.now.events.precision, speaker: h.now.quotes.speaker, plannedAsHappened: h.now.events.plannedAsHappened }
    }))
  };
}

/**
 * The development set's trips with the source log's published dates left empty, as an editor may leave them: recall
 * and precision per language, beside the same with the dates given, for the methodology pages of both editions.
 */
export function undatedComparison(accuracy: { devset: readonly DevsetFigures[]; devsetUndated: readonly DevsetFigures[] }) {
  const pick = (set: readonly DevsetFigures[], lang: string) => {
    const found = set.find((d) => d.lang === lang);
    if (!found) throw new Error(`accuracy.json: no development-set scores for "${lang}"`);
    return { recall: found.events.recall, precision: found.events.precision, plannedAsHappened: found.events.plannedAsHappened };
  };
  return Object.fromEntries(["id", "en"].map((lang) => [lang, { dated: pick(accuracy.devset, lang), undated: pick(accuracy.devsetUndated, lang) }])) as Record<"id" | "en", { dated: ReturnType<typeof pick>; undated: ReturnType<typeof pick> }>;
}

/**
 * The seeds (in-sample) beside the development set (out of sample, per language), one row a measure, for the
 * methodology pages of both editions. The seeds' figures are their table scores; null where a measure does not
 * apply to a set.
 */
export function accuracyComparison(accuracy: { articles: number; tables: readonly Scores[]; attributes: readonly Agreement[]; devset: readonly DevsetFigures[] }) {
  const { events, quotes, speaker } = accuracySummary(accuracy);
  const dev = (lang: string) => {
    const found = accuracy.devset.find((d) => d.lang === lang);
    if (!found) throw new Error(`accuracy.json: no development-set scores for "${lang}"`);
    return found;
  };
  const [id, en] = [dev("id"), dev("en")];
  return {
    articles: { seeds: accuracy.articles, id: id.articles, en: en.articles },
    rows: [
      { measure: "eventsRecall", seeds: events.recall, id: id.events.recall, en: en.events.recall },
      { measure: "eventsPrecision", seeds: events.precision, id: id.events.precision, en: en.events.precision },
      { measure: "plannedAsHappened", seeds: null, id: id.events.plannedAsHappened, en: en.events.plannedAsHappened },
      { measure: "quotesRecall", seeds: quotes.recall, id: id.quotes.recall, en: en.quotes.recall },
      { measure: "quotesPrecision", seeds: quotes.precision, id: id.quotes.precision, en: en.quotes.precision },
      { measure: "speaker", seeds: speaker.share, id: id.quotes.speaker, en: en.quotes.speaker }
    ] as const
  };
}
