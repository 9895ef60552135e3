// Quotations in an article's body, each with its speaker and the rule that decided the speaker.
//
// Indonesian news reports speech in a few fixed shapes, and the rules below follow them:
//   "…," kata Lavrov.                   inverted attribution after the quote: the bare verb root, then the speaker
//   Lavrov mengatakan "…" / bahwa …      the speaker before a meN-/ber- verb, with or without marks
//   "…," katanya.                       -nya names nobody: it is the speaker of the preceding reported speech
//   Menurut KCNA, … / …, menurut Lavrov  "according to" before or after the clause
//   …, lapor KCNA.                      an agency's readout, credited at the end of the sentence or paragraph
// Only the kept body is searched (paragraphs from the clean stage): headlines the clean stage sets apart (above a
// byline), captions and "Baca juga" links never yield a quote; a headline it keeps as the first paragraph is read
// with a rule of its own (headlineQuote).
import { deadBy, type Gazetteer, type Person } from "../recognise/gazetteer.ts";
import { wireDatelineLength } from "../dates.ts";
import type { LanguagePack } from "../lang/pack.ts";
import { once, PhraseMatcher, type PhraseMatch } from "../lang/matcher.ts";
import { escapeRegExp } from "../lang/regex.ts";
import type { ReportingVerb, Speaker, Term } from "./quote-lexicons.ts";
import { ANY_MARK, findSpans, type Span } from "./quote-spans.ts";
import { truncated } from "../ingest/cut.ts";
import { quoteWords, type QuoteWords } from "./quote-words.ts";
import { CONTINUED_MAX_PARAGRAPHS, continuesTurn, turnIn } from "./quote-turns.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import type { Article, Finding, Paragraph, Sentence } from "../types.ts";

export type QuoteKind = "direct" | "partial" | "reported" | "term";
/** One to five words of a title, and nothing else, between an organisation and a person ("Kremlin deputy chief of
 * staff Sergei Prikhodko"). */
const TITLE_WORDS = /^\s+(?:[\p{L}-]+\s+){1,5}$/u;

export type SpeakerKind = "person" | "organisation" | "document" | "none";
/**
 * before: the subject of a verb before the quote; after: named after the verb ("kata Putin"); title: named by a
 * title alone ("kata Juru Bicara Kremlin"); carry-over: "katanya", "Ia", "Menteri Rusia itu" refer back to the
 * previous speaker; paragraph: an unattributed fragment credited by its paragraph ("…, lapor KCNA"); none.
 */
export type Attribution = "before" | "after" | "title" | "carry-over" | "paragraph" | "none";

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
  people?: ReadonlyMap<string, Pick<Person, "country"> & Partial<Pick<Person, "died">>>;
}

// A quoted fragment of at most this many words that nobody is reported as saying is a label ("konsultasi
// strategis"), not a statement; longer unattributed fragments are somebody's wording.
const TERM_MAX_WORDS = 3;
// A single-quoted phrase inside a quotation of at most this many words is a scare-quoted label ('perang suci');
// longer ones are a quotation within the quotation, part of the outer statement.
const NESTED_TERM_MAX_WORDS = 4;

// A headline is one line of at most this many words (the longest wire headlines run to about twenty).
const HEADLINE_MAX_WORDS = 25;
// How far back a cue word is looked for before a quotation mark, or white space after a name: far more than
// any phrase in the lexicons, and a bound on the work per quotation however long the sentence.
const LOOKBACK = 200;
// A dateline opens one of the first paragraphs: after a headline, a byline or a "Published" line.
const DATELINE_PARAGRAPHS = 3;
// The longest description of a person named after it: "South Korea's defense ministry spokesperson Jeon Ha-kyu".
const DESCRIBED_MAX_WORDS = 8;
// How far down a page cut with its furniture a credited dateline ("Pyongyang (ANTARA) - ") is still looked for.
const DATELINE_FURNITURE_PARAGRAPHS = 8;
// How far into a paragraph its dateline's date is looked for: a few place words, a date and an agency.
const DATELINE_CHARS = 100;
// Unclosed quotation marks reported one by one in an article; the rest are counted in one more finding.
const UNCLOSED_REPORTED = 20;

interface Cue {
  start: number;
  end: number;
  text: string;
  verb: ReportingVerb;
  sentence: Sentence;
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: "person" | "organisation" | "document";
  /** For people, how the recogniser matched them; for organisations, their display name. */
  via: string;
  name: string;
}

interface Who {
  id: string;
  kind: SpeakerKind;
  text: string;
  attribution: Attribution;
  name: string;
  /** The outlet that quotes this speaker in the same phrase ("KCNA mengutip pernyataan Kim"). */
  relay?: { id: string; name: string };
}

type Draft = Omit<Quote, "quote_id" | "event_id" | "quote_group" | "via"> & { via: string; relayId: string; pending: boolean };

const NOBODY: Who = { id: "", kind: "none", text: "", attribution: "none", name: "" };
/** The verb of an outlet quoting someone ("mengutip", "quoted"): not a reporting verb of the pack, a relay's. */
const QUOTING_VERB: ReportingVerb = { verb: "", position: "after", speaker: "after", indirect: false, needsComplementizer: false, notes: "", line: 0 };
/** A word read as a reporting verb by its place alone (see unlistedVerb). */
const UNLISTED_VERB: ReportingVerb = { ...QUOTING_VERB, speaker: "before" };

export { findSpans };

/** Every quotation in `article`'s body, numbered by position, and a warning for each quotation mark never closed. */
export function findQuotes(input: FindQuotesInput): { quotes: Quote[]; findings: Finding[] } {
  return new QuoteFinder(input).run();
}

class QuoteFinder {
  private readonly text: string;
  private readonly sentences: readonly Sentence[];
  private readonly paragraphs: readonly Paragraph[];
  private readonly mask: Uint8Array;
  private readonly spans: Span[];
  private readonly unclosed: number[];
  private readonly cues: Cue[];
  private readonly candidates: Candidate[];
  private readonly people: EntityMention[];
  /** Where the places the recogniser found start, with their ends: an organisation that is a place is a state speaking. */
  private readonly placeEnds = new Map<number, number>();
  /** The side each organisation of the lexicon speaks for (speakers.csv's country): a state's name is its own. */
  private readonly speakerCountries: ReadonlyMap<string, string>;
  private readonly organisations: Candidate[];
  /** The paragraphs that hold a relay phrase ("dilansir dari", "quoted by"), from the same scan as the organisations. */
  private readonly relayParagraphs: Set<Paragraph>;
  /** The relay phrases of each sentence read so far (see relayMatches). */
  private readonly relaysIn = new Map<Sentence, PhraseMatch<string>[]>();
  /** Whether each verb asked about so far closes the clause it reports (see closesClause). */
  private readonly closingCues = new Map<Cue, boolean>();
  /** The head of the clause after each verb asked about so far (see clauseHead). */
  private readonly clauseHeads = new Map<Cue, { length: number; opened: boolean } | null>();
  private readonly terms: TermSet;
  /** Where the words of each paragraph that opens with a dateline begin, by paragraph start. */
  private readonly bodyStarts: Map<number, number>;
  private readonly words: QuoteWords;
  // Lookups by sentence and by offset: an archive article can hold tens of thousands of sentences, cues and
  // quotations, and a scan of the whole article for each of them would make the stage quadratic.
  private readonly sentenceIndex: Map<Sentence, number>;
  private readonly cuesIn: Map<Sentence, Cue[]>;
  private readonly spansIn: Map<Sentence, Span[]>;
  private readonly cueAt: Map<number, Cue>;
  private readonly candidateAt: Map<number, Candidate>;
  private lastSpeaker: Who | null = null;
  /** The last person who spoke: whom a person's pronoun ("he said", "kata dia") refers back to (see carry). */
  private lastPerson: Who | null = null;
  /** Set while `carry` looks at the sentence before, so that it looks back one sentence only. */
  private carrying = false;
  /** The last paragraph with an attributed quotation so far (see nearPrevious). */
  private lastSpokenParagraph = -Infinity;
  /** The index of the last sentence with an attributed statement so far (see spokeJustBefore). */
  private lastSpokenSentence = -Infinity;
  private readonly accepted: Draft[] = [];
  /**
   * The organisations quoted, or credited as a relay, so far, by where their statement starts (see
   * sourceReferredTo): what "it said" and "the report said" refer back to.
   */
  private readonly sources: Array<{ start: number; id: string; name: string }> = [];

  constructor(private readonly input: FindQuotesInput) {
    const { article } = input;
    this.text = article.text;
    this.words = quoteWords(input.pack);
    this.sentences = ownRows(input.sentences, article.article_id);
    this.paragraphs = ownRows(input.paragraphs, article.article_id);
    const found = findSpans(this.text, this.paragraphs);
    this.spans = found.spans;
    this.unclosed = found.unclosed;
    this.mask = new Uint8Array(this.text.length + 1);
    for (const span of this.spans) if (!span.nested) this.mask.fill(1, span.open, span.close + 1);
    // The dateline opens the first paragraph of the story, which may follow a headline or a byline line.
    this.bodyStarts = new Map();
    let credited = false;
    for (const [i, p] of this.paragraphs.slice(0, DATELINE_FURNITURE_PARAGRAPHS).entries()) {
      // "SEOUL, Jan 17 (Yonhap) --" and "Seoul/Moscow, Jan 17 Russian President …" (no dash): a place and a date,
      // read by the dates stage; "Moskow (ANTARA) -", "MOSKOW, KOMPAS.com -": a place and a credit before a dash.
      const head = this.text.slice(p.start, Math.min(p.end, p.start + DATELINE_CHARS));
      const wire = wireDatelineLength(head, input.pack);
      const own = datelineEnd(this.text, p.start, p.end);
      const credit = own > p.start && /[-–—]{1,2}\s+$/u.test(this.text.slice(p.start, own));
      // A page cut with its furniture (a section, a headline, a date line, a byline) pushes the story's first
      // paragraph further down: past the first few, only a place and a credit before a dash ("Pyongyang (ANTARA) - "),
      // and only when none opened the story before — a label ("Lavrov: ") there is an interview's, and a date there
      // ("Media Korea Utara, KCNA, Kamis (27/7/2023) mengungkapkan") the date of a statement, not a dateline.
      if (i >= DATELINE_PARAGRAPHS && (credited || !credit)) continue;
      const end = i >= DATELINE_PARAGRAPHS ? own : Math.max(own, p.start + wire);
      if (end > p.start) this.bodyStarts.set(p.start, end);
      if (end > p.start && credit) credited = true;
    }
    this.sentenceIndex = new Map();
    for (let i = 0; i < this.sentences.length; i++) this.sentenceIndex.set(this.sentences[i]!, i);
    this.cues = this.findCues();
    this.cuesIn = groupBy(this.cues, (cue) => cue.sentence);
    this.cueAt = new Map();
    for (const cue of this.cues) this.cueAt.set(cue.start, cue);
    this.spansIn = new Map();
    for (const span of this.spans) {
      const sentence = this.sentenceAt(span.open);
      if (sentence !== undefined) (this.spansIn.get(sentence) ?? this.spansIn.set(sentence, []).get(sentence)!).push(span);
    }
    this.people = input.entities
      .filter((e) => e.kind === "person" && e.start >= 0 && e.end <= this.text.length)
      .sort((a, b) => a.start - b.start);
    for (const e of input.entities) if (e.kind === "place") this.placeEnds.set(e.start, e.end);
    this.speakerCountries = new Map((input.speakers ?? []).filter((sp) => sp.country !== "").map((sp) => [sp.speaker_id, sp.country]));
    const scanned = this.scanParagraphs();
    this.organisations = scanned.organisations;
    this.relayParagraphs = scanned.relayParagraphs;
    // People sorted by start overlap [start, end) exactly when the furthest end among those starting before `end`
    // passes `start`.
    const reach: number[] = [];
    for (const p of this.people) reach.push(Math.max(reach.at(-1) ?? -Infinity, p.end));
    const overlapsPerson = (o: Candidate) => (reach[lowerBound(this.people, o.end) - 1] ?? -Infinity) > o.start;
    const candidates: Candidate[] = [];
    for (const p of this.people) candidates.push({ start: p.start, end: p.end, text: p.text, id: p.id, kind: "person", via: p.via, name: p.text });
    for (const o of this.organisations) if (!overlapsPerson(o) && !hyphenated(this.text, o)) candidates.push(o);
    this.candidates = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    this.candidateAt = new Map();
    for (const c of this.candidates) if (!this.candidateAt.has(c.start)) this.candidateAt.set(c.start, c);
    this.terms = termSet(input.terms ?? NO_TERMS);
  }

  run(): { quotes: Quote[]; findings: Finding[] } {
    const drafts = this.accepted;
    const turns = this.findTurns();
    const turnParagraphs = new Set([...turns.values()].map((turn) => turn.paragraph));
    for (const sentence of this.sentences) {
      // A turn's words are its speaker's quotation whole: no verb in them reports anyone else.
      if (turnParagraphs.has(sentence.paragraph)) {
        const turn = turns.get(sentence);
        if (turn === undefined) continue;
        drafts.push(turn);
        this.lastSpokenParagraph = Math.max(this.lastSpokenParagraph, turn.paragraph);
        this.lastSpokenSentence = this.sentenceIndex.get(sentence) ?? this.lastSpokenSentence;
        this.lastSpeaker = { id: turn.speaker_id, kind: turn.speaker_kind, text: turn.speaker_text, attribution: "carry-over", name: turn.speaker_text };
        this.lastPerson = this.lastSpeaker;
        continue;
      }
      // The sentence's quotations and indirect verbs in order of position, merged from the two lists sorted by
      // position (a verb, a word, never starts at a quotation mark).
      const spans = byOpen(this.spansIn.get(sentence) ?? NO_SPANS);
      const cues = this.cuesIn.get(sentence) ?? NO_CUES;
      let s = 0;
      let c = 0;
      while (s < spans.length || c < cues.length) {
        let draft: Draft | null;
        if (c === cues.length || (s < spans.length && spans[s]!.open <= cues[c]!.start)) draft = this.quote(spans[s++]!);
        else {
          const cue = cues[c++]!;
          if (!cue.verb.indirect) continue;
          draft = this.indirect(cue);
        }
        if (draft === null) continue;
        drafts.push(draft);
        if (draft.kind !== "term" && draft.speaker_kind !== "none") {
          this.lastSpokenParagraph = Math.max(this.lastSpokenParagraph, draft.paragraph);
          this.lastSpokenSentence = this.sentenceIndex.get(sentence) ?? this.lastSpokenSentence;
        }
        if (draft.kind !== "term" && draft.speaker_kind !== "none" && !draft.pending) {
          this.lastSpeaker = { id: draft.speaker_id, kind: draft.speaker_kind, text: draft.speaker_text, attribution: "carry-over", name: draft.speaker_text };
          if (draft.speaker_kind === "person") this.lastPerson = this.lastSpeaker;
        }
        if (draft.kind !== "term") this.noteSource(draft);
      }
    }
    this.creditParagraphs(drafts);
    // Only the paragraphs of statements with no credit of their own are asked about.
    const uncredited = new Set<number>();
    for (const draft of drafts) if (draft.kind !== "term" && draft.via === "") uncredited.add(draft.paragraph);
    const paragraphRelays = this.paragraphRelays(uncredited);
    const articleRelay = this.articleRelay();
    const quotes = drafts
      .sort((a, b) => a.char_start - b.char_start || a.char_end - b.char_end)
      .map((draft, i): Quote => {
        let via = draft.via;
        let viaId = draft.relayId;
        if (draft.kind !== "term" && via === "") {
          const relay = paragraphRelays.get(draft.paragraph) ?? articleRelay;
          if (relay !== null) [via, viaId] = [relay.name, relay.id];
        }
        if (draft.kind === "term" || (viaId !== "" && viaId === draft.speaker_id)) via = "";
        return {
          quote_id: `${this.input.article.article_id}-q${String(i + 1).padStart(3, "0")}`,
          article_id: draft.article_id,
          event_id: "",
          speaker_id: draft.speaker_id,
          speaker_text: draft.speaker_text,
          speaker_kind: draft.speaker_kind,
          kind: draft.kind,
          cue: draft.cue,
          attribution: draft.attribution,
          via,
          quote_group: "",
          text: draft.text,
          char_start: draft.char_start,
          char_end: draft.char_end,
          sentence_id: draft.sentence_id,
          paragraph: draft.paragraph
        };
      });
    return { quotes, findings: this.unclosedFindings() };
  }

  /**
   * One warning a quotation mark never closed, up to UNCLOSED_REPORTED of them; past that (a page of stray or
   * nested marks) one more warning counts the rest and names the line of the last, so the report stays readable
   * and nothing goes unmentioned.
   */
  private unclosedFindings(): Finding[] {
    const { article_id, file } = this.input.article;
    const lines = lineNumbers(this.text, this.unclosed);
    const findings = this.unclosed.slice(0, UNCLOSED_REPORTED).map((open, i): Finding => ({
      article_id,
      file,
      severity: "warning",
      code: "unclosed-quote",
      message: `a quotation mark opens "${preview(this.text, open)}" and is never closed; no quote was taken from it`,
      line: lines[i]!
    }));
    const rest = this.unclosed.length - UNCLOSED_REPORTED;
    if (rest > 0) {
      const message = `${rest} more quotation marks after line ${lines[UNCLOSED_REPORTED - 1]} are never closed, the last on this line; no quote was taken from them`;
      findings.push({ article_id, file, severity: "warning", code: "unclosed-quote", message, line: lines.at(-1)! });
    }
    return findings;
  }

