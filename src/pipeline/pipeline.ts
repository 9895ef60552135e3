import { clean, cleanFindings } from "./ingest/clean.ts";
import { anchorDate, anchorFindings, chooseAnchor, type Anchor } from "./dates.ts";
import { textAnchorIsHistory } from "./dates/text-anchor.ts";
import { countryAnaphors } from "./recognise/country-anaphor.ts";
import { withoutRankedTitles } from "./recognise/rank-prefix.ts";
import { withoutIndefiniteTitles } from "./recognise/indefinite-title.ts";
import { begunBy, type KnownMeeting } from "./dates/known-meetings.ts";
import { knownVenueFindings, placeFromKnownMeetings } from "./events/venue/known-venue.ts";
import { afterArrival } from "./events/timing/after-arrival.ts";
import { beforeDeparture } from "./events/timing/after-departure.ts";
import { dateStatedFromKnownMeetings } from "./events/timing/known-stated.ts";
import { yearOfDateline } from "./events/timing/known-year.ts";
import { dateFromKnownMeetings, dateRecalledFromKnownMeetings, knownDateFindings, monthAnchor, recalledAgainst } from "./events/timing/known-date.ts";
import { buildEvents, type Event, type EventParticipant } from "./events/events.ts";
import type { Gazetteer, Person, Place } from "./recognise/gazetteer.ts";
import { ingest, type IngestResult } from "./ingest/ingest.ts";
import { settleLanguages } from "./lang/detect.ts";
import type { LanguagePacks } from "./lang/pack.ts";
import type { Relationship } from "./relationship.ts";
import { extractMentions, type Mention, type Sides } from "./events/mentions.ts";
import { peopleInOffice, withDatedBearers } from "./events/people/office.ts";
import { withDelegationHeads } from "./events/people/delegation-head.ts";
import { groupQuotes, linkQuotesToEvents } from "./quotes/quote-links.ts";
import { findQuotes, shortNames, type Quote } from "./quotes/quotes.ts";
import type { QuoteLexicons } from "./quotes/quote-lexicons.ts";
import { tagThemes, type QuoteTheme } from "./quotes/themes.ts";
import { Recogniser, type EntityMention } from "./recognise/recognise.ts";
import { withUnlistedOfficials, type UnlistedPerson } from "./recognise/unlisted.ts";
import { segment } from "./ingest/segment.ts";
import type { Article, BoilerplatePattern, Cleaned, Finding, IngestInput, Paragraph, Sentence, SourceRow } from "./types.ts";

/** Everything the pipeline reads besides the articles: what an editor owns in data/lexicon and data/gazetteer. */
export interface Resources {
  boilerplate: readonly BoilerplatePattern[];
  gazetteer: Gazetteer;
  /** Every word the rules use, per language (data/lang/<lang>/): an article's language picks its pack. */
  packs: LanguagePacks;
  /** The two sides the corpus follows and the relationship's title (data/relationship.csv). */
  relationship: Relationship;
  quoteLexicons: QuoteLexicons;
  /** The desk's timeline of known meetings (data/lexicon/known_meetings.csv): a year for a year-less dateline. */
  knownMeetings: readonly KnownMeeting[];
}

