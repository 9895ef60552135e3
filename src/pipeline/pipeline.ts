import { clean, cleanFindings } from "./clean.ts";
import { chooseAnchor, type Anchor } from "./dates.ts";
import { buildEvents, type Event, type EventParticipant } from "./events.ts";
import type { Gazetteer, Person, Place } from "./gazetteer.ts";
import { ingest } from "./ingest.ts";
import type { Lexicons } from "./lexicon.ts";
import { extractMentions, type Mention } from "./mentions.ts";
import { extractQuotes } from "./quote-stage.ts";
import type { Quote } from "./quotes.ts";
import type { QuoteLexicons } from "./read-quotes.ts";
import type { QuoteTheme } from "./themes.ts";
import { Recogniser, type EntityMention } from "./recognise.ts";
import { segment } from "./segment.ts";
import type { Article, BoilerplatePattern, Cleaned, Finding, IngestInput, Paragraph, Sentence, SourceRow } from "./types.ts";

/** Everything the pipeline reads besides the articles: what an editor owns in data/lexicon and data/gazetteer. */
export interface Resources {
  boilerplate: readonly BoilerplatePattern[];
  gazetteer: Gazetteer;
  lexicons: Lexicons;
  quoteLexicons: QuoteLexicons;
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
  mentions: Mention[];
  events: Event[];
  eventParticipants: EventParticipant[];
  quotes: Quote[];
  quoteThemes: QuoteTheme[];
}

/**
 * ingest → clean → segment → recognise → mentions → events → quotes → themes. Articles with an error finding stay in `articles`
 * and the report but go no further: their text or identity is in doubt until an editor fixes the input.
 */
export function runPipeline(input: IngestInput, resources: Resources, progress: (message: string) => void = () => {}): PipelineResult {
  const { articles, sources, findings } = ingest(input);
  progress(`ingested ${articles.length} articles`);
  const recogniser = new Recogniser(resources.gazetteer);
  const context = {
    lexicons: resources.lexicons,
    people: new Map<string, Person>(resources.gazetteer.people.map((p) => [p.person_id, p])),
    places: new Map<string, Place>(resources.gazetteer.places.map((p) => [p.place_id, p]))
  };
  const cleaned: Cleaned[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const anchors = new Map<string, Anchor | null>();
  const entities: EntityMention[] = [];
  const mentions: Mention[] = [];
  for (const article of articles) {
    if (article.status === "error") continue;
    const c = clean(article, resources.boilerplate);
    cleaned.push(c);
    findings.push(...cleanFindings(article, c));
    const s = segment(article.article_id, article.text, c);
    paragraphs.push(...s.paragraphs);
    sentences.push(...s.sentences);
    const anchor = chooseAnchor({
      published: article.published,
      bodyText: s.sentences.map((x) => x.text).join("\n"),
      copyrightYear: copyrightYear(c)
    });
    anchors.set(article.article_id, anchor);
    const found = recogniser.recognise(article.text, s.sentences, anchor?.date ?? (article.published || null));
    entities.push(...found);
    mentions.push(...extractMentions({ article, sentences: s.sentences, entities: found, anchor }, context));
  }
  progress(`cleaned and segmented ${cleaned.length} articles into ${sentences.length} sentences`);
  const events = buildEvents(mentions, articles, context);
  progress(`found ${events.mentions.length} event mentions and ${events.events.length} events`);
  const quoteStage = extractQuotes({ articles, cleaned, paragraphs, sentences, entities, mentions: events.mentions }, resources.quoteLexicons, resources.gazetteer);
  findings.push(...quoteStage.findings);
  progress(`found ${quoteStage.quotes.length} quotations and ${quoteStage.quoteThemes.length} theme tags`);
  return {
    articles,
    sources,
    findings,
    cleaned,
    paragraphs,
    sentences,
    anchors,
    entities,
    mentions: events.mentions,
    events: events.events,
    eventParticipants: events.participants,
    quotes: quoteStage.quotes,
    quoteThemes: quoteStage.quoteThemes
  };
}

/** The year of the copyright line the clean stage removed ("Copyright © ANTARA 2024"): the only boilerplate
 * that may date an article, and only its year. */
export function copyrightYear(cleaned: Cleaned): number | null {
  const line = cleaned.removed.find((r) => r.pattern_id === "copyright");
  const year = line === undefined ? undefined : /(?<!\d)(1\d{3}|2\d{3})(?!\d)/.exec(line.text)?.[1];
  return year === undefined ? null : Number(year);
}
