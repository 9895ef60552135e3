// The development set's yardstick (test/fixtures/devset/score.mjs) in the project's own terms: the same lenient
// matching, computed on a pipeline result instead of on CSV files, so that the accuracy tests and the methodology
// page report the same figures that score.mjs prints. A gold event is found when a mention of its article that is
// not planned has a date within a day of the gold date (month-day only where the article never states the year),
// the gold venue, and at least two of the gold participants; a quote is found when an extracted quote contains
// its first four words.
import { timeDay } from "d3-time";
import { formatCsv, parseCsv } from "./csv.ts";
import type { Person, Place } from "./recognise/gazetteer.ts";
import type { PipelineResult } from "./pipeline.ts";
import type { IngestInput } from "./types.ts";

export interface DevsetGold {
  articles: Record<string, { published: string; language: string; outlet: string }>;
  events: GoldEvent[];
  quotes: GoldQuote[];
}

interface GoldEvent {
  article: string;
  role: "main" | "background" | "planned" | "soft";
  date?: string | null;
  precision?: string;
  year_known?: boolean;
  venue?: string | null;
  participants: string[];
}

interface GoldQuote {
  article: string;
  speaker: string;
  start: string;
  kind?: string;
  person?: boolean;
}

/** A share of what could be counted; null where nothing could. */
export type Ratio = number | null;

export interface DevsetScore {
  lang: string;
  articles: number;
  /** Each ratio is null where it has nothing to count (no gold to find, nothing extracted to judge): score.mjs prints
   * "n/a" there, and a page shows a dash, never a perfect score. */
  events: { gold: number; found: number; recall: Ratio; extracted: number; good: number; precision: Ratio; plannedAsHappened: number };
  quotes: { gold: number; found: number; recall: Ratio; extracted: number; good: number; precision: Ratio; rightSpeaker: number; speaker: Ratio };
  /** One line per gold event and quote, as score.mjs prints them ("found …", "MISSED …", "TRAP …", "WRONG SPEAKER …"). */
  lines: string[];
}

/** The gold's article ids use underscores; the project's source log, hyphens. */
export const devsetArticleId = (goldId: string) => goldId.replace(/_/g, "-");

