// The rows the quotes stage writes (Quote) and what its parts pass between them: a reporting verb found (Cue), a
// name or organisation that could speak (Candidate), a decided speaker (Who), a quotation not yet numbered (Draft).
import type { LanguagePack } from "../lang/pack.ts";
import type { Person } from "../recognise/gazetteer.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import type { Article, Paragraph, Sentence } from "../types.ts";
import type { ReportingVerb, Speaker, Term } from "./quote-lexicons.ts";

export type QuoteKind = "direct" | "partial" | "reported" | "term";
export type SpeakerKind = "person" | "organisation" | "document" | "none";
/**
 * before: the subject of a verb before the quote; after: named after the verb ("kata Putin"); title: named by a
 * title alone ("kata Juru Bicara Kremlin"); carry-over: "katanya", "Ia", "Menteri Rusia itu" refer back to the
 * previous speaker; paragraph: an unattributed fragment credited by its paragraph ("…, lapor KCNA"); none.
 */
/** "joint": the first named of people joined as one subject ("Kim and Putin said": joint-subject.ts). */
export type Attribution = "before" | "after" | "title" | "joint" | "carry-over" | "paragraph" | "none";

export interface Quote {
  /** `${article_id}-q${nnn}`, numbered by position in the article. */
  quote_id: string;
  article_id: string;
  event_id: string;
  /** A person id from the gazetteer, a speaker id from data/lexicon/speakers.csv, or "" when not known. */
  speaker_id: string;
  speaker_text: string;
  speaker_kind: SpeakerKind;
  kind: QuoteKind;
  /** The reporting verb as written ("katanya", "Menurut", "bunyi"). */
  cue: string;
  attribution: Attribution;
  /** The relay the article credits for the quote (KCNA, Antara, Anadolu …), or "". */
  via: string;
  quote_group: string;
  /** The quoted words without the outer marks: always `article.text.slice(char_start, char_end)`. */
  text: string;
  char_start: number;
  char_end: number;
  /** The sentence the quote opens in (not a published column: for event links). */
  sentence_id: string;
  paragraph: number;
}

export interface FindQuotesInput {
  article: Article;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  /** People from Recogniser.recognise (places are ignored). */
  entities: readonly EntityMention[];
  /** The article's language pack (its words for relays, pronouns, conjunctions …). */
  pack: LanguagePack;
  /** The pack's reporting verbs. */
  verbs: readonly ReportingVerb[];
  speakers?: readonly Speaker[];
  terms?: readonly Term[];
  /**
   * Unambiguous short names from the gazetteer (lower-cased surname → person id), for speaker slots only: the
   * recogniser takes "Lavrov" only after the full name, but in "…, menurut Lavrov" the word can only be a person
   * speaking. Build it with `shortNames(gazetteer)`.
   */
  shortNames?: ReadonlyMap<string, string>;
  /** The article's own source credits from the clean stage's metadata ("Sumber: Anadolu" → ["Anadolu"]). */
  relays?: readonly string[];
  /** The gazetteer's people by id: their countries say whom "pemimpin Rusia itu" can refer back to. */
  people?: ReadonlyMap<string, Pick<Person, "country"> & Partial<Pick<Person, "died" | "gender">>>;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
  verb: ReportingVerb;
  sentence: Sentence;
}

export interface Candidate {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: "person" | "organisation" | "document";
  /** For people, how the recogniser matched them; for organisations, their display name. */
  via: string;
  name: string;
}

export interface Who {
  id: string;
  kind: SpeakerKind;
  text: string;
  attribution: Attribution;
  name: string;
  /** The outlet that quotes this speaker in the same phrase ("KCNA mengutip pernyataan Kim"). */
  relay?: { id: string; name: string };
}

export type Draft = Omit<Quote, "quote_id" | "event_id" | "quote_group" | "via"> & { via: string; relayId: string; pending: boolean };

export interface TermSet {
  normalised: ReadonlySet<string>;
  /**
   * The most words in a term: a quotation with more is none, unread. Normalising keeps the count (lower case keeps
   * every character a letter, a digit or white space as it was; only white space and punctuation go).
   */
  maxWords: number;
}

export interface SpeakerAlias {
  alias: string;
  /** What a match must read to be this alias: an acronym as written, another name in lower case with single spaces. */
  key: string;
  speaker: Speaker;
}