  // ---- quotations in marks ----

  private quote(span: Span): Draft | null {
    const sentence = this.sentenceAt(span.open);
    if (sentence === undefined) return null;
    const text = this.text.slice(span.start, span.end);
    const words = wordCount(text);
    const base = this.draft(span.start, span.end, sentence);
    const term = (): Draft => ({ ...base, kind: "term", speaker_kind: "none", attribution: "none" });
    if (span.nested) return words <= NESTED_TERM_MAX_WORDS ? term() : null;
    if (words <= this.terms.maxWords && this.terms.normalised.has(normaliseTerm(text))) return term();
    // "yang disebut …", "istilah …", "so-called …": the marks name something rather than report anyone's words.
    if (this.words.termMarker.test(this.text.slice(sentence.start, span.open).trimEnd().slice(-LOOKBACK))) return term();

    const closing = this.sentenceAt(span.close) ?? sentence;
    const atStart = this.text.slice(this.startOf(sentence, span.open), span.open).trim() === "";
    const before = this.cueBefore(span, sentence);
    // Lavrov menjanjikan "dukungan penuh" Moskow untuk Kim dan menuduh …: words quoted inside a reporting verb's
    // clause and run on into it, with no punctuation closing them, are that verb's object; a verb further on
    // attributes nothing to them.
    const runOn = !atStart && before !== null && !/[,.!?;:…]\s*$/u.test(text) && /^\s*[\p{L}\p{N}]/u.test(this.text.slice(span.close + 1, closing.end));
    const after = runOn ? null : this.attributionAfter(span, closing, atStart);
    const relay = (who: Who) => this.relayFor(who, closing);

    if (after !== null) {
      // "Kim berjanji untuk "…," sebut KCNA", "Putin said the document "…", said the report": the agency or the
      // report relays; the speaker is the subject of the verb whose clause holds the words.
      if (!atStart && before !== null && this.relayOnly(after.who)) {
        const subject = this.speakerOf(before);
        // (An organisation too, when "according to" credits another: "The Kremlin confirmed … "…," according to
        // Russia's TASS news agency".)
        const credited = (who: Who) => who.kind === "organisation" && who.id !== "" && who.id !== after.who.id && this.words.accordingTo.has(after.cue.verb.verb);
        if (subject !== null && subject !== "joint" && (subject.kind === "person" || credited(subject))) {
          return { ...base, ...speakerFields(subject), kind: "partial", cue: before.text, via: after.who.name, relayId: after.who.id };
        }
      }
      return { ...base, ...speakerFields(after.who), kind: atStart ? "direct" : "partial", cue: after.cue.text, ...relay(after.who) };
    }
    const resumed = this.resumed(span, sentence);
    if (resumed !== null) return { ...base, ...resumed, kind: "direct" };
    // (Not `atStart`: a headline's "Peskov: " reads like a dateline, "Pyongyang: ".)
    const headed = this.text.slice(sentence.start, span.open).trim() === "" ? null : this.headlineQuote(span, sentence);
    if (headed !== null) return { ...base, ...speakerFields(headed.who), kind: "partial", cue: headed.cue?.text ?? "", ...relay(headed.who) };
    const labelled = this.labelledBy(span);
    if (labelled !== null) return { ...base, ...speakerFields(labelled), kind: "direct", cue: "", ...relay(labelled) };
    // A label, a name or a single word inside someone's sentence ("a missile 'threat' from", "the 'Vostok' drills")
    // is not their statement: a run of capitalised words is a name, and a single word is a label unless it ends
    // the clause of a reporting verb as what was said ("Choe said the alliance is "invincible,"", "menyebutnya
    // "bersejarah".").
    if (!atStart && ((words <= NESTED_TERM_MAX_WORDS && isName(text)) || (words <= 1 && !this.endsReport(span, closing, before) && !this.predicateReported(span, before)))) return term();
    if (before !== null) {
      const who = this.speakerOf(before);
      if (who !== null && who !== "joint") {
        const anchor = before.verb.speaker === "after" ? this.speakerPhraseEnd(before) : before.end;
        // Direct only when the marks hold the whole rest of the sentence: "Lavrov menyatakan bahwa "…."", or
        // "Peskov told reporters: "…."" — a colon hands the sentence over to the quotation whatever comes before it.
        const lead = this.text.slice(anchor, span.open);
        // So does a comma before a quotation that opens with a capital ("Lavrov told reporters in Moscow, "We …."").
        const handed = /:\s*$/u.test(lead) || (/,\s*$/u.test(lead) && /^\p{Lu}/u.test(text));
        const direct = (this.words.bareLead.test(lead) || handed) && this.endsSentence(span, closing);
        return { ...base, ...speakerFields(who), kind: direct ? "direct" : "partial", cue: before.text, ...relay(who) };
      }
    }
    // Kim "menyatakan harapan bahwa …", Putin "expressed hope that …": the marks open on the reporting verb itself,
    // so the person named right before them is its subject and the words theirs.
    const verbFirst = atStart ? null : this.subjectOfQuotedVerb(span, sentence, text);
    if (verbFirst !== null) return { ...base, ...speakerFields(verbFirst), kind: "partial", cue: "", ...relay(verbFirst) };
    const aside = this.asideBefore(span, sentence);
    if (aside !== null) return { ...base, ...speakerFields(aside.who), kind: atStart ? "direct" : "partial", cue: aside.cue.text, ...relay(aside.who) };
    // A short quotation that is a whole sentence of its own, closed by its own full stop (“We are grateful.”), is a
    // statement as much as a long one; a label never ends a sentence inside its marks.
    const wholeSentence = atStart && words >= 2 && /[.!?…]\s*$/u.test(text) && /^[\s.,;:!?]*$/u.test(this.text.slice(span.close + 1, closing.end));
    // So is one that opens a sentence and runs to where the excerpt was cut (“Kami tidak ak…): only its end is lost.
    const cut = span.close >= this.text.length && words >= 2;
    if (atStart && (words > TERM_MAX_WORDS || wholeSentence || cut)) {
      // A quotation opening a sentence with no verb continues the statement of the sentence before ("Lavrov
      // mengatakan:", ""…," kata Lavrov. "…""), else it is the words of the person the sentence before is about
      // ("Medvedev pun memperlihatkan kepuasaan … . "Saya …""), else of the last speaker nearby.
      const who =
        this.introducedBy(sentence) ??
        (this.spokeJustBefore(sentence) ? this.lastSpeaker : null) ??
        this.subjectBefore(sentence) ??
        (this.lastSpeaker !== null && this.nearPrevious(sentence) ? this.lastSpeaker : null);
      return { ...base, ...speakerFields(who ?? NOBODY), kind: "direct", cue: "", ...(who === null ? this.ownRelay(closing) : relay(who)) };
    }
    if (words <= TERM_MAX_WORDS) return term();
    const source = this.closingAttribution(span, closing);
    if (source !== null) return { ...base, ...speakerFields(source.who), kind: "partial", cue: source.cue.text, ...relay(source.who) };
    // "presented "On Further Developing the Party's Foreign Policy" to the guest": a fragment nobody is reported as
    // saying, capitalised as a title is, names a book, a song or a document.
    if (this.isTitle(text)) return term();
    return { ...base, kind: "partial", speaker_kind: "none", attribution: "none", pending: true };
  }