export interface PipelineResult {
  articles: Article[];
  sources: SourceRow[];
  findings: Finding[];
  cleaned: Cleaned[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The date each article's relative expressions were resolved against, by article id (null: none). */
  anchors: Map<string, Anchor | null>;
  /** People and places recognised in the kept sentences. */
  entities: EntityMention[];
  /** Officials the gazetteer lacks whom the articles name with a title and a country (recognise/unlisted.ts), each
   * once, as the first article that names them gives them. */
  unlisted: UnlistedPerson[];
  mentions: Mention[];
  events: Event[];
  eventParticipants: EventParticipant[];
  quotes: Quote[];
  quoteThemes: QuoteTheme[];
}

/** What the per-article stages find in one article: everything but the merging across articles. */
export interface ArticleResult {
  article_id: string;
  cleaned: Cleaned;
  /** The findings of the stages before quotations (clean, date anchor, places from the timeline), then the quote stage's. */
  cleanFindings: Finding[];
  quoteFindings: Finding[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  anchor: Anchor | null;
  entities: EntityMention[];
  /** The officials the gazetteer lacks whom the article names with a title and a country. */
  unlisted: UnlistedPerson[];
  mentions: Mention[];
  quotes: Quote[];
}

/** The per-article stages' tools, built once from the resources (the recogniser compiles the gazetteer). */
export interface ArticleTools {
  resources: Resources;
  recogniser: Recogniser;
  context: { people: Map<string, Person>; places: Map<string, Place>; sides: Sides };
  shortNames: Map<string, string>;
}

export function articleTools(resources: Resources): ArticleTools {
  return {
    resources,
    recogniser: new Recogniser(resources.gazetteer),
    context: {
      people: new Map<string, Person>(resources.gazetteer.people.map((p) => [p.person_id, p])),
      places: new Map<string, Place>(resources.gazetteer.places.map((p) => [p.place_id, p])),
      sides: sideCodes(resources.relationship)
    },
    shortNames: shortNames(resources.gazetteer)
  };
}

/**
 * clean → segment → date anchor → recognise → mentions → quotations, for one article: the stages that read
 * nothing but the article and the resources, so they can run in any order, on any thread. Pure.
 */
export function processArticle(article: Article, tools: ArticleTools): ArticleResult {
  const { resources, recogniser, context } = tools;
  const pack = resources.packs.get(article.language);
  const c = clean(article, resources.boilerplate);
  const s = segment(article.article_id, article.text, c, pack);
  const stated = chooseAnchor({
    published: article.published,
    bodyText: s.sentences.map((x) => x.text).join("\n"),
    copyrightYear: copyrightYear(c),
    pack,
    newsClock: resources.relationship.newsClock
  });
  // "came to the country": the country last named (recognise/country-anaphor.ts).
  const withCountries = (found: EntityMention[]) =>
    !pack.has("country_anaphors") ? found : [...found, ...countryAnaphors(article.text, s.sentences, found, context.places, pack.regex("country_anaphors", "g"))].sort((a, b) => a.start - b.start || a.end - b.end);
  // A title after "deputy", "vice" names a deputy, not the holder, and the country in it stays a place
  // (recognise/rank-prefix.ts); one after "a" nobody in particular (recognise/indefinite-title.ts). An official the
  // gazetteer lacks whom a title with a country names is a person of the article's (recognise/unlisted.ts): the stages
  // after read them as the gazetteer's people. Set with the entities, each time they are recognised.
  let unlisted: UnlistedPerson[] = [];
  const sentenceOf = new Map(s.sentences.map((x) => [x.sentence_id, x]));
  const titlePlaces = (id: string) => {
    const sentence = sentenceOf.get(id);
    return sentence === undefined ? [] : recogniser.placesIn(article.text, sentence, article.language);
  };
  const recognise = (a: Anchor | null) => {
    const recognised = recogniser.recognise(article.text, s.sentences, anchorDate(a) ?? (article.published || null), article.language);
    const found = withCountries(withoutIndefiniteTitles(withoutRankedTitles(recognised, article.text, pack, titlePlaces), article.text, pack));
    const officials = withUnlistedOfficials(article.text, s.sentences, found, pack, {
      gazetteer: resources.gazetteer,
      places: context.places,
      sides: context.sides,
      placesIn: (sentence) => recogniser.placesIn(article.text, sentence, article.language)
    });
    unlisted = officials.people;
    return officials.entities;
  };
  const people = () => withPeople(context.people, unlisted);
  let entities = recognise(stated);
  // The article's own date, by which the timeline's meetings it reports or recalls had begun: the source log's, else
  // its dateline's (a date stated in its body may be a recalled one).
  const ownDate = (a: Anchor | null) => article.published || (a?.source === "dateline" ? (anchorDate(a) ?? "") : "");
  // A namesake of a dated name is its bearer in a meeting of the name's dates (events/people/office.ts).
  const extractAt = (a: Anchor | null, borne = withDatedBearers(entities)) =>
    placeFromKnownMeetings(
      peopleInOffice(
        withDelegationHeads(extractMentions({ article, sentences: s.sentences, entities: borne, anchor: a }, { ...context, people: people(), pack, lexicons: pack }), article.text, borne, pack),
        borne,
        (text, first, last) => recogniser.holderOf(text, first, last, article.language)
      ),
      resources.knownMeetings,
      context.places,
      context.sides,
      people(),
      ownDate(a)
    );
  // A dateline without a year takes one from the timeline of known meetings of the people it names and of what the
  // page, read without it, recalls (events/timing/known-year.ts); the people are then recognised again at that date (a title
  // names whoever held it then).
  let anchor = stated?.precision === "month-day" ? yearOfDateline(stated, namedPeople(entities), extractAt(stated).mentions, resources.knownMeetings, context.places, people(), pack) : stated;
  if (anchor !== stated) entities = recognise(anchor);
  const extract = () => extractAt(anchor);
  let placed = extract();
  // An article with no date of its own is dated by a day its text states only when that day dates its news: a day
  // that dates nothing but earlier meetings ("they had met … on September 13, 2023"), or one years before a year the
  // text states ("since February 9, 2000, …" then "in July 2023"), leaves it undated (dates/text-anchor.ts).
  if (anchor?.source === "explicit" && article.published === "" && textAnchorIsHistory(anchor, placed.mentions)) {
    anchor = null;
    entities = recognise(anchor);
    placed = extract();
  }
  // An article with no date of its own whose news is one known meeting: the news takes its days.
  const dated = dateFromKnownMeetings(placed.mentions, anchor, resources.knownMeetings, context.places, pack, people());
  const timelined = dateRecalledFromKnownMeetings(dated.mentions, begunBy(resources.knownMeetings, ownDate(anchor)), context.places, people(), pack);
  // Its news so dated, the earlier meetings it recalls by a month or a day without a year ("270 days after their
  // meeting at the Vostochny Cosmodrome in September") and that the timeline left undated are read against the
  // news's month, as a dated page's are.
  const meeting = dated.filled[0]?.meeting;
  // A meeting a weekday put after the guest left, on a page dated by the day it says the guest left: the week before.
  const recalled = meeting === undefined ? timelined : recalledAgainst(timelined, dated.filled, extractAt(monthAnchor(meeting)).mentions);
  // What is still undated on a page without a year, a month or a day it states dated by the known meeting it names.
  const mentions = afterArrival(beforeDeparture(dateStatedFromKnownMeetings(recalled, anchor, resources.knownMeetings, context.places, people(), pack), anchor), anchor, context.places);
  const found = findQuotes({
    article,
    sentences: s.sentences,
    paragraphs: s.paragraphs,
    entities,
    pack,
    verbs: pack.verbs,
    speakers: resources.quoteLexicons.speakers,
    terms: resources.quoteLexicons.terms,
    relays: c.metadata.source,
    shortNames: tools.shortNames,
    people: people()
  });
  return {
    article_id: article.article_id,
    cleaned: c,
    cleanFindings: [...cleanFindings(article, c), ...anchorFindings(article, anchor), ...knownVenueFindings(article, placed.filled, context.places), ...knownDateFindings(article, dated.filled)],
    quoteFindings: found.findings,
    paragraphs: s.paragraphs,
    sentences: s.sentences,
    anchor,
    entities,
    unlisted,
    mentions,
    quotes: found.quotes
  };
}

/** The gazetteer's people and the officials it lacks (never one of its own ids: see recognise/unlisted.ts). */
function withPeople(people: ReadonlyMap<string, Person>, unlisted: readonly UnlistedPerson[]): ReadonlyMap<string, Person> {
  // Most articles name no such official: the gazetteer's map serves as it is, not copied for each article.
  if (unlisted.length === 0) return people;
  const all = new Map(people);
  for (const p of unlisted) if (!all.has(p.person_id)) all.set(p.person_id, p);
  return all;
}

/** Runs the per-article stages of many articles, in their order: in this thread, or on worker threads. */
export type ArticleRunner<R extends ArticleRows = ArticleResult> = (articles: readonly Article[]) => Promise<R[]>;

/**
 * ingest → clean → segment → recognise → mentions → events → quotes → themes. Articles with an error finding stay in `articles`
 * and the report but go no further: their text or identity is in doubt until an editor fixes the input.
 */
export function runPipeline(input: IngestInput, resources: Resources, progress: (message: string) => void = () => {}): PipelineResult {
  const ingested = ingestWithLanguages(input, resources);
  progress(`ingested ${ingested.articles.length} articles`);
  const tools = articleTools(resources);
  const results = ingested.articles.filter((a) => a.status !== "error").map((article) => processArticle(article, tools));
  return assemble(ingested, results, resources, progress);
}

/** As runPipeline, with the per-article stages handed to `runner` (worker threads, see parallel.ts). The
 * result is the same, byte for byte, whatever the runner: only the global stages merge across articles. */
export async function runPipelineWith(input: IngestInput, resources: Resources, runner: ArticleRunner, progress: (message: string) => void = () => {}): Promise<PipelineResult> {
  const { ingested, results } = await runArticles(input, resources, runner, () => true, progress);
  return assemble(ingested, results, resources, progress);
}

/**
 * The per-article stages alone, for one part of a corpus (a shard, src/io/shards.ts): the ingested articles,
 * findings and source rows whose article id `keep` selects, and the articles' results, in order. Ingest reads
 * the whole source log, so each part reports the same log faults; `keep` gives each fault to one part.
 */
export async function runArticles<R extends ArticleRows>(
  input: IngestInput,
  resources: Resources,
  runner: ArticleRunner<R>,
  keep: (article_id: string) => boolean,
  progress: (message: string) => void = () => {}
): Promise<{ ingested: IngestResult; results: R[] }> {
  const all = ingestWithLanguages(input, resources);
  const ingested = {
    articles: all.articles.filter((a) => keep(a.article_id)),
    sources: all.sources.filter((s) => keep(s.article_id)),
    findings: all.findings.filter((f) => keep(f.article_id))
  };
  progress(`ingested ${ingested.articles.length} articles`);
  return { ingested, results: await runner(ingested.articles.filter((a) => a.status !== "error")) };
}

/** ingest, then each article's language settled: the source log's, or detected from the text (lang/detect.ts). */
function ingestWithLanguages(input: IngestInput, resources: Resources): IngestResult {
  const ingested = ingest(input);
  const { articles, findings } = settleLanguages(ingested.articles, resources.packs);
  return { ...ingested, articles, findings: [...ingested.findings, ...findings, ...(resources.gazetteer.findings ?? []), ...resources.packs.findings] };
}

/** What the global stages read of one article's results: no cleaned lines or paragraphs, so that a shard
 * (src/io/shards.ts) can hand them over as rows without the article's text. */
export type ArticleRows = Pick<ArticleResult, "article_id" | "cleanFindings" | "quoteFindings" | "sentences" | "anchor" | "entities" | "unlisted" | "mentions" | "quotes">;

/**
 * One article's results reduced to its rows, as soon as the article is done, so that a large corpus is never held
 * as sentences: the global stages read sentences only to link the article's quotes to its reported (not planned)
 * mentions (quotes/quote-links.ts), by their offsets and paragraphs, and the words of the sentence a quote opens
 * in. Other articles keep no sentence, other sentences no text and no id.
 */
export function articleRows(r: ArticleRows): ArticleRows {
  const { article_id, cleanFindings, quoteFindings, anchor, unlisted, mentions, quotes } = r;
  const linking = quotes.length > 0 && mentions.some((m) => m.role !== "planned");
  // The sentences (in article order) each quote starts in, walked with the quotes' starts in order: asking every
  // quote of every sentence grew with the square of a long page.
  const starts = quotes.map((q) => q.char_start).sort((a, b) => a - b);
  let next = 0;
  const holdsQuote = (s: Sentence) => {
    while (next < starts.length && starts[next]! < s.start) next++;
    return next < starts.length && starts[next]! < s.end;
  };
  const sentences = linking ? r.sentences.map((s) => (holdsQuote(s) ? s : { ...s, sentence_id: "", text: "" })) : [];
  // The tables count the gazetteer's people (and the officials it lacks, by their slugs) and list its places by their
  // ids: of the entities (the most rows an article has), only their kind, id and how they matched (not their words,
  // sentence or offsets), and none of the unknown people (id "").
  const entities: EntityMention[] = [];
  for (const e of r.entities) if (e.id !== "") entities.push(entityRow(e));
  return { article_id, cleanFindings, quoteFindings, sentences, anchor, entities, unlisted, mentions, quotes };
}

/** One frozen row for each kind, id and way of matching, shared by all its mentions in every article: at 20,000
 * articles half a million entity rows are a few hundred objects, which neither the heap nor each minor collection
 * (which copies what survives it) carries. Bounded by the gazetteer and the officials it lacks that the corpus names. */
const entityRows = new Map<string, EntityMention>();

function entityRow({ kind, id, via }: EntityMention): EntityMention {
  const key = `${kind}\u0000${id}\u0000${via}`;
  let row = entityRows.get(key);
  if (row === undefined) {
    row = Object.freeze({ kind, id, via, start: 0, end: 0, text: "", sentence_id: "" });
    entityRows.set(key, row);
  }
  return row;
}

/** What the global stages make of the articles' rows: everything the tables are built from. */
export type MergedResult = Omit<PipelineResult, "cleaned" | "paragraphs">;

function assemble(ingested: IngestResult, results: readonly ArticleResult[], resources: Resources, progress: (message: string) => void): PipelineResult {
  const paragraphs: Paragraph[] = [];
  for (const r of results) for (const p of r.paragraphs) paragraphs.push(p);
  return { ...mergeArticles(ingested, results, resources, progress), cleaned: results.map((r) => r.cleaned), paragraphs };
}

/** The global stages: events merged across articles, quotations linked to them and grouped, themes. The
 * results must be in the ingested articles' order. Pure. */
export function mergeArticles(ingested: IngestResult, results: readonly ArticleRows[], resources: Resources, progress: (message: string) => void = () => {}): MergedResult {
  const { articles, sources, findings } = ingested;
  const sentences: Sentence[] = [];
  const anchors = new Map<string, Anchor | null>();
  const entities: EntityMention[] = [];
  const unlisted = new Map<string, UnlistedPerson>();
  const mentions: Mention[] = [];
  let quotes: Quote[] = [];
  const quoteFindings: Finding[] = [];
  // push(...) of a long array overflows the stack; these loops do not.
  const append = <T>(to: T[], rows: readonly T[]) => {
    for (const row of rows) to.push(row);
  };
  for (const r of results) {
    append(findings, r.cleanFindings);
    append(sentences, r.sentences);
    anchors.set(r.article_id, r.anchor);
    append(entities, r.entities);
    for (const p of r.unlisted) if (!unlisted.has(p.person_id)) unlisted.set(p.person_id, p);
    append(mentions, r.mentions);
    append(quotes, r.quotes);
    append(quoteFindings, r.quoteFindings);
  }
  progress(`cleaned and segmented ${results.length} articles into ${sentences.length} sentences`);
  const context = {
    people: withPeople(new Map<string, Person>(resources.gazetteer.people.map((p) => [p.person_id, p])), [...unlisted.values()]),
    places: new Map<string, Place>(resources.gazetteer.places.map((p) => [p.place_id, p])),
    sides: sideCodes(resources.relationship)
  };
  const events = buildEvents(mentions, articles, context);
  progress(`found ${events.mentions.length} event mentions and ${events.events.length} events`);
  append(findings, quoteFindings);
  quotes = linkQuotesToEvents(quotes, events.mentions, sentences);
  quotes = groupQuotes(quotes, articles, resources.packs);
  const languageOf = new Map(articles.map((a) => [a.article_id, a.language]));
  const dateOf = new Map(articles.map((a) => [a.article_id, anchors.get(a.article_id)?.date ?? a.published]));
  const quoteThemes = tagThemes(quotes, resources.quoteLexicons.themes, {
    dateOf: (q) => dateOf.get(q.article_id ?? "") ?? "",
    packOf: (q) => resources.packs.get(languageOf.get(q.article_id ?? "") ?? "")
  });
  progress(`found ${quotes.length} quotations and ${quoteThemes.length} theme tags`);
  return {
    articles,
    sources,
    findings,
    sentences,
    anchors,
    entities,
    unlisted: [...unlisted.values()],
    mentions: events.mentions,
    events: events.events,
    eventParticipants: events.participants,
    quotes,
    quoteThemes
  };
}

/** The relationship's two sides as the stages read them: their ISO alpha-3 codes. */
function sideCodes(relationship: Relationship): Sides {
  return [relationship.sides[0].code, relationship.sides[1].code];
}

/** The year of the copyright line the clean stage removed ("Copyright © ANTARA 2024"): the only boilerplate
 * that may date an article, and only its year. */
export function copyrightYear(cleaned: Cleaned): number | null {
  const line = cleaned.removed.find((r) => r.pattern_id === "copyright");
  const year = line === undefined ? undefined : /(?<!\d)(1\d{3}|2\d{3})(?!\d)/.exec(line.text)?.[1];
  return year === undefined ? null : Number(year);
}

/** The gazetteer's people an article names. */
function namedPeople(entities: readonly EntityMention[]): Set<string> {
  const named = new Set<string>();
  for (const e of entities) if (e.kind === "person" && e.id !== "") named.add(e.id);
  return named;
}
