// One article's indexes for the quote finder (sentences, paragraphs, reporting verbs, quotation spans, the people
// and organisations that could speak, by position) and the state of its walk through the article (the last speaker,
// the sources quoted so far). The readings in speaker.ts, names.ts, … are functions of it; quotes.ts walks it.
import { wireDatelineLength } from "../dates.ts";
import { type PhraseMatch, PhraseMatcher, once } from "../lang/matcher.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import type { Paragraph, Sentence } from "../types.ts";
import type { Speaker, Term } from "./quote-lexicons.ts";
import { type Span, findSpans } from "./quote-spans.ts";
import { NO_SPEAKERS, groupBy, lowerBound, normaliseTerm, verbMatcher, wordCount } from "./quote-text.ts";
import type { Candidate, Cue, Draft, FindQuotesInput, SpeakerAlias, TermSet, Who } from "./quote-types.ts";
import { type QuoteWords, quoteWords } from "./quote-words.ts";

// A dateline opens one of the first paragraphs: after a headline, a byline or a "Published" line.
const DATELINE_PARAGRAPHS = 3;
// How far down a page cut with its furniture a credited dateline ("Pyongyang (ANTARA) - ") is still looked for.
const DATELINE_FURNITURE_PARAGRAPHS = 8;
// How far into a paragraph its dateline's date is looked for: a few place words, a date and an agency.
const DATELINE_CHARS = 100;
const NO_TERMS: readonly Term[] = [];

/** The terms as quotations are compared with them, once per list. */
const termSet = once((terms: readonly Term[]): TermSet => {
  const normalised = new Set(terms.map((t) => normaliseTerm(t.term)));
  let maxWords = 0;
  for (const term of normalised) maxWords = Math.max(maxWords, wordCount(term));
  return { normalised, maxWords };
});

/** Every speaker's aliases, compiled once per list: the acronyms, matched in capitals only, then the other names. */
const speakerMatchers = once((speakers: readonly Speaker[]): Array<[acronym: boolean, PhraseMatcher<SpeakerAlias>]> => {
  const aliases = speakers.flatMap((speaker) =>
    speaker.aliases.map((alias): SpeakerAlias => ({ alias, key: isAcronym(alias) ? alias : alias.toLowerCase().replace(/\s+/g, " "), speaker }))
  );
  return [true, false]
    .map((acronym): [boolean, PhraseMatcher<SpeakerAlias>] => [acronym, new PhraseMatcher(aliases.filter((a) => isAcronym(a.alias) === acronym).map((a) => [a.alias, a] as const), { caseSensitive: acronym })])
    .filter(([, matcher]) => matcher.size > 0);
});

/**
 * End of a dateline opening the first paragraph ("Moskow (ANTARA) - ", "Pyongyang, CNN Indonesia -- ", "BEIJING, July
 * 20 Kyodo - ", "SEOUL/MOSCOW, June 19 (Reuters) - ": a story filed from two desks names both with a slash).
 */
function datelineEnd(text: string, start: number, end: number): number {
  const m = /^\p{Lu}[\p{L}\p{N}./]*(?:,?\s[\p{Lu}\p{N}][\p{L}\p{N}./]*){0,4}(?:\s?\([^()]{1,30}\))?\s?[-–—:]{1,2}\s+/u.exec(text.slice(start, end));
  return m === null ? start : start + m[0].length;
}

function hyphenated(text: string, candidate: { start: number; end: number }): boolean {
  return text[candidate.start - 1] === "-" || text[candidate.end] === "-";
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

/** The rows of one article, sorted by start: `rows` themselves when they are so already, as the segmenter gives them. */
function ownRows<T extends { article_id: string; start: number }>(rows: readonly T[], article_id: string): readonly T[] {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.article_id !== article_id || (i > 0 && rows[i - 1]!.start > rows[i]!.start)) {
      return rows.filter((row) => row.article_id === article_id).sort((a, b) => a.start - b.start);
    }
  }
  return rows;
}