export function scoreDevset(result: Pick<PipelineResult, "mentions" | "eventParticipants" | "quotes"> & Partial<Pick<PipelineResult, "unlisted">>, gold: DevsetGold, people: readonly Person[], places: readonly Place[], lang: string): DevsetScore {
  const keep = (id: string) => lang === "all" || gold.articles[id]?.language === lang;
  const ids = new Set(Object.keys(gold.articles).filter(keep).map(devsetArticleId));
  const re = (s: string) => new RegExp(s, "i");
  const placeText = new Map(places.map((p) => [p.place_id, Object.values(p).join(" ")]));
  // The officials the gazetteer lacks are people of the published people.csv too (score.mjs reads that table): a
  // participant is matched by the name, never by the id's hyphens.
  const personText = new Map([...people, ...(result.unlisted ?? [])].map((p) => [p.person_id, Object.values(p).join(" ")]));
  const partsOf = new Map<string, string>();
  for (const p of result.eventParticipants) partsOf.set(p.event_id, `${partsOf.get(p.event_id) ?? ""} ${personText.get(p.person_id) ?? p.person_id}`);

  type M = PipelineResult["mentions"][number];
  const shift = (d: string, k: number) => timeDay.offset(new Date(`${d}T00:00:00Z`), k).toISOString().slice(0, 10);
  const dateOk = (m: M, g: GoldEvent) => {
    if (!g.date) return true;
    const s = m.date_start ?? "";
    const e = m.date_end || s;
    const cut = (d: string) => (g.year_known === false ? d.slice(5) : d);
    if (g.precision === "day") {
      if (!/^\d{4}-\d\d-\d\d/.test(s)) return false;
      return cut(shift(s.slice(0, 10), -1)) <= cut(g.date) && cut(g.date) <= cut(shift(e.slice(0, 10), 1));
    }
    return s.startsWith(g.date) || (g.year_known === false && s.slice(5).startsWith(g.date.slice(5)));
  };
  const whoOk = (m: M, g: GoldEvent, min: number) => g.participants.filter((p) => re(p).test(partsOf.get(m.event_id) ?? "")).length >= min;
  const venueOk = (m: M, g: GoldEvent) => !g.venue || re(g.venue).test(`${placeText.get(m.venue_id) ?? ""} ${m.venue_id ?? ""}`);
  const happened = (m: M) => !/plan|expect|future/i.test(m.role ?? "");

  const gE = gold.events.filter((g) => keep(g.article));
  const mine = (g: GoldEvent) => result.mentions.filter((m) => m.article_id === devsetArticleId(g.article));
  const mainG = gE.filter((g) => g.role === "main" || g.role === "background");
  const found = mainG.filter((g) => mine(g).some((m) => happened(m) && dateOk(m, g) && venueOk(m, g) && whoOk(m, g, Math.min(2, g.participants.length))));
  const trapped = gE.filter((g) => g.role === "planned" && mine(g).some((m) => happened(m) && g.date && dateOk(m, g) && whoOk(m, g, 2)));
  const held = result.mentions.filter((m) => ids.has(m.article_id) && happened(m));
  const good = held.filter((m) => gE.some((g) => g.role !== "planned" && m.article_id === devsetArticleId(g.article) && dateOk(m, g) && whoOk(m, g, 1)));

  type Q = PipelineResult["quotes"][number];
  const norm = (s: string) => s.toLowerCase().normalize("NFKC").replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ").trim();
  const same = (x: Q, g: GoldQuote) =>
    x.article_id === devsetArticleId(g.article) && (norm(x.text).includes(norm(g.start).split(" ").slice(0, 4).join(" ")) || (norm(g.start).length < 20 && norm(x.text) === norm(g.start)));
  const spk = (x: Q) => `${personText.get(x.speaker_id) ?? ""} ${x.speaker_id} ${x.speaker_text ?? ""}`;
  const gQ = gold.quotes.filter((g) => keep(g.article));
  const personG = gQ.filter((g) => g.person !== false);
  const qFound = personG.filter((g) => result.quotes.some((x) => same(x, g)));
  const qRight = personG.filter((g) => result.quotes.some((x) => same(x, g) && re(g.speaker).test(spk(x))));
  const heldQuotes = result.quotes.filter((x) => ids.has(x.article_id) && /direct|partial/i.test(x.kind ?? "direct"));
  const qGood = heldQuotes.filter((x) => gQ.some((g) => same(x, g)));

  const ratio = (a: number, b: number): Ratio => (b === 0 ? null : a / b);
  const lines = [
    ...mainG.map((g) => `${found.includes(g) ? "found  " : "MISSED "} ${g.article} ${g.role} ${g.date ?? "(no anchor)"} ${g.participants.join("+")}`),
    ...trapped.map((g) => `TRAP    ${g.article} planned event reported as happened: ${g.participants.join("+")} ${g.date}`),
    ...personG.map((g) => `${qRight.includes(g) ? "quote ok" : qFound.includes(g) ? "WRONG SPEAKER" : "QUOTE MISSED"} ${g.article} ${g.speaker}: ${g.start}`)
  ];
  return {
    lang,
    articles: ids.size,
    events: {
      gold: mainG.length,
      found: found.length,
      recall: ratio(found.length, mainG.length),
      extracted: held.length,
      good: good.length,
      precision: ratio(good.length, held.length),
      plannedAsHappened: trapped.length
    },
    quotes: {
      gold: personG.length,
      found: qFound.length,
      recall: ratio(qFound.length, personG.length),
      extracted: heldQuotes.length,
      good: qGood.length,
      precision: ratio(qGood.length, heldQuotes.length),
      rightSpeaker: qRight.length,
      speaker: ratio(qRight.length, qFound.length)
    },
    lines
  };
}

/**
 * The articles of one language, as score.mjs runs them: each language alone, so that a report in one language
 * cannot lend its people to a trip another language's article is scored on.
 */
export function languageSubset(input: IngestInput, lang: string): IngestInput {
  const { header, rows } = parseCsv(input.sourcesCsv.text, input.sourcesCsv.file);
  const kept = rows.filter((row) => lang === "all" || row.values.language === lang).map((row) => row.values);
  const files = new Set(kept.map((row) => row.file));
  return { ...input, sourcesCsv: csvOf(input, formatCsv(header, kept)), files: input.files.filter((f) => files.has(f.file)) };
}

/** The input with the source log's published dates left empty, as an editor may leave them: what the extractor makes
 * of the articles' own datelines and text, and of the desk's timeline, alone. */
export function withoutPublished(input: IngestInput): IngestInput {
  const { header, rows } = parseCsv(input.sourcesCsv.text, input.sourcesCsv.file);
  const bare: Array<Record<string, string>> = rows.map((row) => ({ ...row.values, published: "" }));
  return { ...input, sourcesCsv: csvOf(input, formatCsv(header, bare)) };
}

/** The source log rewritten as `text`: its bytes, which ingest reads before the text, are dropped. */
function csvOf(input: IngestInput, text: string): IngestInput["sourcesCsv"] {
  return { file: input.sourcesCsv.file, text };
}

/** score.mjs's summary line: "devset id: events R=.. P=.. planned-as-happened=.. | quotes R=.. P=.. speaker=..". */
export function summaryLine(score: DevsetScore): string {
  const f = (x: Ratio) => (x === null ? "n/a" : x.toFixed(2));
  return `devset ${score.lang}: events R=${f(score.events.recall)} P=${f(score.events.precision)} planned-as-happened=${score.events.plannedAsHappened} | quotes R=${f(score.quotes.recall)} P=${f(score.quotes.precision)} speaker=${f(score.quotes.speaker)}`;
}