  /**
   * "Putin Sebut Pembicaraan dengan Kim 'Sangat Produktif'", "Choe says ties with Russia 'invincible' after talks":
   * a headline writes every word in capitals and drops the copula, so neither a label's capitals nor a clause's end
   * tell its quotations apart; one after a reporting verb, whatever the verb's usual order, is the words of the
   * named speaker heading the headline. Its short name is resolved against the whole article, which names the
   * person in full only below it.
   */
  private headlineQuote(span: Span, sentence: Sentence): { cue: Cue | null; who: Who } | null {
    if (!this.isHeadline(sentence)) return null;
    // "Peskov: 'Tidak Ada Rencana'", "Ushakov: Putin and Kim discussed 'all aspects' of partnership": a headline
    // names its speaker before a colon, unless a reporting verb after the colon has a subject of its own
    // ("Kremlin: Putin calls Kim 'a friend'").
    const colon = /^([^:"“”«»]{1,60}):/u.exec(this.text.slice(sentence.start, span.open));
    const cue = (this.cuesIn.get(sentence) ?? []).filter((c) => c.end <= span.open).at(-1) ?? null;
    const afterColon = colon === null ? sentence.start : sentence.start + colon[0].length;
    // (The subject after the colon may be a short name the body gives in full further down, or one it leaves
    // ambiguous: "Putin in North Korea: Kim hails 'most powerful treaty ever'" is not Putin's.)
    const ownSubject = (to: number) => this.subjectIn(afterColon, to) !== null || isNameRun(this.text.slice(afterColon, to).trim()) || /^\p{Lu}[\p{L}'’-]*$/u.test(this.text.slice(afterColon, to).trim());
    const labelled = colon !== null && (cue === null || cue.start < afterColon || !ownSubject(cue.start));
    const end = labelled ? sentence.start + colon[1]!.length : cue?.start;
    if (end === undefined) return null;
    const from = labelled || colon === null ? sentence.start : afterColon;
    const found = this.subjectIn(from, end);
    if (found === "joint") return null;
    if (found !== null && found.id !== "") return { cue, who: found };
    // "Kim tells Putin …", "N. Korea's Choe says …": a short name the body gives in full further down (the
    // possessor is not the one speaking).
    const phrase = this.text.slice(from, end).trim().replace(/^.*['’]s\s+/u, "");
    const id = this.personNamed(phrase, this.text.length);
    // A name after the colon speaks even when the article leaves it ambiguous (Kim Jong Un and Kim Jong Il below).
    return id === "" && from === sentence.start ? null : { cue, who: { id, kind: "person", text: phrase, attribution: "before", name: phrase } };
  }

  /**
   * `"Kami siap," kata Choe, "bekerja sama …."`, `"We are ready," she said, "to cooperate …"`: a quotation resumed
   * in the same sentence right after the attribution of the one before it continues that statement, with its speaker.
   */
  private resumed(span: Span, sentence: Sentence): Pick<Draft, "speaker_id" | "speaker_text" | "speaker_kind" | "attribution" | "cue" | "via" | "relayId"> | null {
    const previous = this.accepted.at(-1);
    if (previous === undefined || previous.sentence_id !== sentence.sentence_id || previous.kind !== "direct" || previous.speaker_kind === "none") return null;
    if (previous.cue === "") return null;
    const between = this.text.slice(previous.char_end, span.open);
    // The closing mark of the one before, the attribution with its verb, and a comma right before this one.
    const attribution = between.replace(/^[^\p{L}\p{N}]*/u, "");
    if (!/,\s*$/u.test(between) || ANY_MARK.test(attribution) || wordCount(attribution) > 10 || !attribution.includes(previous.cue)) return null;
    const { speaker_id, speaker_text, speaker_kind, attribution: how, cue, via, relayId } = previous;
    return { speaker_id, speaker_text, speaker_kind, attribution: how, cue, via, relayId };
  }

  /**
   * An interview's answer: a paragraph that is only `Lankov: "…"` or `Yeremia: "…"` — a short name before a colon,
   * then the quotation to the paragraph's end. The name is a person the gazetteer knows, or one the article named
   * in full before (never an organisation or a place, whose colon opens a dateline).
   */
  private labelledBy(span: Span): Who | null {
    const paragraph = this.paragraphs[lowerBound(this.paragraphs, span.open + 1) - 1];
    const last = this.paragraphs[lowerBound(this.paragraphs, span.close + 1) - 1];
    if (paragraph === undefined || last === undefined || paragraph.paragraph === this.paragraphs[0]?.paragraph || span.open - paragraph.start > 60) return null;
    // The answer runs to the end of its paragraph (or of a later one, an answer of several paragraphs).
    if (!/^[\s.,;:!?]*$/u.test(this.text.slice(span.close + 1, last.end))) return null;
    const label = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\s*$/u.exec(this.text.slice(paragraph.start, span.open));
    // (Not a letter or two: "Q:", "A:", "T:", "J:" mark the turns of an interview, not who speaks.)
    if (label === null || label[1]!.replace(/[^\p{L}]/gu, "").length < 3) return null;
    const name = label[1]!;
    return this.labelSpeaker(name, paragraph.start + label[0].indexOf(name), paragraph.start);
  }

  /**
   * The person a label names (`name` at `at`, in the paragraph starting at `paragraphStart`): a person the
   * gazetteer knows, or one the article named in full before — never an organisation or a place, whose colon opens
   * a dateline.
   */
  private labelSpeaker(name: string, at: number, paragraphStart: number): Who | null {
    const candidate = this.firstCandidate(at, at + name.length, () => true);
    if (candidate !== undefined) return candidate.kind === "person" && candidate.end <= at + name.length ? whoOf(candidate, "before") : null;
    const id = this.personNamed(name, at);
    // "Andrei Lankov, a professor …" above: the label is a word of a longer name the article gave before.
    const given = (): boolean => {
      for (const run of this.text.slice(0, paragraphStart).matchAll(/\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)+/gu)) {
        const words = run[0].split(/[ \u00a0]+/u);
        if (words.length > wordCount(name) && words.includes(name.split(/\s+/u)[0]!)) return true;
      }
      return false;
    };
    if (id === "" && !given()) return null;
    return { id, kind: "person", text: name, attribution: "before", name };
  }

  /**
   * The turns of a transcript (see quote-turns.ts), by the first sentence of their paragraph: the words after a
   * person's label, when no quotation mark opens in them, are that person's direct quotation. (Not the first
   * paragraph: a headline's "Peskov: …" is read by headlineQuote.)
   */
  private findTurns(): Map<Sentence, Draft> {
    const turns = new Map<Sentence, Draft>();
    const unmarked = (from: number, to: number) => !this.spans.some((span) => span.open >= from && span.open < to);
    const said = (who: Who, start: number, end: number): void => {
      const sentence = this.sentenceAt(start);
      if (sentence !== undefined) turns.set(sentence, { ...this.draft(start, end, sentence), ...speakerFields(who), kind: "direct", ...this.relayFor(who, sentence) });
    };
    // The last turn's speaker and the paragraphs with no label after it, which are theirs once another turn follows.
    let previous: { who: Who; after: Paragraph[] } | null = null;
    for (const paragraph of this.paragraphs.slice(1)) {
      const turn = turnIn(this.text, paragraph.start, paragraph.end);
      const who = turn === null || !unmarked(turn.bodyStart, turn.bodyEnd) ? null : this.labelSpeaker(turn.name, turn.nameStart, paragraph.start);
      if (turn === null || who === null) {
        const goesOn = previous !== null && previous.after.length < CONTINUED_MAX_PARAGRAPHS && unmarked(paragraph.start, paragraph.end) && continuesTurn(this.text, paragraph.start, paragraph.end);
        if (goesOn) previous!.after.push(paragraph);
        else previous = null;
        continue;
      }
      for (const p of previous?.after ?? []) said(previous!.who, p.start, p.start + this.text.slice(p.start, p.end).trimEnd().length);
      said(who, turn.bodyStart, turn.bodyEnd);
      previous = { who, after: [] };
    }
    return turns;
  }

  /** The article's first paragraph when it is a headline: one line of a few words with no closing punctuation. */
  private isHeadline(sentence: Sentence): boolean {
    const first = this.paragraphs[0];
    if (first === undefined || this.paragraphs.length < 2 || sentence.paragraph !== first.paragraph) return false;
    const line = this.text.slice(first.start, first.end).replace(/[\s"“”'‘’«»]+$/u, "");
    return !line.includes("\n") && !/[.!?:;,]$/u.test(line) && wordCount(line) <= HEADLINE_MAX_WORDS;
  }

  /** Whether every word is capitalised but the pack's function words, as in a title ("On the Party's Policy"). */
  private isTitle(text: string): boolean {
    const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const minor = words.filter((w) => this.words.minor.has(w.replace(/[^\p{L}]/gu, "").toLowerCase()) && !/^[^\p{L}]*\p{Lu}/u.test(w));
    return words.length > 0 && minor.length < words.length / 2 && words.every((w) => minor.includes(w) || /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
  }

  /** Whether nothing but punctuation follows the quotation in its sentence, or a new sentence after its own full stop. */
  private endsSentence(span: Span, sentence: Sentence): boolean {
    const rest = this.text.slice(span.close + 1, sentence.end);
    return /^[\s.,;:!?]*$/u.test(rest) || (/[.!?]$/u.test(this.text.slice(span.start, span.end)) && /^\s+\p{Lu}/u.test(rest));
  }

  /**
   * Whether a quotation ends the clause a reporting verb before it opens, a speaker's words rather than a label:
   * punctuation closes it, inside or right after the marks, or a relative clause follows it ("sebagai "pahlawan"
   * yang …"), and the verb's speaker is one the gazetteer or the lexicon names (a word "a short paragraph in the
   * media" put in marks is nobody's statement).
   */
  private endsReport(span: Span, sentence: Sentence, before: Cue | null): boolean {
    if (before === null) return false;
    const rest = this.text.slice(span.close + 1, sentence.end);
    const closed = /[.,;:!?]$/u.test(this.text.slice(span.start, span.end)) || /^\s*(?:[.,;:!?]|$)/u.test(rest) || this.words.relativeStart.test(rest);
    if (!closed) return false;
    const who = this.speakerOf(before);
    return who !== null && who !== "joint" && who.id !== "";
  }

  /** "Kim said the summit will be "fruitful" for both": a single word after a copula in the clause a reporting verb
   * with a named speaker opens is the predicate the speaker gave, however the sentence goes on. */
  private predicateReported(span: Span, before: Cue | null): boolean {
    if (before === null || !this.words.copulaEnd.test(this.text.slice(before.end, span.open))) return false;
    const who = this.speakerOf(before);
    return who !== null && who !== "joint" && who.id !== "";
  }

  /** "The ministers discussed “…” of cooperation, the ministry said in a statement.": the sentence's closing source. */
  private closingAttribution(span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
    const start = this.startOf(sentence, span.open);
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (cue.start <= span.close || cue.verb.speaker !== "before" || !this.closesClause(cue)) continue;
      const who = this.closingSubject(cue, start);
      if (who !== null) return { cue, who };
    }
    return null;
  }

  /**
   * Whether an inverted speaker only relays: an organisation, or a report ("said the report", "it said"), also one
   * whose source is unknown (see sourceReferredTo).
   */
  private relayOnly(who: Who): boolean {
    return who.kind === "organisation" || who.kind === "none" || (who.id === "" && this.words.relayNoun.test(who.text));
  }

  /** The relay a speaker came with ("KCNA mengutip pernyataan Kim"), else the sentence's own credit. */
  private relayFor(who: Who, sentence: Sentence): { via: string; relayId: string } {
    return who.relay === undefined ? this.ownRelay(sentence, who) : { via: who.relay.name, relayId: who.relay.id };
  }

  /**
   * `"…," kata X` / `"…," katanya` / `"…," Lavrov menambahkan` / `"…," said Putin` / `"…," he said` /
   * `"…," the North Korean leader stressed` / `"…," KCNA mengutip pernyataan Kim`: the verb and speaker right
   * after the closing mark.
   */
  private attributionAfter(span: Span, closing: Sentence, atStart = true): { cue: Cue; who: Who } | null {
    const sentence = this.questionTail(span, closing) ?? closing;
    const tail = this.text.slice(span.close + 1, sentence.end);
    const lead = /^[\s,.!?]*/u.exec(tail)![0].length;
    const at = span.close + 1 + lead;
    const signed = this.signedBy(span, sentence);
    if (signed !== null) return signed;
    const cue = this.cueAt.get(at);
    if (cue !== undefined && cue.verb.position !== "before") {
      // A verb whose speaker stands before it, right after the quotation, is inverted: ""…," said Putin" — unless
      // a clause of its own follows (""…", adding that …"): then it continues the sentence's subject.
      const head = this.words.clauseHead.exec(this.text.slice(cue.end, sentence.end));
      if (cue.verb.speaker === "before" && head !== null && this.words.complementizer.test(head[0])) return null;
      const who = cue.verb.speaker === "before" ? this.speakerAfter(cue) : this.speakerOf(cue);
      return who === null || who === "joint" ? null : { cue, who };
    }
    let named = this.candidateAt.get(at);
    // "…," Ms. Timakova said: a title written with its period stands before the name, and is the name's.
    const abbreviated = named === undefined ? this.words.abbreviatedStart.exec(this.text.slice(at, sentence.end)) : null;
    if (abbreviated !== null && this.candidateAt.get(at + abbreviated[0].length)?.kind === "person") named = this.candidateAt.get(at + abbreviated[0].length);
    // "…," as Kim Jong Un stressed: a subordinator opens the attribution of a person named right after it.
    const opener = named === undefined ? this.words.subordinatorStart.exec(this.text.slice(at, sentence.end)) : null;
    if (opener !== null && this.candidateAt.get(at + opener[0].length)?.kind === "person") named = this.candidateAt.get(at + opener[0].length);
    let anaphor = named === undefined ? this.words.anaphor.exec(this.text.slice(at, sentence.end)) : null;
    // "«… Presiden Putin.» Dia menambahkan …": a capitalised pronoun after a quotation closed by its own full stop
    // opens the next sentence (which the segmenter may not have split off); it names nobody for this quotation.
    if (anaphor !== null && /\p{Lu}/u.test(this.text[at]!) && /[.!?]$/u.test(this.text.slice(span.start, span.end))) anaphor = null;
    if (named === undefined && anaphor === null) return this.institutionAfter(at, sentence) ?? this.unnamedAfter(at, sentence) ?? this.apposedAfter(at, sentence);
    const end = named?.end ?? (anaphor === null ? undefined : at + anaphor[0].length);
    if (end === undefined) return null;
    const gap = this.spaceAfter(end);
    // (A description between commas only after a quotation opening its sentence, or after "as": past a fragment
    // the name may open a clause of its own.)
    const apposition = named?.kind === "person" && (atStart || opener !== null) ? this.verbAfterApposition(end, sentence) : undefined;
    if (gap === 0 && apposition === undefined) return null;
    // "…," KCNA mengutip pernyataan Kim: the outlet quotes; the one it quotes speaks.
    if (named !== undefined && named.kind === "organisation") {
      const quoted = this.quotedBy(named, end + gap, sentence.end);
      if (quoted !== null) return quoted;
    }
    // "…," Lavrov menambahkan / "…," he said: the name or pronoun, white space, then a verb whose speaker stands before
    // it — or, after a person's name, a description between commas first ("…," Sergei Shoigu, the secretary of
    // Russia's Security Council, told Kim).
    const inverted = (gap === 0 ? undefined : this.cueAt.get(end + gap)) ?? apposition;
    // "…," Kremlin spokesman Alexei Gromov told reporters: an organisation heading a phrase that ends at the verb.
    if (named !== undefined && named.kind === "organisation" && inverted === undefined) return this.headedBy(at, sentence);
    // (Only after a quotation opening its sentence, and not after its own full stop: a name after a fragment in
    // someone's sentence, or after a full stop, may open a clause of its own.)
    if (inverted === undefined && named?.kind === "person" && gap > 0 && atStart && !/[.!?]$/u.test(this.text.slice(span.start, span.end))) {
      return this.unlistedVerb(named, end + gap, sentence);
    }
    if (inverted === undefined || inverted.verb.speaker !== "before") return null;
    if (named !== undefined) return { cue: inverted, who: whoOf(named, "before") };
    const titled = this.firstCandidate(at, end, (c) => c.kind === "person" && c.end <= end);
    if (titled !== undefined) return { cue: inverted, who: { ...whoOf(titled, "before"), text: anaphor![0] } };
    // A pronoun that refers to no one ("she said" with no woman before) leaves the speaker unknown, not the last one.
    return { cue: inverted, who: this.carry(at, anaphor![0]) ?? NOBODY };
  }

  /**
   * `"We stand with Russia until victory." — Kim Jong Un`: a dash after the quotation, then only the name of a
   * person (and a description after a comma) to the end of the sentence, as a pull quote or an epigraph signs it.
   */
  private signedBy(span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
    const dash = /^[ \t\u00a0]*[—–][ \t\u00a0]*/u.exec(this.text.slice(span.close + 1, Math.min(sentence.end, span.close + 8)));
    if (dash === null) return null;
    const at = span.close + 1 + dash[0].length;
    const named = this.candidateAt.get(at);
    if (named === undefined || named.kind !== "person" || !/^(?:,[^"“”«»„—–]*)?[\s.]*$/u.test(this.text.slice(named.end, sentence.end))) return null;
    const cue: Cue = { start: span.close + 1, end: at, text: dash[0].trim(), verb: UNLISTED_VERB, sentence };
    return { cue, who: whoOf(named, "after") };
  }

  /**
   * `"…," Choe Son Hui reminisced.`: a person the gazetteer knows named right after the quotation, then one lower-case
   * word the pack does not list as a reporting verb, closing a short attribution. The word is taken for the verb —
   * the quotation is that person's, never carried over to the last one quoted.
   */
  private unlistedVerb(named: Candidate, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
    const rest = this.text.slice(at, sentence.end);
    const word = /^\p{Ll}[\p{L}-]*(?=[\s.,;:!?]|$)/u.exec(rest);
    if (word === null || this.words.joint.test(` ${rest}`) || wordCount(rest) > 8) return null;
    if (this.firstCandidate(at, sentence.end, (c) => c.kind === "person") !== undefined) return null;
    const cue: Cue = { start: at, end: at + word[0].length, text: word[0], verb: UNLISTED_VERB, sentence };
    return { cue, who: whoOf(named, "before") };
  }

  /**
   * ""Why should we comment on fakes?" Zakharova asked.": a question or an exclamation ends its sentence for the
   * segmenter, and the attribution after it stands in the next sentence of the paragraph.
   */
  private questionTail(span: Span, sentence: Sentence): Sentence | null {
    if (this.text.slice(span.close + 1, sentence.end).trim() !== "" || !/[?!]$/u.test(this.text.slice(span.start, span.end))) return null;
    const next = this.sentences[(this.sentenceIndex.get(sentence) ?? -2) + 1];
    return next !== undefined && next.paragraph === sentence.paragraph ? next : null;
  }

  /** The speaker phrase from `at` to the next verb whose speaker stands before it, with no comma between. */
  private headedBy(at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
    const cue = (this.cuesIn.get(sentence) ?? []).find((c) => c.start > at && c.verb.speaker === "before");
    if (cue === undefined || /[,;:]/u.test(this.text.slice(at, cue.start)) || wordsBetween(this.text, at, cue.start) > 6) return null;
    const who = this.subjectOfChunk(at, cue.start, cue.start, true);
    return who === undefined || who === null || who === "joint" ? null : { cue, who };
  }

  /**
   * `"…," ministry spokesperson Koo Byoung-sam told a briefing`: someone the gazetteer does not know, described by a
   * person noun and named in capitals, then a verb whose speaker stands before it.
   */
  private unnamedAfter(at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
    const cue = (this.cuesIn.get(sentence) ?? []).find((c) => c.start > at && c.verb.speaker === "before");
    if (cue === undefined || /[,;:.!?]/u.test(this.text.slice(at, cue.start))) return null;
    const phrase = this.text.slice(at, cue.start).trim();
    if (!this.describedPerson(phrase) && !this.unnamedPerson(phrase) && !this.unknownName(phrase, at)) return null;
    if (this.institutionNamed(phrase)) return { cue, who: { id: "", kind: "organisation", text: phrase, attribution: "before", name: phrase } };
    return { cue, who: { id: this.personNamed(phrase, at), kind: "person", text: phrase, attribution: "before", name: phrase } };
  }

  /**
   * `"…," Lü Chao said`, `"…," Yang said` after "Yang Moo-jin, president of …": a name the gazetteer lacks, in full,
   * or one word of a name the article gave before `at` (a Chinese or Korean family name comes first) — never the
   * last one who spoke.
   */
  private unknownName(phrase: string, at: number): boolean {
    if (this.fronted(phrase)) return false;
    if (isNameRun(phrase)) return true;
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(phrase)) return false;
    const word = escapeRegExp(phrase);
    const name = "\\p{Lu}[\\p{L}'’-]*";
    return new RegExp(`(?<![\\p{L}])(?:${name}[ \\u00a0]+${word}|${word}[ \\u00a0]+${name})(?![\\p{L}])`, "u").test(this.text.slice(0, at));
  }

  /**
   * "The US Ambassador to the United Nations Linda Thomas-Greenfield said": a title phrase that ends in a name the
   * gazetteer lacks (two capitalised words, not after a small word: "the Minister of Foreign Affairs" names no one)
   * is that person's title, not a title referring back to the last speaker: the name, or null.
   */
  private titledName(rest: string): string | null {
    const words = rest.trim().split(/\s+/u);
    const name = words.slice(-2).join(" ");
    return words.length >= 3 && isNameRun(name) && /^\p{Lu}/u.test(words.at(-3)!) ? name : null;
  }

  /**
   * `"…," a senior presidential official said`: someone the article does not name, a lower-case phrase ending in a
   * person noun — the speaker of that quotation, never the last one named (who would be wrong).
   */
  private unnamedPerson(phrase: string): boolean {
    if (!/^\p{Ll}/u.test(phrase) || wordCount(phrase) > 6 || ANY_MARK.test(phrase)) return false;
    return this.words.personNounIn.find(phrase).some((m) => m.end === phrase.length);
  }

  /** Whether a text opens with a word of a fronted adverbial ("On Monday, …"), which is never a name or a subject. */
  private fronted(text: string): boolean {
    return this.words.fronted.has(firstWord(text));
  }

  /**
   * `"…," Victor Cha, Korea chair at CSIS, said`: a name the gazetteer lacks, a description between commas, then a
   * verb whose speaker stands before it.
   */
  private apposedAfter(at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
    // A run of capitalised words (isNameRun) right up to the first comma.
    const rest = this.text.slice(at, sentence.end);
    const comma = rest.indexOf(",");
    const name = comma < 0 ? "" : rest.slice(0, comma);
    if (!isNameRun(name) || this.fronted(name)) return null;
    const cue = this.verbAfterApposition(at + name.length, sentence, true);
    if (cue === undefined) return null;
    return { cue, who: { id: this.personNamed(name, at), kind: "person", text: name, attribution: "before", name } };
  }

  /**
   * The verb after a description set between commas at `at` (", the secretary of Russia's Security Council, told"),
   * when the description says what a person is: it holds a person noun or a title, or — after a name the gazetteer
   * knows, unless `strict` — opens in lower case (", who arrived on Tuesday,", ", speaking in Hanoi,").
   */
  private verbAfterApposition(at: number, sentence: Sentence, strict = false): Cue | undefined {
    if (this.text[at] !== ",") return undefined;
    const cue = (this.cuesIn.get(sentence) ?? []).find((c) => c.start > at && c.verb.speaker === "before");
    if (cue === undefined) return undefined;
    const m = /^,([^,;:]+),\s*$/u.exec(this.text.slice(at, cue.start));
    const description = m?.[1]?.trim() ?? "";
    if (description === "" || wordCount(description) > 20 || ANY_MARK.test(description)) return undefined;
    return this.describesPerson(description) || (!strict && /^\p{Ll}/u.test(description)) ? cue : undefined;
  }

  /** "ministry spokesperson Koo Byoung-sam", "juru bicara Kementerian Unifikasi Koo Byoung-sam": a person noun, a name. */
  private describedPerson(phrase: string): boolean {
    const named = /\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*$/u.test(phrase);
    // (Up to eight words: a country's institution may head the noun, "South Korea's defense ministry spokesperson
    // Jeon Ha-kyu".)
    return named && wordCount(phrase) <= DESCRIBED_MAX_WORDS && this.words.personNounIn.test(phrase) && !ANY_MARK.test(phrase);
  }

  /**
   * "A spokesman for the DPRK Foreign Ministry", "a senior official at the unification ministry": a phrase headed by
   * a person noun (after at most two words) and what they belong to — an unnamed person, however long the
   * organisation's name.
   */
  private personOf(phrase: string): boolean {
    return wordCount(phrase) <= 10 && this.words.personNounIn.find(phrase).some((m) => wordCount(phrase.slice(0, m.start)) <= 2);
  }

  /**
   * `"…," the ministry said` / `"…," it said`: an institution or a source referred back to, then a verb whose speaker
   * stands before it.
   */
  private institutionAfter(at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
    const institution = this.institution(at, sentence.end);
    const source = institution === null ? this.words.sourceAnaphor.exec(this.text.slice(at, sentence.end)) : null;
    const length = institution?.text.length ?? source?.[0].length;
    if (length === undefined) return null;
    const end = at + length;
    const gap = this.spaceAfter(end);
    const inverted = this.cueAt.get(end + gap);
    if (gap === 0 || inverted === undefined || inverted.verb.speaker !== "before") return null;
    return { cue: inverted, who: institution ?? this.sourceReferredTo(at, source![0]) };
  }

  /** How much white space follows `end` (looking no further than LOOKBACK): 0 when a word follows at once. */
  private spaceAfter(end: number): number {
    return /^\s+/u.exec(this.text.slice(end, end + LOOKBACK))?.[0].length ?? 0;
  }

  /**
   * "the ministry", "the news agency", "kementerian tersebut" at `at`: the last organisation named before whose name
   * has that noun (the Russian Defence Ministry), else for an outlet's noun the source last quoted or credited
   * (sourceReferredTo), else an organisation the lexicon lacks — never the last person.
   */
  private institution(at: number, limit: number): Who | null {
    const m = this.words.orgAnaphor.exec(this.text.slice(at, limit));
    if (m === null) return null;
    const noun = (m.groups?.noun ?? m.groups?.noun2 ?? "").toLowerCase();
    const text = m[0];
    for (let i = lowerBound(this.organisations, at) - 1; i >= 0; i--) {
      const org = this.organisations[i]!;
      const names = [org.text, org.name, ...(speakerById(this.input.speakers ?? NO_SPEAKERS).get(org.id)?.aliases ?? [])];
      if (names.some((name) => name.toLowerCase().includes(noun))) return { ...whoOf(org, "before"), text };
    }
    // "the agency" after "TASS reported": an outlet's noun (a relay noun) whose name lacks it is the source before.
    const source = this.words.relayNoun.test(noun) ? this.sourceReferredTo(at, text) : NOBODY;
    if (source.id !== "") return source;
    return { id: "", kind: "organisation", text, attribution: "before", name: text };
  }

  /**
   * "it said", "the report said", "tulis laporan itu" at `at`: the organisation last quoted, or credited as a relay,
   * before it (the agency whose report it is) — never a person, nor an outlet nobody names ("the media"). With none,
   * the speaker is unknown: the words "it" or "the report" name no one a reader could look up.
   */
  private sourceReferredTo(at: number, text: string): Who {
    const source = this.sources[lowerBound(this.sources, at) - 1];
    return source === undefined ? NOBODY : { id: source.id, kind: "organisation", text, attribution: "carry-over", name: source.name };
  }

  /** Keeps a statement's organisation, when it has an id, or else its relay's, as a source later text may refer back to. */
  private noteSource(draft: Draft): void {
    const speaking = draft.speaker_kind === "organisation" && draft.speaker_id !== "";
    const id = speaking ? draft.speaker_id : draft.relayId;
    if (id === "") return;
    const name = speaking ? (speakerById(this.input.speakers ?? NO_SPEAKERS).get(id)?.name ?? draft.speaker_text) : draft.via;
    // Statements come sentence by sentence, so the row almost always goes last; after any with the same start.
    this.sources.splice(lowerBound(this.sources, draft.char_start + 1), 0, { start: draft.char_start, id, name });
  }

  /** "KCNA mengutip pernyataan Kim", "TASS quoted Putin": the person an outlet quotes, with the outlet as relay. */
  private quotedBy(outlet: Candidate, at: number, limit: number): { cue: Cue; who: Who } | null {
    let verb = this.words.quotingAt.exec(this.text.slice(at, limit));
    // "…," Interfax news agency quoted Putin as saying: the outlet's noun may stand between it and the verb.
    const noun = verb === null ? this.words.relayNounAfter.exec(this.text.slice(at - 1, limit)) : null;
    if (noun !== null) {
      at += noun[0].length - 1 + this.spaceAfter(at - 1 + noun[0].length);
      verb = this.words.quotingAt.exec(this.text.slice(at, limit));
    }
    if (verb === null) return null;
    const from = at + verb[0].length;
    const person = this.firstCandidate(from, Math.min(limit, from + 60), (c) => c.kind === "person" && this.mask[c.start] === 0);
    if (person === undefined || wordsBetween(this.text, from, person.start) > 3) return null;
    const cue: Cue = { start: at, end: from, text: verb[0], verb: QUOTING_VERB, sentence: this.sentenceAt(at)! };
    return { cue, who: { ...whoOf(person, "after"), relay: { id: outlet.id, name: outlet.name } } };
  }

  /**
   * An inverted verb between commas before the quotation credits the whole sentence: "Tidak hanya senapan, sebut
   * Peskov, Putin juga menghadiahkan sebuah '…'".
   */
  private asideBefore(span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (cue.end > span.open || cue.verb.speaker !== "after") continue;
      if (!/,\s*$/u.test(this.text.slice(sentence.start, cue.start))) continue;
      const who = this.speakerAfter(cue);
      const end = this.speakerPhraseEnd(cue);
      if (who !== null && who.kind === "person" && this.text[end] === "," && end < span.open) return { cue, who };
    }
    return null;
  }

  /** The nearest reporting verb before the quote in its sentence that can introduce what follows. */
  private cueBefore(span: Span, sentence: Sentence): Cue | null {
    let found: Cue | null = null;
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (cue.end > span.open || cue.verb.position === "after") continue;
      // "Putin told Kim, according to a Kremlin transcript: "…"": a credit of a record relays, it names no speaker.
      if (this.words.accordingTo.has(cue.verb.verb) && this.words.relayNounAfter.test(this.text.slice(cue.end, span.open))) continue;
      found = cue;
    }
    return found;
  }

  /** The previous sentence ends "X mengatakan:" — the quotation that follows is X's. */
  private introducedBy(sentence: Sentence): Who | null {
    const previous = this.sentences[(this.sentenceIndex.get(sentence) ?? -1) - 1];
    if (previous === undefined || !previous.text.trimEnd().endsWith(":")) return null;
    const cue = [...(this.cuesIn.get(previous) ?? [])].reverse().find((c) => c.verb.position !== "after");
    const who = cue === undefined ? null : this.speakerOf(cue);
    return who === "joint" ? null : who;
  }

  private nearPrevious(sentence: Sentence): boolean {
    return this.lastSpokenParagraph >= sentence.paragraph - 1;
  }

  /** Whether the sentence right before this one (in this paragraph or ending the one before) holds a statement. */
  private spokeJustBefore(sentence: Sentence): boolean {
    const i = this.sentenceIndex.get(sentence) ?? -1;
    return this.lastSpeaker !== null && this.lastSpokenSentence === i - 1 && this.sentences[i - 1]!.paragraph >= sentence.paragraph - 1;
  }

  /**
   * The named person the sentence right before is about: its subject, when that is a person the gazetteer knows —
   * or, with `unknown`, one it lacks but the sentence names or describes ("Pengamat …, Randy Nandyatama, menilai …").
   */
  private subjectBefore(sentence: Sentence, unknown = false): Who | null {
    const previous = this.sentences[(this.sentenceIndex.get(sentence) ?? -1) - 1];
    if (previous === undefined || previous.paragraph < sentence.paragraph - 1) return null;
    // (Up to its reporting verb, when it has one: "Pengamat militer Connie Bakrie berpendapat bahwa …" is about
    // Connie Bakrie, not about a person named by the whole sentence.)
    const cue = (this.cuesIn.get(previous) ?? []).find((c) => c.verb.speaker === "before");
    const end = cue?.start ?? previous.end;
    let who = this.subjectIn(this.startOf(previous, end), end);
    // A name the gazetteer lacks is found as the subject of the sentence's verb (an apposition: see apposed).
    if (unknown && who === null && cue !== undefined) who = this.speakerOf(cue);
    if (who === null || who === "joint" || who.kind !== "person") return null;
    const described = unknown && who.attribution === "before" && (isNameRun(who.text) || this.words.personNounIn.test(who.text));
    return who.id === "" && !described ? null : { ...who, attribution: "carry-over" };
  }

  private draft(start: number, end: number, sentence: Sentence): Draft {
    const draft: Draft = {
      article_id: this.input.article.article_id,
      speaker_id: "",
      speaker_text: "",
      speaker_kind: "none",
      kind: "direct",
      cue: "",
      attribution: "none",
      via: "",
      relayId: "",
      pending: false,
      text: this.text.slice(start, end),
      char_start: start,
      char_end: end,
      sentence_id: sentence.sentence_id,
      paragraph: sentence.paragraph
    };
    return draft;
  }

  // ---- reported speech without marks ----

  private indirect(cue: Cue): Draft | null {
    const sentence = cue.sentence;
    const start = this.startOf(sentence, cue.start);
    const before = this.text.slice(start, cue.start);
    let clause: [number, number] | null = null;
    let speaker: Who | null = null;
    const final = cue.verb.speaker === "before" ? this.finalClause(cue, start) : null;
    const inverted = final === null && cue.verb.speaker === "before" ? this.invertedAfterClause(cue, start) : null;
    if (inverted !== null) {
      // "The delegation arrived on Monday, said Lavrov.": the verb inverted behind the clause it reports.
      [clause, speaker] = [[this.clauseStart(start, cue.start), start + before.trimEnd().length - 1], inverted];
    } else if (final !== null) {
      // "…, the Kremlin said in a post on social media.": the clause before the speaker's chunk is what was said.
      clause = final;
    } else if (cue.verb.speaker === "before") {
      // ""…," he told Choe at the start of the meeting": the verb attributes the quotation before it; what
      // follows it is an audience or a circumstance, not a clause of reported speech.
      if (this.attributesQuotation(cue, sentence)) return null;
      let from = cue.end;
      const head = this.clauseHead(cue);
      const opened = head !== null && head.opened;
      if (cue.verb.needsComplementizer && !opened) return null;
      if (head !== null) from += head.length;
      // "said in a post", "mengatakan kepada wartawan": without a complementizer a prepositional phrase is no clause.
      if (!opened && this.words.audienceStart.test(this.text.slice(from, sentence.end))) return null;
      clause = [from, this.clauseEnd(cue, sentence)];
    } else if (before.trimEnd().endsWith(",") && !/[”"»’][,.]?$|[,.][”"»’]$/u.test(before.trimEnd().slice(-2))) {
      // "…, menurut Lavrov." / "…, lapor KCNA.": the clause before the comma is the reported speech.
      if (this.words.accordingTo.has(cue.verb.verb) && this.words.relayNounAfter.test(this.text.slice(cue.end, sentence.end))) return null;
      // "Kim also said …, according to KCNA": the clause has its own speaker; the outlet after it only relays.
      if (this.words.accordingTo.has(cue.verb.verb) && (this.cuesIn.get(sentence) ?? []).some((c) => c !== cue && c.start >= start && c.end < cue.start && c.verb.indirect)) return null;
      clause = [this.clauseStart(start, cue.start), start + before.trimEnd().length - 1];
    } else if (before.trim() === "" && cue.verb.position === "both") {
      // "Menurut KCNA, …" / "Menurutnya, …".
      if (this.words.relayNounAfter.test(this.text.slice(cue.end, sentence.end))) return null;
      let comma = this.text.indexOf(",", cue.end);
      if (comma < 0 || comma >= sentence.end) return null;
      const apposition = this.appositionEnd(cue.end, comma, sentence);
      if (apposition >= 0) comma = apposition;
      clause = [comma + 1, sentence.end];
    }
    if (clause === null) return null;
    let [from, to] = clause;
    while (from < to && SPACE.test(this.text[from]!)) from++;
    while (to > from && CLAUSE_TRAIL.test(this.text[to - 1]!)) to--;
    const text = this.text.slice(from, to);
    // The clause is tested before its speaker is looked for (the costlier part, and one without side effects).
    if (ANY_MARK.test(text) || this.mask.subarray(from, to).includes(1) || wordCount(text) < 3) return null;
    const who = speaker ?? this.speakerOf(cue);
    if (who === null || who === "joint") return null;
    return { ...this.draft(from, to, sentence), ...speakerFields(who), kind: "reported", cue: cue.text, ...this.relayFor(who, sentence) };
  }

  /**
   * "…, said Lavrov." / "…, said the Kremlin.": a verb whose speaker usually stands before it, inverted after a comma
   * that closes a clause of its own, then only a speaker the lexicons know (and a few words: a time, an audience) to
   * the sentence's end — that speaker, else null. Never after a quotation (attributionAfter reads those) or when a
   * verb in the clause reports it already.
   */
  private invertedAfterClause(cue: Cue, start: number): Who | null {
    if (cue.verb.position === "before") return null;
    const before = this.text.slice(start, cue.start).trimEnd();
    if (!before.endsWith(",") || /[”"»’][,.]?$|[,.][”"»’]$/u.test(before.slice(-3)) || wordCount(before) < 4) return null;
    const head = this.clauseHead(cue);
    if ((head !== null && head.opened) || wordCount(this.text.slice(cue.end, cue.sentence.end)) > 8) return null;
    if ((this.cuesIn.get(cue.sentence) ?? []).some((c) => c !== cue && c.start >= start && c.end < cue.start && c.verb.indirect)) return null;
    const who = this.speakerAfter(cue);
    if (who === null || who.id === "" || (who.kind !== "person" && who.kind !== "organisation")) return null;
    // The speaker right after the verb, then at most a few words ("on Monday") or a comma: "mengatakan perjanjian
    // telah dipraktikkan" opens a clause, its first name no speaker.
    const rest = this.text.slice(cue.end, cue.sentence.end).trimStart();
    if (!rest.startsWith(who.text)) return null;
    const tail = rest.slice(who.text.length);
    return /^\s*[,;]/u.test(tail) || wordCount(tail) <= 3 ? who : null;
  }

  /**
   * Whether a verb stands right behind a quotation opening its sentence and the quotation's speaker: ""…," he told
   * …", ""…," Kremlin spokesman X said".
   */
  private attributesQuotation(cue: Cue, sentence: Sentence): boolean {
    const span = (this.spansIn.get(sentence) ?? []).filter((s) => !s.nested && s.close < cue.start).at(-1);
    if (span === undefined || this.text.slice(this.startOf(sentence, span.open), span.open).trim() !== "") return false;
    const between = this.text.slice(span.close + 1, cue.start);
    return /^[\s,.!?]*[^,;:.!?]*$/u.test(between) && wordCount(between) <= 6;
  }

  /**
   * The reported clause of a verb that closes its sentence behind its subject ("…, the Kremlin said." / "…, Media
   * Rusia melaporkan."): the text before the comma that opens the subject's chunk, when it is a clause of its own
   * (not a fronted phrase, "On Monday,") and no complementizer follows the verb.
   */
  private finalClause(cue: Cue, start: number): [number, number] | null {
    if (!this.closesClause(cue) || this.closingSubject(cue, start) === null) return null;
    const chunks = this.chunks(start, cue.start);
    const [from, to] = chunks.at(-1)!;
    if (!/^\s*$/u.test(this.text.slice(to, cue.start)) || wordCount(this.text.slice(from, to)) > 6) return null;
    const first = chunks[0]!;
    const opening = firstWord(this.text.slice(first[0], first[1]));
    if (opening === "" || this.words.fronted.has(opening)) return null;
    return [this.clauseStart(start, from), from - 1];
  }

  /** A reported clause ends at the sentence end or where the next reporting verb takes over (", menekankan …"). */
  private clauseEnd(cue: Cue, sentence: Sentence): number {
    for (const next of this.cuesIn.get(sentence) ?? []) {
      if (next.start <= cue.end) continue;
      const between = this.text.slice(cue.end, next.start);
      const m = /,\s*$/u.exec(between) ?? this.words.jointEnd.exec(between);
      if (m !== null) return next.start - m[0].length;
    }
    return sentence.end;
  }

  /**
   * "Kim memuji partai yang menurutnya "…", lapor KCNA": a -nya verb standing inside the clause of a person named as
   * that clause's subject refers to that person, not back to the last speaker (an agency whose "lapor KCNA" credits
   * the paragraph). Null when a quotation stands between the clause's start and the verb ("…," ujarnya) or the clause
   * has no person with an id as subject.
   */
  private ownSubject(cue: Cue): Who | null {
    const sentence = this.sentenceAt(cue.start);
    if (sentence === undefined) return null;
    const from = this.clauseStart(this.startOf(sentence, cue.start), cue.start);
    const lead = this.text.slice(from, cue.start);
    if (lead.trim() === "" || QUOTE_MARK.test(lead)) return null;
    const found = this.subjectIn(from, cue.start);
    return found !== null && found !== "joint" && found.kind === "person" && found.id !== "" ? { ...found, text: cue.text, attribution: "carry-over" } : null;
  }

  /** Where the clause of "…, lapor KCNA" begins: after a leading "Menurut X," or relay phrase. */
  private clauseStart(start: number, limit: number): number {
    const lead = this.words.leadCredit(this.text.slice(start, limit));
    return lead === null ? start : start + lead;
  }

  // ---- speakers ----

  private speakerOf(cue: Cue): Who | "joint" | null {
    // "katanya", "tulisnya": -nya stands for an institution as well as a person (reporting_verbs.csv).
    if (cue.verb.speaker === "carry") return this.ownSubject(cue) ?? this.carry(cue.start, cue.text, true);
    if (cue.verb.speaker === "after") return this.speakerAfter(cue);
    return this.subject(cue);
  }

  /**
   * Whom a word referring back stands for. A person's pronoun or title ("he", "kata dia", "the North Korean leader")
   * is the last person who spoke, never an organisation quoted in between (`anyone` false); a word that stands for
   * either ("katanya") is the last speaker of any kind.
   */
  private carry(position: number, text: string, anyone = false): Who | null {
    const last = anyone ? this.lastSpeaker : this.lastPerson;
    // "Kim, speaking through an interpreter, thanked Putin. He said …": after a sentence that reports no speech,
    // or only an organisation's, a pronoun is the person that sentence was about, not the last one quoted.
    // One sentence back only: the subject found there is never itself followed back (a chain of "He …" sentences
    // would make the work grow with the article).
    const here = this.sentenceAt(position);
    if (here !== undefined && last !== null && !this.carrying && !(this.spokeJustBefore(here) && this.lastSpeaker === last)) {
      this.carrying = true;
      // (A person the gazetteer lacks too: "…," ujarnya after "Pengamat …, Randy Nandyatama, menilai …" is Randy's,
      // not the last one quoted.)
      const about = this.subjectBefore(here, true);
      this.carrying = false;
      if (about !== null && !this.deadByNow(about.id) && (about.id !== last.id || about.id === "") && about.text !== last.name) return { ...about, text: about.id === "" ? about.name : text };
    }
    // (One the gazetteer lacks keeps the words that named them: "ujarnya" alone would name nobody a reader could find.)
    if (last !== null) return { ...last, text: last.id === "" && last.kind === "person" ? last.name : text, attribution: "carry-over" };
    // No one (or, for a person's word, no person) has spoken yet: the person the sentence before is about, else the
    // nearest person named before.
    const sentence = this.sentenceAt(position);
    const about = sentence === undefined ? null : this.subjectBefore(sentence);
    if (about !== null && !this.deadByNow(about.id)) return { ...about, text };
    let person: EntityMention | undefined;
    for (let i = lowerBound(this.people, position) - 1; i >= 0 && person === undefined; i--) {
      const p = this.people[i]!;
      if (p.end <= position && this.mask[p.start] === 0 && !this.deadByNow(p.id)) person = p;
    }
    return person === undefined ? null : { id: person.id, kind: "person", text, attribution: "carry-over", name: person.text };
  }

  /**
   * Whether the person had died before the article's date ("Rumah itu dibangun jelang kunjungan kakeknya, Kim Il-sung,
   * pada 1986. "Saya senang …," katanya."): a word referring back to a speaker ("katanya", "he said") reports words of
   * the day, which the dead do not say; a name recalled for history is never whom it stands for. False on a page
   * without a date.
   */
  private deadByNow(id: string): boolean {
    const people = this.input.people;
    return people !== undefined && deadBy(id, this.input.article.published, people);
  }

  /**
   * A title referring back that names a country ("kata pemimpin Rusia itu") is someone of that country: the person
   * `carry` finds when they are, else the last person of that country named before `position`.
   */
  private carryOfCountry(position: number, text: string, country: string): Who | null {
    const who = this.carry(position, text);
    const people = this.input.people;
    if (country === "" || people === undefined || (who !== null && people.get(who.id)?.country === country)) return who;
    // "… a Kremlin aide told reporters. … the Kremlin aide said": the unnamed person the same words described.
    if (who !== null && who.id === "" && who.kind === "person" && describes(who.name, text)) return who;
    // "… Kremlin aide Yuri Ushakov said …" before: "the Kremlin aide" is the person the article introduced by those
    // words, not the last one of that country it named (outside a quotation) before.
    let last: EntityMention | undefined;
    for (let i = lowerBound(this.people, position) - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.end > position || people.get(p.id)?.country !== country) continue;
      if (describes(this.text.slice(Math.max(0, p.start - INTRODUCTION_REACH), p.start), text)) return { id: p.id, kind: "person", text, attribution: "carry-over", name: p.text };
      if (last === undefined && this.mask[p.start] === 0) last = p;
    }
    return last === undefined ? who : { id: last.id, kind: "person", text, attribution: "carry-over", name: last.text };
  }

  /**
   * "Juru bicara Presiden Rusia, Dmitry Peskov, mengatakan", "kata ajudan Presiden Rusia Yury Ushakov": a title
   * right after a person's noun names whom that person serves, not the speaker. The speaker is the name set right
   * after the title (between commas or not) before `end`, else an unnamed person of that description; null when
   * `c` is no title after a person's noun.
   */
  private servedTitle(c: Candidate, end: number, position: "before" | "after"): Who | null {
    if (c.kind !== "person" || c.via !== "title") return null;
    const before = this.text.slice(Math.max(0, c.start - SERVED_REACH), c.start);
    const noun = this.words.personNounIn.find(before).at(-1);
    if (noun === undefined || before.slice(noun.end).trim() !== "") return null;
    const named = this.firstCandidate(c.end, end, (o) => o.kind === "person" && this.mask[o.start] === 0);
    if (named !== undefined && /^\s*,?\s*$/u.test(this.text.slice(c.end, named.start))) return whoOf(named, position);
    const text = this.text.slice(c.start - (before.length - noun.start), c.end);
    return { id: "", kind: "person", text, attribution: position, name: text };
  }

  /** The country a state's name inside a phrase stands for ("Rusia" in "pemimpin Rusia itu"); "" when none. */
  private countryIn(from: number, to: number): string {
    const state = this.firstCandidate(from, to, (c) => c.kind === "organisation" && c.end <= to && this.isPlace(c));
    return state === undefined ? "" : (this.speakerCountries.get(state.id) ?? "");
  }

  /** "kata Juru Bicara Kremlin Dmitry Peskov kepada media", "bunyi satu pasal dalam perjanjian", "tutur KCNA". */
  private speakerAfter(cue: Cue): Who | null {
    const rest = this.text.slice(cue.end, cue.sentence.end);
    const pronoun = this.words.pronounAfter.exec(rest);
    if (pronoun !== null) return this.carry(cue.start, `${cue.text}${pronoun[0]}`) ?? NOBODY;
    // "ucap diplomat senior itu", "said the Russian minister": a title referred back to, naming no one itself.
    const lead = rest.length - rest.trimStart().length;
    const titled = this.words.anaphor.exec(rest.slice(lead));
    if (titled !== null && this.firstCandidate(cue.end, cue.end + lead + titled[0].length, (c) => c.kind === "person") === undefined) {
      return this.carryOfCountry(cue.start, titled[0], this.countryIn(cue.end + lead, cue.end + lead + titled[0].length));
    }
    const stop = this.words.speakerPhraseEnd.exec(rest);
    const limit = cue.end + (stop === null ? rest.length : stop.index);
    let candidate = this.firstCandidate(cue.end, limit, (c) => this.mask[c.start] === 0);
    // "kata ajudan Kremlin Yuri Ushakov", "said Kremlin aide Yuri Ushakov": the person named right after the
    // organisation (and a person noun) is the speaker, not the organisation.
    if (candidate !== undefined && candidate.kind === "organisation") {
      const person = this.firstCandidate(candidate.end, limit, (c) => c.kind === "person" && this.mask[c.start] === 0);
      const gap = person === undefined ? "," : this.text.slice(candidate.end, person.start);
      if (person !== undefined && /^\s/u.test(gap) && (gap.trim() === "" || this.words.personNouns.test(gap.trim()))) candidate = person;
      // "kata juru bicara Kremlin, Dmitry Peskov": after a person's noun and the organisation it serves, the name set
      // off by a comma (past the phrase's end) is that person, the speaker.
      else if (this.nounEndsAt(cue.end, candidate.start)) candidate = this.commaNamed(candidate, cue.sentence.end) ?? candidate;
    }
    // "lapor kantor berita resmi Rusia TASS": the outlet, not the country modifying its noun; "kata badan intelijen
    // Rusia": an institution the lexicons lack, of which the country is only a modifier.
    if (candidate !== undefined && candidate.kind === "organisation") {
      const outlet = this.outletNamedAfter(candidate, cue.end, limit);
      if (outlet !== undefined) candidate = outlet;
      else {
        const modified = this.modifierOf(candidate, cue.end, limit, "after");
        if (modified !== null) return modified;
      }
    }
    if (candidate !== undefined) {
      const served = this.servedTitle(candidate, cue.sentence.end, "after");
      if (served !== null) return served;
      const publication = this.publicationAround(candidate, cue.end, limit, "after");
      if (publication !== null) return publication;
      const who = whoOf(candidate, "after");
      return { ...who, text: this.text.slice(cue.end, candidate.end).trim() };
    }
    const end = this.words.unknownSpeakerEnd.exec(rest);
    const phrase = this.text.slice(cue.end, cue.end + (end === null ? rest.length : end.index)).trim();
    if (phrase === "" || wordCount(phrase) > 6) return null;
    // "said the report", "tulis laporan itu": the report of the source named before.
    const source = this.words.sourceAnaphor.exec(phrase);
    if (source !== null && source[0].length === phrase.length) return this.sourceReferredTo(cue.start, phrase);
    // "Menurut peneliti CSIS Jakarta, Andrew Mantong, …": the name set after the description is the speaker.
    const comma = end === null ? -1 : cue.end + end.index;
    const apposition = comma >= 0 && this.text[comma] === "," ? this.appositionEnd(cue.end, comma, cue.sentence) : -1;
    if (apposition >= 0 && isNameRun(this.text.slice(comma + 1, apposition).trim())) {
      const name = this.text.slice(comma + 1, apposition).trim();
      const person = this.firstCandidate(comma + 1, apposition, (c) => c.kind === "person" && this.mask[c.start] === 0);
      if (person !== undefined) return { ...whoOf(person, "after"), text: name };
      return { id: this.personNamed(name, comma + 1), kind: "person", text: name, attribution: "after", name };
    }
    // "said a report", "menurut gambar yang dirilis": a report relays, it speaks for nobody named; "said The New York
    // Times", "menurut badan intelijen Korea Selatan": an institution, not a person.
    if ((this.words.relayNoun.test(phrase) && !this.personBeside(phrase)) || this.institutionNamed(phrase)) return { id: "", kind: "organisation", text: phrase, attribution: "after", name: phrase };
    return { id: this.personNamed(phrase, cue.start), kind: "person", text: phrase, attribution: "after", name: phrase };
  }

  /** The person named right after `c` and a comma, before `end`: "juru bicara Kremlin, Dmitry Peskov". */
  private commaNamed(c: Candidate, end: number): Candidate | undefined {
    const person = this.firstCandidate(c.end, end, (o) => o.kind === "person" && this.mask[o.start] === 0);
    return person !== undefined && /^\s*,\s*$/u.test(this.text.slice(c.end, person.start)) ? person : undefined;
  }

  /** Whether the text from `from` to `to` ends with a person's noun ("juru bicara", "spokesman"). */
  private nounEndsAt(from: number, to: number): boolean {
    const lead = this.text.slice(from, to).trimEnd();
    const noun = this.words.personNounIn.find(lead).at(-1);
    return noun !== undefined && noun.end === lead.length;
  }

  private speakerPhraseEnd(cue: Cue): number {
    const comma = this.text.indexOf(",", cue.end);
    return comma < 0 || comma > cue.sentence.end ? cue.end : comma;
  }

  /**
   * The subject of a verb whose speaker stands before it: the first name in the first comma-separated chunk of
   * the clause that is not a fronted adverbial, skipping names governed by a preposition. A later clause
   * ("…, dan Kim mengatakan …") has its own subject when it names one.
   */
  private subject(cue: Cue): Who | "joint" | null {
    const sentence = cue.sentence;
    const start = this.clauseStart(this.startOf(sentence, cue.start), cue.start);
    const quoted = this.quotedIn(start, cue.start);
    if (quoted !== null) return quoted;
    const inner = this.innerReport(cue, start);
    if (inner !== null) return inner;
    const antecedent = this.antecedent(start, cue.start);
    if (antecedent !== null) return antecedent;
    const closing = this.closingSubject(cue, start);
    if (closing !== null) return closing;
    const relative = this.relativeSubject(start, cue.start);
    if (relative !== null) return relative;
    const region = this.text.slice(start, cue.start);
    const conjunction = [...region.matchAll(this.words.clauseBreak)].at(-1);
    if (conjunction !== undefined) {
      const from = start + conjunction.index + conjunction[0].length;
      const found = this.subjectIn(from, cue.start);
      if (found !== null) return found;
      // "…, as Ukraine and its allies say …": a later clause that names a subject of its own, even one nobody
      // knows, never borrows the sentence's first name; "…, and (also) said …" continues the first subject.
      const own = this.text.slice(from, cue.start);
      const first = firstWord(own);
      if (first !== "" && !this.words.fronted.has(first) && /\p{Lu}/u.test(own)) return null;
    }
    const found = this.subjectIn(start, cue.start);
    if (found !== null) return found;
    const apposed = this.apposed(start, cue.start);
    if (apposed !== null) return apposed;
    // "The meeting came as U.S. President Donald Trump said he would …": a subordinate clause names its own
    // subject, however far into the sentence it opens.
    const subordinate = [...region.matchAll(this.words.subordinator)].at(-1);
    const own = subordinate === undefined ? null : this.subjectIn(start + subordinate.index + subordinate[0].length, cue.start);
    return own ?? this.continued(cue);
  }

  /**
   * The person named as the subject right before a quotation whose first word is a reporting verb (`Kim "menyatakan
   * …"`), null when the quotation opens with anything else or no person stands there as subject.
   */
  private subjectOfQuotedVerb(span: Span, sentence: Sentence, text: string): Who | null {
    const lead = text.length - text.trimStart().length;
    const verb = verbMatcher(this.input.verbs).matcher.find(text).find((m) => m.start === lead);
    if (verb === undefined || !verb.values.some((v) => v.speaker === "before" && v.position !== "after")) return null;
    const from = this.clauseStart(this.startOf(sentence, span.open), span.open);
    const found = this.subjectIn(from, span.open);
    return found !== null && found !== "joint" && found.kind === "person" && found.id !== "" ? found : null;
  }

  /**
   * "KCNA menulis Kim Jong Un mengatakan bahwa …", "Yonhap reported Putin said …": a reporting verb inside the
   * clause another reporting verb reports has that clause's own subject, the person named between the two verbs;
   * the first verb's subject only relays the words. Null when no earlier verb of the clause stands before a person.
   */
  private innerReport(cue: Cue, start: number): Who | null {
    const outer = (this.cuesIn.get(cue.sentence) ?? NO_CUES).filter((c) => c !== cue && c.start >= start && c.end <= cue.start && c.verb.speaker === "before").at(-1);
    if (outer === undefined) return null;
    // The person opens the reported clause (after a complementizer at most: "menulis bahwa Kim …") and stands right
    // before the verb; a name further in is the first verb's object ("menjanjikan dukungan untuk Kim dan menuduh …").
    const person = this.firstCandidate(outer.end, cue.start, (c) => c.kind === "person" && this.mask[c.start] === 0);
    if (person === undefined || person.id === "" || !this.words.bareLead.test(this.text.slice(outer.end, person.start))) return null;
    if (wordsBetween(this.text, person.end, cue.start) > INNER_SUBJECT_GAP_WORDS) return null;
    return whoOf(person, "before");
  }

  /**
   * `"…," spokesman John Kirby told reporters, adding that …`: a verb right after the comma that closes another
   * reporting verb's clause, with no subject of its own, continues that verb's speaker — one the gazetteer may lack.
   */
  private continued(cue: Cue): Who | null {
    const prior = (this.cuesIn.get(cue.sentence) ?? []).filter((c) => c.end <= cue.start && c.verb.speaker === "before").at(-1);
    if (prior === undefined || !/^[^,;:\p{Lu}"“”«»]*,\s*$/u.test(this.text.slice(prior.end, cue.start))) return null;
    const who = this.subject(prior);
    return who === "joint" || who === null || who.kind !== "person" ? null : who;
  }

  /**
   * "… in a meeting that American officials said could lead to a deal": a verb in a relative clause about a common
   * noun (the word before the pronoun in lower case) has the subject named after the pronoun, not the sentence's
   * first name; null when the clause names none.
   */
  private relativeSubject(start: number, end: number): Who | null {
    const own = this.chunks(start, end).at(-1);
    if (own === undefined) return null;
    const m = [...this.text.slice(own[0], end).matchAll(this.words.objectRelative)].at(-1);
    if (m === undefined) return null;
    const at = own[0] + m.index;
    const antecedent = /(\p{L}+)\s+$/u.exec(this.text.slice(own[0], at))?.[1];
    const from = at + m[0].length;
    if (antecedent === undefined || !/^\p{Ll}/u.test(antecedent) || this.mask[from] === 1) return null;
    const words = wordsBetween(this.text, from, end);
    if (words === 0 || words > 6) return null;
    const found = this.subjectOfChunk(from, end, end, true);
    return found === undefined || found === null || found === "joint" ? null : found;
  }

  /**
   * "Sydney Seiler, a former U.S. intelligence official, said …", "Andrew Mantong, peneliti CSIS, menilai …": a name
   * the gazetteer lacks, then a description between commas that ends right before the verb. The description holds
   * a person noun or a title (what a person is), so an outlet ("NK News, citing sources, said"), a list of places or
   * a fronted phrase is no name.
   */
  private apposed(start: number, end: number): Who | null {
    const chunks = this.chunks(start, end);
    if (chunks.length < 2 || !/^,\s*$/u.test(this.text.slice(chunks.at(-1)![1], end))) return null;
    const [nameAt, nameEnd] = chunks.at(-2)!;
    const [descAt, descEnd] = chunks.at(-1)!;
    // Anything before the name is a fronted adverbial ("On Monday, …").
    for (const [a, b] of chunks.slice(0, -2)) if (!this.fronted(this.text.slice(a, b))) return null;
    let name = this.text.slice(nameAt, nameEnd).trim();
    let description = this.text.slice(descAt, descEnd).trim();
    let at = nameAt + (this.text.slice(nameAt, nameEnd).length - this.text.slice(nameAt, nameEnd).trimStart().length);
    // "Pengamat Korea dari Universitas Gadjah Mada, Randy Nandyatama, menilai …": the description first, then the name.
    if (!isNameRun(name) && isNameRun(description) && this.describesPerson(name)) {
      [name, description] = [description, name];
      at = descAt + (this.text.slice(descAt, descEnd).length - this.text.slice(descAt, descEnd).trimStart().length);
      // "Victor Cha, who served on the National Security Council, said", "Connie, yang …, mengatakan": a relative
      // clause of "who" after a name says what a person did, as a description says what they are.
    } else if (!this.describesPerson(description) && !this.words.relativeStart.test(description)) return null;
    if (!isNameRun(name) || this.fronted(name)) return null;
    // (A relative clause runs longer than a title: "who heads the Eurasian studies centre at the Korea Institute for
    // National Unification".)
    const longest = this.words.relativeStart.test(description) ? 20 : 12;
    if (wordCount(description) > longest || ANY_MARK.test(description) || this.firstCandidate(at, at + name.length, () => true) !== undefined) return null;
    return { id: this.personNamed(name, at), kind: "person", text: name, attribution: "before", name };
  }

  /**
   * Whether a phrase holds a person's noun or title apart from its outlet's or report's nouns: "an intelligence agency
   * spokesman" is a person, "sources" (a relay's noun and a person's at once) not.
   */
  private personBeside(phrase: string): boolean {
    const relays = this.words.relayNoun.find(phrase);
    const apart = (m: PhraseMatch<string>) => relays.every((r) => r.end <= m.start || r.start >= m.end);
    return this.words.personNounIn.find(phrase).some(apart) || this.words.titleIn.find(phrase).some(apart);
  }

  /** Whether a phrase says what a person is: a person noun ("peneliti", "analyst") or a title ("minister"). */
  /**
   * "Menteri Luar Negeri (Menlu) Rusia Sergei Lavrov mengatakan": a title written out in capitals before a name, with
   * the short form the Indonesian press sets in brackets after its first mention, which the gazetteer's titles do
   * not match. Only capitalised words and bracketed abbreviations, up to TITLE_BEFORE_WORDS of them.
   */
  private titleBefore(phrase: string): boolean {
    const words = phrase.trim().split(/\s+/u).filter((w) => w !== "");
    return words.length > 0 && words.length <= TITLE_BEFORE_WORDS && words.every((w) => /^\(?\p{Lu}[\p{L}.'’-]*\)?$/u.test(w)) && this.describesPerson(phrase);
  }

  private describesPerson(phrase: string): boolean {
    return this.words.personNounIn.test(phrase) || this.words.titleIn.test(phrase);
  }

  /**
   * "According to Rachel Lee, a senior analyst at the Stimson Center, …", "Menurut peneliti CSIS, Andrew Mantong,
   * …": the end of an apposition set between commas after the speaker phrase that ends at `comma` (a description
   * after a name, or a name after a description), else -1.
   */
  private appositionEnd(phraseStart: number, comma: number, sentence: Sentence): number {
    const next = this.text.indexOf(",", comma + 1);
    if (next < 0 || next >= sentence.end) return -1;
    const phrase = this.text.slice(phraseStart, comma).trim();
    const chunk = this.text.slice(comma + 1, next).trim();
    if (chunk === "" || wordCount(chunk) > 12 || ANY_MARK.test(chunk) || this.mask.subarray(comma, next).includes(1)) return -1;
    const described = isNameRun(chunk) && this.describesPerson(phrase) && !this.describesPerson(chunk);
    const describing = /^\p{Lu}/u.test(phrase) && this.describesPerson(chunk) && !isNameRun(chunk);
    return described || describing ? next : -1;
  }

  /**
   * "… met Kim Jong Un, who told him that …": a relative clause right before the verb has the name before its
   * comma for subject, not the sentence's first name.
   */
  private antecedent(start: number, end: number): Who | null {
    const relative = this.words.relativeEnd.exec(this.text.slice(start, end));
    if (relative === null) return null;
    const comma = start + relative.index;
    const before = this.candidates[lowerBound(this.candidates, comma) - 1];
    if (before === undefined || before.start < start || before.end > comma || this.mask[before.start] === 1) return null;
    if (!/^\s*$/u.test(this.text.slice(before.end, comma))) return null;
    return before.kind === "organisation" ? this.organisationSubject(before, before.start, comma) : whoOf(before, "before");
  }

  /**
   * "…, Pyongyang's state media reported Monday." / "…, the Korean Central News Agency reported, adding that …": a
   * verb that closes its sentence (or follows the verb that does) has its subject in its own comma-separated chunk,
   * a name or an outlet at the chunk's start — not the first name of the sentence, which is what was reported.
   */
  private closingSubject(cue: Cue, start: number): Who | null {
    const chunks = this.chunks(start, cue.start);
    const own = chunks.at(-1);
    if (chunks.length < 2 || own === undefined) return null;
    const between = this.text.slice(own[1], cue.start);
    const endsWithVerb = this.cuesIn.get(cue.sentence)?.some((c) => c.end === this.text.slice(0, own[1]).trimEnd().length) ?? false;
    // The subject's chunk runs up to the verb ("…, the Kremlin said"), or to the verb the participle follows.
    const adjacent = endsWithVerb ? /^[\s,]*$/u.test(between) : /^\s*$/u.test(between);
    if (!adjacent || (!endsWithVerb && !this.closesClause(cue))) return null;
    const found = this.subjectOfChunk(own[0], own[1], own[1], true);
    if (found === undefined || found === null || found === "joint" || found.kind === "document") return null;
    const named = this.firstCandidate(own[0], own[1], (c) => this.mask[c.start] === 0);
    const before = named === undefined ? "" : this.text.slice(own[0], named.start).trim();
    const opensChunk = named !== undefined && (before === "" || this.words.orgDeterminers.test(before) || /['’]s$/u.test(before));
    // "…, the ministry said in a statement": an institution referred back to is the whole chunk.
    const institution = found.kind === "organisation" && found.text === this.text.slice(own[0], own[1]).trim();
    // "…, it said" / "…, the report said": a source referred back to, known or not (sourceReferredTo).
    const referred = found.kind === "none" || (found.attribution === "carry-over" && this.words.sourceAnaphor.test(this.text.slice(own[0], own[1]).trim()));
    // "…, Russian officials have said": people the gazetteer cannot name, by what they are.
    const unnamed = found.id === "" && found.kind === "person" && found.text.split(/\s+/u).some((w) => this.words.personNouns.test(w));
    return (found.id !== "" && (opensChunk || institution)) || (found.id === "" && found.kind === "organisation") || unnamed || referred ? found : null;
  }

  /**
   * Whether a verb closes the clause it reports: it ends the sentence, or stands between commas with at most a
   * time or a medium before the second ("…, North Korean state media said, a month after …", "…, the Kremlin said
   * on Monday, as …"), an attribution set into the sentence rather than a verb opening a clause of its own.
   */
  private closesClause(cue: Cue): boolean {
    // Asked of one verb from several rules (a quotation's closing source, a final clause, a closing subject).
    let closes = this.closingCues.get(cue);
    if (closes === undefined) {
      const rest = this.text.slice(cue.end, cue.sentence.end);
      const head = this.clauseHead(cue);
      if (head !== null && head.opened) closes = false;
      // It ends its sentence but for a time, a place or a medium ("said on Tuesday", "said in a post").
      else if (!/[,;:]/u.test(rest.replace(/[.!?\s]+$/u, "")) && wordCount(rest) <= 8) closes = true;
      else {
        const comma = /^([^,;:]*),/u.exec(rest);
        closes = comma !== null && wordCount(comma[1]!) <= 3 && !ANY_MARK.test(comma[1]!);
      }
      this.closingCues.set(cue, closes);
    }
    return closes;
  }

  /**
   * The head of the clause after a verb in its sentence (QuoteWords.clauseHead): its length, and whether a
   * complementizer opens the clause. Read once per verb, for closesClause and indirect.
   */
  private clauseHead(cue: Cue): { length: number; opened: boolean } | null {
    let head = this.clauseHeads.get(cue);
    if (head === undefined) {
      const m = this.words.clauseHead.exec(this.text.slice(cue.end, cue.sentence.end));
      head = m === null ? null : { length: m[0].length, opened: this.words.complementizer.test(m[0]) };
      this.clauseHeads.set(cue, head);
    }
    return head;
  }

  /** "TASS quoted Putin as saying …", "KCNA mengutip Kim …": the one quoted speaks, the outlet before relays. */
  private quotedIn(start: number, end: number): Who | null {
    const verb = this.words.quoting.find(this.text.slice(start, end)).at(-1);
    if (verb === undefined) return null;
    const at = start + verb.start;
    // "…, Yonhap News Agency quoted the Kremlin as saying": the outlet heads the chunk before the verb, not the
    // sentence, whose first name is what was reported.
    const own = this.chunks(start, at).at(-1);
    const near = own === undefined ? undefined : this.subjectOfChunk(own[0], own[1], at, true);
    const outlet = near !== undefined && near !== null && near !== "joint" && near.kind === "organisation" ? near : this.subjectIn(start, at);
    const from = start + verb.end;
    const quoted = this.firstCandidate(from, end, (c) => this.mask[c.start] === 0 && c.end <= end && wordsBetween(this.text, from, c.start) <= 3);
    if (quoted === undefined || outlet === null || outlet === "joint" || outlet.kind !== "organisation") return null;
    return { ...whoOf(quoted, "after"), relay: { id: outlet.id, name: outlet.name } };
  }

  private subjectIn(start: number, end: number): Who | "joint" | null {
    for (const [from, to] of this.chunks(start, end)) {
      const found = this.subjectOfChunk(from, to, end);
      if (found !== undefined) return found;
    }
    return null;
  }

  /** The subject a comma-separated chunk names, null when it ends the search without one, undefined to look on. */
  private subjectOfChunk(start: number, to: number, end: number, last = to === end): Who | "joint" | null | undefined {
    // ""…," he told reporters, adding that …": a chunk opening with a quotation names its subject after it.
    let from = start;
    while (from < to && (this.mask[from] === 1 || SPACE.test(this.text[from]!))) from++;
    if (from === to) from = start;
    const chunk = this.text.slice(from, to);
    const first = firstWord(chunk);
    if (first === "" || this.words.fronted.has(first)) return undefined;
    const lead = chunk.length - chunk.trimStart().length;
    const trimmed = chunk.trimStart();
    if (this.words.plural.test(trimmed)) return "joint";
    // "the ministry said": an institution referred back to speaks, not the person last named.
    const institution = this.institution(from + lead, to);
    if (institution !== null && this.firstCandidate(from + lead, from + lead + institution.text.length, () => true) === undefined) return institution;
    // "it said", "the report also said": a source referred back to, right before the verb; "it has been reported"
    // names nobody.
    const source = last ? this.words.sourceAnaphor.exec(trimmed) : null;
    if (source !== null) {
      const rest = trimmed.slice(source[0].length).trim().split(/\s+/u).filter((w) => w !== "");
      if (rest.some((w) => this.words.passive.has(w.toLowerCase()))) return null;
      if (rest.length === 0 || (rest.length === 1 && /^\p{Ll}+$/u.test(rest[0]!))) return this.sourceReferredTo(from + lead, source[0]);
    }
    const anaphor = this.words.anaphor.exec(trimmed);
    // "Menteri Rusia itu" refers back; "Presiden Putin yang tiba di kota itu" names its person.
    const named = this.people[lowerBound(this.people, from + lead)];
    if (anaphor !== null && !(named !== undefined && named.start < from + lead + anaphor[0].length)) {
      const name = this.titledName(trimmed.slice(anaphor[0].length));
      // "The North Korean foreign minister, Ri Yong Ho, did not …": the title's own name, set after it between
      // commas, is whom it stands for; no one quoted before (a date would have named the holder the same way).
      // So is a longer title that names no one in its own words ("The Chairman of the DPRK Supreme People's
      // Assembly, Pak Tae Song, said …").
      const rest = trimmed.slice(anaphor[0].length);
      const namesNoOne = rest.trim() === "" || this.firstCandidate(from + lead + anaphor[0].length, to, (c) => c.kind === "person") === undefined;
      const apposed = (name === null || rest.trim() !== "") && namesNoOne ? this.nameApposedAt(to) : null;
      if (apposed !== null) return apposed;
      return name === null
        ? this.carryOfCountry(from + lead, anaphor[0], this.countryIn(from + lead, from + lead + anaphor[0].length))
        : { id: "", kind: "person", text: trimmed.trim(), attribution: "before", name };
    }
    const candidate = this.firstCandidate(
      from,
      to,
      (c) =>
        c.end <= to &&
        this.mask[c.start] === 0 &&
        !this.words.objectMarkers.has(previousWord(this.text, from, c.start)) &&
        !(c.kind === "person" && this.words.genitiveStart.test(this.text.slice(c.end, c.end + 4))) &&
        (wordsBetween(this.text, from, c.start) <= 2 || (c.kind === "organisation" && this.describesOutlet(this.text.slice(from, c.start).trim())) || (c.kind === "person" && this.titleBefore(this.text.slice(from, c.start))))
    );
    if (candidate !== undefined) {
      const served = this.servedTitle(candidate, end, "before");
      if (served !== null) return served;
      const titled = this.nameAfterTitle(from, to, candidate);
      if (titled !== null) return titled;
      if (this.words.joint.test(this.text.slice(candidate.end, end))) return "joint";
      return candidate.kind === "organisation" ? this.organisationSubject(candidate, from + lead, to) : whoOf(candidate, "before");
    }
    if (!last) return undefined;
    // Someone the gazetteer does not know: "Seorang pejabat senior Rusia mengatakan …"; an outlet it does not
    // know: "…, the media reported".
    const phrase = trimmed.trim();
    // (A person's noun besides the outlet's makes a person: "An intelligence agency spokesman said".)
    if (((wordCount(phrase) <= 4 && this.words.relayNoun.test(phrase) && !this.personBeside(phrase)) || (wordCount(phrase) <= 6 && this.institutionNamed(phrase))) && !ANY_MARK.test(phrase)) {
      return { id: "", kind: "organisation", text: phrase, attribution: "before", name: phrase };
    }
    const described = this.describedPerson(phrase) || (/^\p{Lu}/u.test(phrase) && wordCount(phrase) <= 6);
    if ((described || this.personOf(phrase)) && !this.words.jointInside.test(phrase) && !ANY_MARK.test(phrase)) {
      return { id: this.personNamed(phrase, from), kind: "person", text: phrase, attribution: "before", name: phrase };
    }
    return null;
  }

  /**
   * "Presiden Rusia, Vladimir Putin dilaporkan mengatakan …" (KBS World's Indonesian sets its titles so): a title alone
   * in its chunk, with the name of a person right after its comma, is that person's; the title then says no more
   * than the name (and says nothing at all on a page without a date to find its holder by).
   */
  private nameAfterTitle(from: number, to: number, found: Candidate): Who | null {
    if (this.text[to] !== "," || (found.kind === "person" && found.id !== "" && found.via !== "title")) return null;
    const chunk = this.text.slice(from, to).trim();
    if (!this.describesPerson(chunk) || wordCount(chunk) > 6) return null;
    const named = this.candidates[lowerBound(this.candidates, to + 1)];
    if (named === undefined || named.kind !== "person" || named.via === "title" || named.id === "" || this.mask[named.start] === 1) return null;
    if (!/^,\s*$/u.test(this.text.slice(to, named.start))) return null;
    return { ...whoOf(named, "before"), text: this.text.slice(from, named.end).trim() };
  }

  /**
   * "the Kremlin aide", "ajudan Kremlin itu": a description with a determiner, naming no one, is the person the
   * article last introduced by that description right before a name ("Kremlin aide Yuri Ushakov"); null when none.
   */
  private introducedAs(phrase: string, position: number): Who | null {
    const description = this.words.undetermined(phrase);
    if (description === null || wordCount(description) < 2) return null;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(description).replace(/\s+/gu, "\\s+")}\\s+`, "giu");
    let found: Candidate | undefined;
    for (const m of this.text.slice(0, position).matchAll(pattern)) {
      const named = this.candidateAt.get(m.index + m[0].length);
      if (named !== undefined && named.kind === "person" && this.mask[named.start] === 0) found = named;
    }
    return found === undefined ? null : { ...whoOf(found, "before"), text: phrase, attribution: "carry-over" };
  }

  /**
   * An organisation is the subject only when it heads the phrase: "Juru bicara Kremlin Dmitry Peskov" is Peskov
   * speaking, "Seorang ajudan Kremlin" / "A Kremlin aide" an unnamed person of the Kremlin, "the Kremlin" the Kremlin.
   */
  private organisationSubject(org: Candidate, from: number, to: number): Who {
    const publication = this.publicationAround(org, from, to, "before");
    if (publication !== null) return publication;
    // "kantor berita resmi Rusia TASS", "North Korea's state news agency KCNA": the outlet, not the country.
    const outlet = this.outletNamedAfter(org, from, to);
    if (outlet !== undefined) return this.organisationSubject(outlet, outlet.start, to);
    // "DPRK's official Korean Central News Agency", "Russia's TASS": the possessor is not the one speaking.
    if (/^['’]s\s/u.test(this.text.slice(org.end, to))) {
      const head = this.firstCandidate(org.end, to, (c) => this.mask[c.start] === 0 && wordsBetween(this.text, org.end, c.start) <= 3);
      if (head !== undefined) return head.kind === "organisation" ? this.organisationSubject(head, head.start, to) : whoOf(head, "before");
    }
    const person = this.firstCandidate(org.end, to, (c) => c.kind === "person" && this.mask[c.start] === 0);
    if (person !== undefined && /^[\s\u00a0]*$/u.test(this.text.slice(org.end, person.start))) return whoOf(person, "before");
    // "Badan intelijen Rusia", "Russia's intelligence agency": an institution the lexicons lack, of a country.
    const modified = this.modifierOf(org, from, to, "before");
    if (modified !== null) return modified;
    const before = this.text.slice(from, org.start).trim();
    const head = before === "" || this.describesOutlet(before) || this.words.orgDeterminers.test(before) || /^[\p{L}\p{N}.-]+['’]s$/u.test(before);
    // (Capitalised as a title too: "Kremlin Aide Yury Ushakov".)
    const noun = /^\s+(\p{L}+)(?=\s)/u.exec(this.text.slice(org.end, to));
    const member = noun !== null && this.words.personNouns.test(noun[1]!);
    // "Kremlin deputy chief of staff Sergei Prikhodko, quoted by NTV, stressed": a title of several words between the
    // organisation and a person the gazetteer knows makes the organisation the title's, and the person the speaker.
    // A reporting verb between ("KCNA melaporkan Kim …", "the Kremlin said Putin …") is no title: the organisation
    // heads its own clause.
    const title = person === undefined ? "" : this.text.slice(org.end, person.start);
    if (head && !member && person !== undefined && TITLE_WORDS.test(title) && !verbMatcher(this.input.verbs).matcher.test(title)) {
      return { ...whoOf(person, "before"), text: this.text.slice(from, person.end).trim() };
    }
    if (head && !member) return whoOf(org, "before");
    // "Kremlin aide Yuri Ushakov later told", "… Ushakov on Friday said": a person the gazetteer knows right after
    // the noun is the speaker, whatever adverb stands between the name and the verb.
    if (member && person !== undefined && /^\s+$/u.test(this.text.slice(org.end + noun[0].length, person.start))) {
      return { ...whoOf(person, "before"), text: this.text.slice(from, person.end).trim() };
    }
    // "Kremlin spokesman Alexei Gromov": a name the gazetteer lacks after the noun is the person's.
    const name = member ? /^\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?=\s*$)/u.exec(this.text.slice(org.end + noun[0].length, to)) : null;
    const end = member ? org.end + noun[0].length + (name?.[0].length ?? 0) : org.end;
    const phrase = this.text.slice(from, end).trim();
    // "Media Rusia melaporkan", "Badan intelijen Rusia": the outlets or an institution of a country, not a person.
    const institution = this.words.relayNoun.test(phrase) || this.institutionNamed(phrase);
    // "the Kremlin aide said:", "Ajudan Kremlin itu mengatakan": the person the article introduced by that description.
    if (!institution && name === null) {
      const introduced = this.introducedAs(this.text.slice(from, to).trim(), from);
      if (introduced !== null) return introduced;
    }
    // "Kremlin aide Yuri Ushakov": a short name the gazetteer knows is that person.
    const id = name === null || institution ? "" : this.personNamed(phrase, from);
    return { id, kind: institution ? "organisation" : "person", text: phrase, attribution: "before", name: phrase };
  }

  /**
   * "The Washington Post": a publication whose name holds a name the lexicon knows as an organisation (Washington,
   * the United States) is itself the speaker, an organisation the lexicons lack; null when [from, to) is no such name.
   */
  private publicationAround(org: Candidate, from: number, to: number, attribution: Attribution): Who | null {
    const end = from + this.text.slice(from, to).trimEnd().length;
    const name = this.text.slice(from, end).trim();
    if (org.kind !== "organisation" || org.end >= end || !this.words.publicationName.test(name)) return null;
    return { id: "", kind: "organisation", text: name, attribution, name };
  }

  /**
   * A speaker phrase the lexicons lack that names an institution, not a person: a publication's name ("The New York
   * Times"), or a phrase with an institution's noun ("the South Korean intelligence agency", "badan intelijen Korea
   * Selatan") and no person's noun or title ("an agency official", "kepala badan …" are people).
   */
  private institutionNamed(phrase: string): boolean {
    if (this.words.publicationName.test(phrase)) return true;
    return this.words.orgNounIn.test(phrase) && !this.describesPerson(phrase);
  }

  /** Whether an organisation's name is a place's (a country, a capital): the state speaking, or a modifier of a noun. */
  private isPlace(org: Candidate): boolean {
    return this.placeEnds.get(org.start) === org.end;
  }

  /**
   * "Kantor berita", "Russian state news agency", "kantor berita resmi": a short description of an outlet, right
   * before its name — an outlet's noun and at most two words in lower case after it.
   */
  private describesOutlet(before: string): boolean {
    return wordCount(before) <= 4 && this.words.relayNoun.find(before).some((m) => OUTLET_MODIFIERS.test(before.slice(m.end)));
  }

  /**
   * "kantor berita Korut KCNA", "kantor berita resmi Rusia TASS", "North Korea's state news agency KCNA", "Russia's
   * RIA Novosti news agency": an organisation (a country, mostly) that only modifies an outlet's noun gives way to the
   * outlet the same phrase names right after it. The outlet's noun stands before the modifier, between the two
   * names, ends the modifier's own name ("North Korea's state media KCNA") or follows the outlet's. `from` is where
   * the phrase starts, `to` where it ends.
   */
  private outletNamedAfter(org: Candidate, from: number, to: number): Candidate | undefined {
    if (org.kind !== "organisation") return undefined;
    const next = this.firstCandidate(org.end, to, (c) => c.kind === "organisation" && c.end <= to && this.mask[c.start] === 0);
    if (next === undefined || next.id === "") return undefined;
    const between = this.text.slice(org.end, next.start);
    // Only a genitive and words in lower case between the two ("'s state news agency"), no comma or bracket.
    if (!/^(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+$/u.test(between)) return undefined;
    // "kantor berita Korea Utara KCNA": a description the lexicon knows as the outlet's, then its name.
    if (next.id === org.id) return next;
    const before = this.text.slice(from, org.start).trim();
    const nounBefore = before !== "" && this.describesOutlet(before);
    const nounBetween = this.words.relayNoun.test(between);
    const nounEnding = this.words.relayNoun.find(org.text).some((m) => m.end === org.text.length);
    if (!nounEnding && !this.isPlace(org)) return undefined;
    const nounAfter = this.words.relayNounAfter.test(this.text.slice(next.end, to)) && wordsBetween(this.text, next.end, to) <= 3;
    return nounBefore || nounBetween || nounEnding || nounAfter ? next : undefined;
  }

  /**
   * "badan intelijen Rusia", "Russia's intelligence agency", "pejabat Kemlu Rusia": a phrase in which an organisation
   * the lexicon knows only modifies the noun that heads it — an institution's noun before it (or after its genitive)
   * — is an institution the lexicons lack, or a person when a person's noun or title heads it; null when the
   * organisation heads the phrase itself.
   */
  private modifierOf(org: Candidate, from: number, to: number, attribution: Attribution): Who | null {
    if (org.kind !== "organisation" || !this.isPlace(org)) return null;
    const before = this.text.slice(from, org.start).trim();
    const genitive = /^['’]s((?:\s+\p{Ll}[\p{L}-]*){1,3})\s*$/u.exec(this.text.slice(org.end, to));
    const institution = (words: string) => this.words.orgNounIn.test(words) && !this.words.stateNounIn.test(words);
    const nounBefore = before !== "" && wordCount(before) <= 4 && /^\p{L}/u.test(before) && institution(before);
    const nounAfter = genitive !== null && (institution(genitive[1]!) || this.words.personNounIn.test(genitive[1]!));
    if (!nounBefore && !nounAfter) return null;
    const phrase = this.text.slice(from, to).trim();
    if (ANY_MARK.test(phrase) || wordCount(phrase) > 8) return null;
    const person = this.words.personNounIn.test(phrase) || this.words.titleIn.test(phrase);
    return { id: "", kind: person ? "person" : "organisation", text: phrase, attribution, name: phrase };
  }

  /** Comma-separated chunks of [start, end), outside quotation marks and brackets. */
  /** The person named right after the comma at `at` and closed by the next comma (", Ri Yong Ho,"); null when none. */
  private nameApposedAt(at: number): Who | null {
    if (this.text[at] !== ",") return null;
    const p = this.people[lowerBound(this.people, at)];
    if (p === undefined || this.mask[p.start] === 1 || !/^,\s*$/u.test(this.text.slice(at, p.start)) || !/^\s*,/u.test(this.text.slice(p.end))) return null;
    return { id: p.id, kind: "person", text: p.text, attribution: "before", name: p.text };
  }

  private chunks(start: number, end: number): Array<[number, number]> {
    const chunks: Array<[number, number]> = [];
    let from = start;
    let depth = 0;
    for (let i = start; i < end; i++) {
      const c = this.text[i]!;
      if (c === "(") depth++;
      else if (c === ")") depth = Math.max(0, depth - 1);
      else if (c === "," && depth === 0 && this.mask[i] === 0) {
        chunks.push([from, i]);
        from = i + 1;
      }
    }
    chunks.push([from, end]);
    return chunks.filter(([a, b]) => this.text.slice(a, b).trim() !== "");
  }

  /**
   * The person whose unambiguous short name ends `phrase` ("Lavrov", "Menlu Lavrov"), else, for a phrase of one
   * word, the one person named earlier in the article with that word in the name ("Ri" after "Ri Yong Ho",
   * "Sergei" after "Sergei Lavrov"): an article calls its people by part of the name it gave in full; else "".
   */
  private personNamed(phrase: string, position: number): string {
    const last = /(\p{Lu}[\p{L}'’-]*)$/u.exec(phrase)?.[1];
    // "An adviser to Putin" is not Putin.
    if (last === undefined || this.words.objectMarkers.has(previousWord(phrase, 0, phrase.length - last.length))) return "";
    const known = this.input.shortNames?.get(last.toLowerCase());
    if (known !== undefined || last !== phrase.trim()) return known ?? "";
    const word = last.toLowerCase();
    // '"…," kata Lav': a name the excerpt's cut left unfinished is the start of the name of someone named before.
    const cut = word.length >= CUT_NAME_LETTERS && truncated(this.text) && this.text.trimEnd().endsWith(phrase.trimEnd());
    const same = (w: string) => (cut ? w.toLowerCase().startsWith(word) : w.toLowerCase() === word);
    const ids = new Set<string>();
    for (const p of this.people) {
      if (p.start >= position) break;
      if (p.via === "title" || this.mask[p.start] === 1) continue;
      if (p.text.split(/[\s\u00a0\u2010\u2011-]+/u).some((w) => same(w) && /^\p{Lu}/u.test(w))) ids.add(p.id);
    }
    return ids.size === 1 ? [...ids][0]! : "";
  }

  // ---- relays ----

  /** The credit in a quote's sentence, outside its quotations: "dikutip dari Antara", "quoted by RIA". */
  private ownRelay(sentence: Sentence, who?: Who): { via: string; relayId: string } {
    for (const m of this.relayMatches(sentence)) {
      if (this.mask[sentence.start + m.start] === 1) continue;
      // "According to Rachel Lee, a senior analyst at …": a credit that names the speaker names no relay.
      if (who !== undefined && who.text !== "" && this.text.slice(sentence.start + m.end, sentence.end).trimStart().startsWith(who.text)) continue;
      const org = this.relayAt(sentence.start + m.end, sentence.end);
      if (org !== null) return { via: org.name, relayId: org.id };
    }
    // "…," kata Kim, menurut KCNA: a speaker's credit ("menurut", which names a speaker as often) with an
    // organisation right after it, not the one speaking, relays the sentence.
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (!this.words.accordingTo.has(cue.verb.verb) || this.mask[cue.start] === 1) continue;
      const first = this.organisations[lowerBound(this.organisations, cue.end)];
      if (first === undefined || !/^[ \u00a0]+$/u.test(this.text.slice(cue.end, first.start))) continue;
      // "according to Russia's TASS news agency": the outlet, not the country modifying it.
      const org = this.outletNamedAfter(first, cue.end, Math.min(sentence.end, first.end + 60)) ?? first;
      if (org.id === "" || org.id === who?.id) continue;
      return { via: org.name, relayId: org.id };
    }
    return { via: "", relayId: "" };
  }

  /** The outlet named right after a relay phrase; none when a person comes first ("according to Lavrov" is a speaker). */
  private relayAt(at: number, limit: number): { id: string; name: string } | null {
    const org = this.organisations[lowerBound(this.organisations, at)];
    const person = this.people[lowerBound(this.people, at)];
    const end = Math.min(limit, at + 60);
    if (person !== undefined && person.start < end && (org === undefined || person.start < org.start)) return null;
    // "According to Victor Cha, Pyongyang is …": an outlet past the credit phrase's comma is not what it credits.
    if (org !== undefined && org.start < end && !this.text.slice(at, org.start).includes(",")) {
      // "dilansir kantor berita Rusia RIA Novosti": the outlet, not the country modifying its noun.
      const outlet = this.outletNamedAfter(org, at, end) ?? org;
      return { id: outlet.id, name: outlet.name };
    }
    // An outlet the lexicon lacks ("dilansir dari Sputnik News"); capitalised words before a common noun
    // ("according to South Korean assessments") describe it and name no outlet.
    const m = /^\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})(\s+\p{Ll})?/u.exec(this.text.slice(at, limit));
    // The sentence's full stop is no part of the name ("dikutip dari Channel News Asia."); an initialism's is ("U.S.").
    return m === null || m[2] !== undefined ? null : { id: "", name: m[1]!.replace(/(?<=\p{L}{2})\.$/u, "") };
  }

  /** Relays credited for each of `paragraphs` as a whole: "menurut laporan media … (KCNA)", "…, lapor KCNA." */
  private paragraphRelays(paragraphs: ReadonlySet<number>): Map<number, { id: string; name: string }> {
    const relays = new Map<number, { id: string; name: string }>();
    for (const sentence of this.sentences) {
      if (!paragraphs.has(sentence.paragraph) || relays.has(sentence.paragraph)) continue;
      for (const m of this.relayMatches(sentence)) {
        const org = this.relayAt(sentence.start + m.end, sentence.end);
        if (org !== null && org.id !== "") {
          relays.set(sentence.paragraph, org);
          break;
        }
      }
      if (relays.has(sentence.paragraph)) continue;
      for (const cue of this.cuesIn.get(sentence) ?? []) {
        if (!this.words.relayVerbs.has(cue.verb.verb)) continue;
        const found = this.speakerOf(cue);
        const who = found === "joint" ? null : found;
        if (who !== null && who.kind === "organisation" && who.id !== "") {
          relays.set(sentence.paragraph, { id: who.id, name: who.name });
          break;
        }
      }
    }
    return relays;
  }

  /** The article's single source credit ("Sumber: Anadolu"); none when it credits several wires at once. */
  private articleRelay(): { id: string; name: string } | null {
    const relays = this.input.relays ?? [];
    if (relays.length !== 1) return null;
    const relay = relays[0]!.trim();
    if (relay === "" || this.words.pairedCredit.test(relay)) return null;
    const speaker = speakerByAlias(this.input.speakers ?? NO_SPEAKERS).get(relay.toLowerCase());
    return speaker === undefined ? { id: "", name: relay } : { id: speaker.speaker_id, name: speaker.name };
  }

  /**
   * A long quoted fragment with no verb of its own is the wording of whoever the paragraph credits ("…
   * berdasarkan "…." Lavrov menyampaikan salam Putin kepada Kim, lapor KCNA."), else of an agency quoted in a
   * neighbouring paragraph, since a readout's paragraphs are written from one source.
   */
  private creditParagraphs(drafts: Draft[]): void {
    // Only quotations attributed in their own right credit others: a credited fragment never passes its
    // credit on, so the set is fixed before any fragment is credited.
    const known = groupBy(
      drafts.filter((d) => !d.pending && d.kind !== "term" && d.speaker_kind !== "none" && d.attribution !== "paragraph"),
      (d) => d.paragraph
    );
    for (const draft of drafts) {
      if (!draft.pending) continue;
      draft.pending = false;
      const same = known.get(draft.paragraph) ?? [];
      const source =
        same.find((d) => d.char_start > draft.char_start) ??
        same.at(-1) ??
        [...(known.get(draft.paragraph - 1) ?? []), ...(known.get(draft.paragraph + 1) ?? [])]
          .filter((d) => d.speaker_kind === "organisation")
          .sort((a, b) => Math.abs(a.char_start - draft.char_start) - Math.abs(b.char_start - draft.char_start))[0];
      if (source === undefined) continue;
      draft.speaker_id = source.speaker_id;
      draft.speaker_text = source.speaker_text;
      draft.speaker_kind = source.speaker_kind;
      draft.attribution = "paragraph";
      draft.cue = source.paragraph === draft.paragraph ? source.cue : "";
    }
  }

  // ---- lookups ----

  /** Where a sentence's words begin: after the dateline when it opens the article. */
  private startOf(sentence: Sentence, limit: number): number {
    const body = this.bodyStarts.get(sentence.start);
    return body !== undefined && body <= limit ? body : sentence.start;
  }

  private sentenceAt(position: number): Sentence | undefined {
    const s = this.sentences[lowerBound(this.sentences, position + 1) - 1];
    return s !== undefined && position < s.end ? s : undefined;
  }

  /** The first candidate, in order, starting in [from, to) that passes `test`. */
  private firstCandidate(from: number, to: number, test: (c: Candidate) => boolean): Candidate | undefined {
    for (let i = lowerBound(this.candidates, from); i < this.candidates.length && this.candidates[i]!.start < to; i++) {
      if (test(this.candidates[i]!)) return this.candidates[i];
    }
    return undefined;
  }

  private findCues(): Cue[] {
    const { matcher, marked } = verbMatcher(this.input.verbs);
    const cues: Cue[] = [];
    const find = (sentence: Sentence, from: number, to: number) => {
      const text = from === sentence.start && to === sentence.end ? sentence.text : sentence.text.slice(from - sentence.start, to - sentence.start);
      for (const m of matcher.find(text)) {
        const start = from + m.start;
        if (this.mask[start] === 1) continue;
        // Verbs written alike but for spaces: the last one read, as a map by text keeps it.
        cues.push({ start, end: from + m.end, text: m.text, verb: m.values.at(-1)!, sentence });
      }
    };
    for (const sentence of this.sentences) {
      const { start, end } = sentence;
      if (marked || !this.mask.subarray(start, end).includes(1)) {
        find(sentence, start, end);
        continue;
      }
      // A verb inside quotation marks is no cue. With no mark in any verb, one outside them never runs into them, and
      // a mark is neither white space nor part of a word: the runs of text between the marks, read one by one, hold
      // what the whole sentence does outside them. Only those are read.
      for (let from = start; from < end; ) {
        while (from < end && this.mask[from] === 1) from++;
        let to = from;
        while (to < end && this.mask[to] === 0) to++;
        if (to > from) find(sentence, from, to);
        from = to;
      }
    }
    return cues;
  }

  /**
   * The relay phrases of a sentence, scanned once. A sentence cut cleanly from a paragraph with no relay phrase has
   * none: a phrase the sentence holds stands in the paragraph too, and where it starts and ends a word starts and
   * ends in the paragraph as well (the relay matcher binds letters and digits only), so the paragraph's scan finds
   * it or another phrase.
   */
  private relayMatches(sentence: Sentence): PhraseMatch<string>[] {
    let found = this.relaysIn.get(sentence);
    if (found === undefined) {
      const paragraph = this.paragraphs[lowerBound(this.paragraphs, sentence.start + 1) - 1];
      const clean =
        paragraph !== undefined &&
        paragraph.start <= sentence.start &&
        sentence.end <= paragraph.end &&
        (sentence.start === paragraph.start || !wordEndsAt(this.text, sentence.start)) &&
        (sentence.end === paragraph.end || !wordStartsAt(this.text, sentence.end));
      found = clean && !this.relayParagraphs.has(paragraph) ? [] : this.words.relay.find(sentence.text);
      this.relaysIn.set(sentence, found);
    }
    return found;
  }

  /**
   * Organisations and documents named in the body that can speak or relay, valid on the article's date, and the
   * paragraphs that hold a relay phrase. The three matchers read a paragraph in turn, so that the later ones reuse
   * the word starts the first found in it.
   */
  private scanParagraphs(): { organisations: Candidate[]; relayParagraphs: Set<Paragraph> } {
    const date = this.input.article.published;
    const valid = (a: SpeakerAlias) => validOn(a.speaker.valid_from, a.speaker.valid_to, date);
    const found: Candidate[] = [];
    const relayParagraphs = new Set<Paragraph>();
    // Acronyms (KCNA, AFP, AP) match in capitals only; other names whatever their case ("perjanjian", "Perjanjian").
    const matchers = speakerMatchers(this.input.speakers ?? NO_SPEAKERS);
    for (const paragraph of this.paragraphs) {
      const text = this.text.slice(paragraph.start, paragraph.end);
      if (this.words.relay.test(text)) relayParagraphs.add(paragraph);
      for (const [acronym, matcher] of matchers) {
        for (const m of matcher.find(text, valid)) {
          const key = acronym ? m.text : m.text.toLowerCase().replace(/[\s\u00a0]+/g, " ");
          const entry = m.values.find((a) => a.key === key);
          if (entry === undefined) continue;
          const start = paragraph.start + m.start;
          found.push({ start, end: start + m.text.length, text: m.text, id: entry.speaker.speaker_id, kind: entry.speaker.kind, via: entry.speaker.name, name: entry.speaker.name });
        }
      }
    }
    // The sort is stable and paragraphs do not overlap, so names alike in place keep the matchers' order.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // Sorted by start, a name overlaps an earlier one exactly when it starts before the furthest end so far.
    let reach = -Infinity;
    const organisations = found.filter((c) => {
      const free = c.start >= reach;
      reach = Math.max(reach, c.end);
      return free;
    });
    return { organisations, relayParagraphs };
  }
}

/** The reporting verbs in one matcher, compiled once per list: a verb is no part of a hyphenated word ("kata-kata"). */
const verbMatcher = once((verbs: readonly ReportingVerb[]) => ({
  matcher: new PhraseMatcher(verbs.map((v) => [v.verb, v] as const), { joiners: "-" }),
  /** Whether a verb holds a quotation mark or an apostrophe (see findCues). */
  marked: verbs.some((v) => ANY_MARK.test(v.verb) || v.verb.includes("'"))
}));

const NO_SPEAKERS: readonly Speaker[] = [];
const NO_SPANS: readonly Span[] = [];
const NO_CUES: readonly Cue[] = [];
/** Any quotation mark: text holding one holds (part of) a quotation. */
const QUOTE_MARK = /["“”„«»]/u;
/** The words at most between a reported clause's subject and its own reporting verb ("Kim Jong Un pun mengatakan"). */
const INNER_SUBJECT_GAP_WORDS = 2;
/** The words at most of a title written out before a name (see titleBefore): "Menteri Luar Negeri (Menlu) Korea Utara". */
const TITLE_BEFORE_WORDS = 8;
const NO_TERMS: readonly Term[] = [];

/** The terms as quotations are compared with them, once per list. */
const termSet = once((terms: readonly Term[]): TermSet => {
  const normalised = new Set(terms.map((t) => normaliseTerm(t.term)));
  let maxWords = 0;
  for (const term of normalised) maxWords = Math.max(maxWords, wordCount(term));
  return { normalised, maxWords };
});

interface TermSet {
  normalised: ReadonlySet<string>;
  /**
   * The most words in a term: a quotation with more is none, unread. Normalising keeps the count (lower case keeps
   * every character a letter, a digit or white space as it was; only white space and punctuation go).
   */
  maxWords: number;
}

interface SpeakerAlias {
  alias: string;
  /** What a match must read to be this alias: an acronym as written, another name in lower case with single spaces. */
  key: string;
  speaker: Speaker;
}

/** The first speaker with each alias (lower case), indexed once per list. */
const speakerByAlias = once((speakers: readonly Speaker[]) => {
  const byAlias = new Map<string, Speaker>();
  for (const speaker of speakers) for (const alias of speaker.aliases) if (!byAlias.has(alias.toLowerCase())) byAlias.set(alias.toLowerCase(), speaker);
  return byAlias;
});

/** Each speaker by id, indexed once per list. */
const speakerById = once((speakers: readonly Speaker[]) => new Map(speakers.map((speaker) => [speaker.speaker_id, speaker] as const)));

/** Every speaker's aliases, compiled once per list: the acronyms, matched in capitals only, then the other names. */
const speakerMatchers = once((speakers: readonly Speaker[]): Array<[acronym: boolean, PhraseMatcher<SpeakerAlias>]> => {
  const aliases = speakers.flatMap((speaker) =>
    speaker.aliases.map((alias): SpeakerAlias => ({ alias, key: isAcronym(alias) ? alias : alias.toLowerCase().replace(/\s+/g, " "), speaker }))
  );
  return [true, false]
    .map((acronym): [boolean, PhraseMatcher<SpeakerAlias>] => [acronym, new PhraseMatcher(aliases.filter((a) => isAcronym(a.alias) === acronym).map((a) => [a.alias, a] as const), { caseSensitive: acronym })])
    .filter(([, matcher]) => matcher.size > 0);
});

/** Short names that denote exactly one person in the gazetteer, lower-cased, for `FindQuotesInput.shortNames`. */
export function shortNames(gazetteer: Pick<Gazetteer, "personAliases">): Map<string, string> {
  const ids = new Map<string, Set<string>>();
  for (const alias of gazetteer.personAliases) {
    if (alias.kind !== "short") continue;
    const key = alias.alias.toLowerCase();
    ids.set(key, (ids.get(key) ?? new Set()).add(alias.person_id));
  }
  return new Map([...ids].filter(([, set]) => set.size === 1).map(([key, set]) => [key, [...set][0]!]));
}

/**
 * End of a dateline opening the first paragraph ("Moskow (ANTARA) - ", "Pyongyang, CNN Indonesia -- ", "BEIJING, July
 * 20 Kyodo - ", "SEOUL/MOSCOW, June 19 (Reuters) - ": a story filed from two desks names both with a slash).
 */
function datelineEnd(text: string, start: number, end: number): number {
  const m = /^\p{Lu}[\p{L}\p{N}./]*(?:,?\s[\p{Lu}\p{N}][\p{L}\p{N}./]*){0,4}(?:\s?\([^()]{1,30}\))?\s?[-–—:]{1,2}\s+/u.exec(text.slice(start, end));
  return m === null ? start : start + m[0].length;
}

function speakerFields(who: Who): Pick<Draft, "speaker_id" | "speaker_text" | "speaker_kind" | "attribution"> {
  return { speaker_id: who.id, speaker_text: who.text, speaker_kind: who.kind, attribution: who.attribution };
}

/** How far before a title a person's noun may begin ("juru bicara" and the spaces after it). */
const SERVED_REACH = 30;

/** How far before a person's name the words that introduced them may start ("Kremlin foreign policy aide Yuri Ushakov"). */
const INTRODUCTION_REACH = 40;

/** Whether an unnamed speaker's description ("a Kremlin aide") holds every longer word of a title referring back to
 * someone ("the Kremlin aide", "ajudan Kremlin itu"): the same person, whatever country the title names. */
function describes(description: string, title: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3);
  const described = new Set(description.toLowerCase().split(/[^\p{L}]+/u));
  return words.length > 0 && words.every((w) => described.has(w));
}

function whoOf(candidate: Candidate, position: "before" | "after"): Who {
  // A person named by a title alone ("kata Juru Bicara Kremlin") was resolved through the gazetteer's titles.
  const attribution: Attribution = candidate.kind === "person" && candidate.via === "title" ? "title" : position;
  return { id: candidate.id, kind: candidate.kind, text: candidate.text, attribution, name: candidate.name };
}

/** Whether every word of a short quotation is capitalised (or a number): a name or a title, not a statement. */
function isName(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const capital = (w: string) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w);
  // A short joining word in small letters between capitalised ones belongs to the name ("Voice of Korea").
  const joining = (w: string, i: number) => i > 0 && i < words.length - 1 && /^\p{Ll}{1,3}$/u.test(w);
  return words.length > 0 && words.every((w, i) => capital(w) || joining(w, i));
}

/** Whether a letter or a digit ends just before `at`, or `at` splits a character in two. */
function wordEndsAt(text: string, at: number): boolean {
  return /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at)) || splitsPair(text, at);
}

/** Whether a letter or a digit starts at `at`, or `at` splits a character in two. */
function wordStartsAt(text: string, at: number): boolean {
  return /^[\p{L}\p{N}]/u.test(text.slice(at, at + 2)) || splitsPair(text, at);
}

function splitsPair(text: string, at: number): boolean {
  return pairAt(text, at - 1);
}

/** Whether the code units at `i` and `i + 1` are one character, a surrogate pair. */
function pairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function hyphenated(text: string, candidate: { start: number; end: number }): boolean {
  return text[candidate.start - 1] === "-" || text[candidate.end] === "-";
}

/**
 * The last run of letters in the 40 characters before `position` (from `from` on), lower-cased; "" for none. Read
 * backwards from `position`: an expression anchored at the end would be tried from every character of the window.
 */
function previousWord(text: string, from: number, position: number): string {
  const window = text.slice(Math.max(from, position - 40), position);
  let end = window.length;
  while (end > 0 && !isLetter(codePointBefore(window, end))) end -= charWidthBefore(window, end);
  let start = end;
  while (start > 0 && isLetter(codePointBefore(window, start))) start -= charWidthBefore(window, start);
  return window.slice(start, end).toLowerCase();
}

const LETTER = /\p{L}/u;

function isLetter(cp: number): boolean {
  return cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : LETTER.test(String.fromCodePoint(cp));
}

/** 2 where a surrogate pair ends at `at`, else 1. */
function charWidthBefore(text: string, at: number): 1 | 2 {
  return at >= 2 && pairAt(text, at - 2) ? 2 : 1;
}

/** The code point that ends at `at` (a lone surrogate as itself). */
function codePointBefore(text: string, at: number): number {
  return charWidthBefore(text, at) === 2 ? text.codePointAt(at - 2)! : text.charCodeAt(at - 1);
}

function wordsBetween(text: string, from: number, to: number): number {
  return wordCount(text.slice(from, to));
}

/** Whether `text` is a name written out: two to four capitalised words ("Sydney Seiler", "Randy Wirasta Nandyatama"). */
function isNameRun(text: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(text);
}

/** How many runs of characters between white space hold a letter or a digit. Counted in place, with no array of words. */
export function wordCount(text: string): number {
  let count = 0;
  /** Whether the run being read has been counted. */
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if (c < 128) counted = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);
    else {
      const cp = text.codePointAt(i)!;
      counted = WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (counted) count++;
  }
  return count;
}

const SPACE = /\s/u;
/** What may follow an outlet's noun in its description: at most two words in lower case ("kantor berita resmi"). */
const OUTLET_MODIFIERS = /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*$/u;
/** The first word of a text, after any white space. */
// The fewest letters of a cut name that can stand for a name ("Lav…" for Lavrov; not "K…").
const CUT_NAME_LETTERS = 3;

const FIRST_WORD = /^\s*([\p{L}]+)/u;

/** The first word of a text, in lower case ("" when it opens with no letter). */
function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[1]?.toLowerCase() ?? "";
}
/** What a reported clause does not end with: white space and punctuation. */
const CLAUSE_TRAIL = /[\s.,;:!?]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function normaliseTerm(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/gu, " ").replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/gu, "");
}

function isAcronym(alias: string): boolean {
  return /^[\p{Lu}\p{N}&.-]{2,}$/u.test(alias);
}

function validOn(from: string, to: string, date: string): boolean {
  if (from === "" && to === "") return true;
  if (date === "") return false;
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (from === "" || from <= last) && (to === "" || first <= to);
}

/** 1-based line of each of `positions` (ascending) in one pass over the text. */
function lineNumbers(text: string, positions: readonly number[]): number[] {
  let line = 1;
  let i = text.indexOf("\n");
  return positions.map((position) => {
    for (; i >= 0 && i < position; i = text.indexOf("\n", i + 1)) line++;
    return line;
  });
}

function preview(text: string, open: number): string {
  const rest = text.slice(open + 1, open + 62).split("\n")[0] ?? "";
  return rest.length <= 60 ? rest : `${rest.slice(0, 59)}…`;
}

/** The rows of one article, sorted by start: `rows` themselves when they are so already, as the segmenter gives them. */
function ownRows<T extends { article_id: string; start: number }>(rows: readonly T[], article_id: string): readonly T[] {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.article_id !== article_id || (i > 0 && rows[i - 1]!.start > rows[i]!.start)) {
      return rows.filter((row) => row.article_id === article_id).sort((a, b) => a.start - b.start);
    }
  }
  return rows;
}

/** Spans sorted by their opening mark: `spans` themselves when so already (a nested span is found before the one
 * around it, which closes later). */
function byOpen(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.open > spans[i]!.open) return [...spans].sort((a, b) => a.open - b.open);
  return spans;
}

/** Index of the first row whose start is at least `position`, in rows sorted by start. */
function lowerBound(rows: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(row);
  }
  return groups;
}