export class FinderState {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly mask: Uint8Array;
  readonly spans: Span[];
  readonly unclosed: number[];
  readonly cues: Cue[];
  readonly candidates: Candidate[];
  readonly people: EntityMention[];
  /** Where the places the recogniser found start, with their ends: an organisation that is a place is a state speaking. */
  readonly placeEnds = new Map<number, number>();
  /** The side each organisation of the lexicon speaks for (speakers.csv's country): a state's name is its own. */
  readonly speakerCountries: ReadonlyMap<string, string>;
  readonly organisations: Candidate[];
  /** The paragraphs that hold a relay phrase ("dilansir dari", "quoted by"), from the same scan as the organisations. */
  readonly relayParagraphs: Set<Paragraph>;
  /** The relay phrases of each sentence read so far (see relayMatches). */
  readonly relaysIn = new Map<Sentence, PhraseMatch<string>[]>();
  /** Whether each verb asked about so far closes the clause it reports (see closesClause). */
  readonly closingCues = new Map<Cue, boolean>();
  /** The head of the clause after each verb asked about so far (see clauseHead). */
  readonly clauseHeads = new Map<Cue, { length: number; opened: boolean } | null>();
  readonly terms: TermSet;
  /** Where the words of each paragraph that opens with a dateline begin, by paragraph start. */
  readonly bodyStarts: Map<number, number>;
  readonly words: QuoteWords;
  // Lookups by sentence and by offset: an archive article can hold tens of thousands of sentences, cues and
  // quotations, and a scan of the whole article for each of them would make the stage quadratic.
  readonly sentenceIndex: Map<Sentence, number>;
  readonly cuesIn: Map<Sentence, Cue[]>;
  readonly spansIn: Map<Sentence, Span[]>;
  readonly cueAt: Map<number, Cue>;
  readonly candidateAt: Map<number, Candidate>;
  lastSpeaker: Who | null = null;
  /** The last person who spoke: whom a person's pronoun ("he said", "kata dia") refers back to (see carry). */
  lastPerson: Who | null = null;
  /** Set while `carry` looks at the sentence before, so that it looks back one sentence only. */
  carrying = false;
  /** The last paragraph with an attributed quotation so far (see nearPrevious). */
  lastSpokenParagraph = -Infinity;
  /** The index of the last sentence with an attributed statement so far (see spokeJustBefore). */
  lastSpokenSentence = -Infinity;
  readonly accepted: Draft[] = [];
  /**
   * The organisations quoted, or credited as a relay, so far, by where their statement starts (see
   * sourceReferredTo): what "it said" and "the report said" refer back to.
   */
  readonly sources: Array<{ start: number; id: string; name: string }> = [];

  constructor(readonly input: FindQuotesInput) {
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
      const own = datelineEnd(this.text, p.start, p.end);
      const credit = own > p.start && /[-–—]{1,2}\s+$/u.test(this.text.slice(p.start, own));
      // A page cut with its furniture (a section, a headline, a date line, a byline) pushes the story's first
      // paragraph further down: past the first few, only a place and a credit before a dash ("Pyongyang (ANTARA) - "),
      // and only when none opened the story before — a label ("Lavrov: ") there is an interview's, and a date there
      // ("Media Korea Utara, KCNA, Kamis (27/7/2023) mengungkapkan") the date of a statement, not a dateline.
      if (i >= DATELINE_PARAGRAPHS && (credited || !credit)) continue;
      // (The wire dateline is read only where it counts: its dates are read whole, chrono's included.)
      const end = i >= DATELINE_PARAGRAPHS ? own : Math.max(own, p.start + wireDatelineLength(this.text.slice(p.start, Math.min(p.end, p.start + DATELINE_CHARS)), input.pack));
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

  /** Whether the sentence right before this one (in this paragraph or ending the one before) holds a statement. */
  spokeJustBefore(sentence: Sentence): boolean {
    const i = this.sentenceIndex.get(sentence) ?? -1;
    return this.lastSpeaker !== null && this.lastSpokenSentence === i - 1 && this.sentences[i - 1]!.paragraph >= sentence.paragraph - 1;
  }

  draft(start: number, end: number, sentence: Sentence): Draft {
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

  /** Where a sentence's words begin: after the dateline when it opens the article. */
  startOf(sentence: Sentence, limit: number): number {
    const body = this.bodyStarts.get(sentence.start);
    return body !== undefined && body <= limit ? body : sentence.start;
  }

  sentenceAt(position: number): Sentence | undefined {
    const s = this.sentences[lowerBound(this.sentences, position + 1) - 1];
    return s !== undefined && position < s.end ? s : undefined;
  }

  /** The first candidate, in order, starting in [from, to) that passes `test`. */
  firstCandidate(from: number, to: number, test: (c: Candidate) => boolean): Candidate | undefined {
    for (let i = lowerBound(this.candidates, from); i < this.candidates.length && this.candidates[i]!.start < to; i++) {
      if (test(this.candidates[i]!)) return this.candidates[i];
    }
    return undefined;
  }

  findCues(): Cue[] {
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
   * Organisations and documents named in the body that can speak or relay, valid on the article's date, and the
   * paragraphs that hold a relay phrase. The three matchers read a paragraph in turn, so that the later ones reuse
   * the word starts the first found in it.
   */
  scanParagraphs(): { organisations: Candidate[]; relayParagraphs: Set<Paragraph> } {
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
