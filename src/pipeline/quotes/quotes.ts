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
//
// QuoteFinder (this file) walks an article's quotations over the indexes of finder-state.ts; the readings it asks
// about live beside it, each a function of that state: speaker.ts (who speaks through a verb), names.ts,
// organisations.ts, attribution-after.ts (the speaker named after a quotation), reported-clause.ts and
// clause-bounds.ts (reported speech), relays.ts; quote-text.ts holds the small text readings they share.
export type { Attribution, FindQuotesInput, Quote, QuoteKind, SpeakerKind } from "./quote-types.ts";
export { findSpans } from "./quote-spans.ts";
export { shortNames } from "./quote-text.ts";
import type { Finding, Paragraph, Sentence } from "../types.ts";
import { attributionAfter } from "./attribution-after.ts";
import { closesClause } from "./clause-bounds.ts";
import { statementBeforeColon } from "./colon-statement.ts";
import { FinderState } from "./finder-state.ts";
import { personNamed } from "./names.ts";
import { ANY_MARK, type Span } from "./quote-spans.ts";
import { namesDocument, namesThing } from "./named-thing.ts";
import { LOOKBACK, NOBODY, NO_CUES, NO_SPEAKERS, isNameRun, lowerBound, normaliseTerm, speakerById, speakerFields, whoOf, wordCount, wordsBetween } from "./quote-text.ts";
import { CONTINUED_MAX_PARAGRAPHS, continuesTurn, turnIn } from "./quote-turns.ts";
import type { Cue, Draft, FindQuotesInput, Quote, Who } from "./quote-types.ts";
import { articleRelay, creditParagraphs, ownRelay, paragraphRelays, relayFor, relayOnly } from "./relays.ts";
import { indirect } from "./reported-clause.ts";
import { closingSubject, speakerAfter, speakerOf, speakerPhraseEnd, subjectBefore, subjectIn, subjectOfQuotedVerb } from "./speaker.ts";
import { pairWording } from "./joint-subject.ts";

// A quoted fragment of at most this many words that nobody is reported as saying is a label ("konsultasi
// strategis"), not a statement; longer unattributed fragments are somebody's wording.
const TERM_MAX_WORDS = 3;
// A single-quoted phrase inside a quotation of at most this many words is a scare-quoted label ('perang suci');
// longer ones are a quotation within the quotation, part of the outer statement.
const NESTED_TERM_MAX_WORDS = 4;

// Words at most between two quotations one credit after the last of them covers ("…," among which will be "…").
const CHAIN_MAX_WORDS = 6;

// A headline is one line of at most this many words (the longest wire headlines run to about twenty).
const HEADLINE_MAX_WORDS = 25;
// Unclosed quotation marks reported one by one in an article; the rest are counted in one more finding.
const UNCLOSED_REPORTED = 20;

/** Every quotation in `article`'s body, numbered by position, and a warning for each quotation mark never closed. */
export function findQuotes(input: FindQuotesInput): { quotes: Quote[]; findings: Finding[] } {
  return new QuoteFinder(input).run();
}

class QuoteFinder extends FinderState {
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
          draft = indirect(this, cue);
          // "went on to say that …", "continued to say that …": two verbs of one statement report its clause once.
          const before = drafts.at(-1);
          if (draft !== null && before !== undefined && before.char_start === draft.char_start && before.char_end === draft.char_end) continue;
        }
        if (draft === null) continue;
        drafts.push(draft);
        if (draft.kind !== "term" && draft.speaker_kind !== "none") {
          this.lastSpokenParagraph = Math.max(this.lastSpokenParagraph, draft.paragraph);
          this.lastSpokenSentence = this.sentenceIndex.get(sentence) ?? this.lastSpokenSentence;
        }
        // (Not a pair speaking as one, "Kim and Putin said": a pronoun after it is neither's.)
        if (draft.kind !== "term" && draft.speaker_kind !== "none" && !draft.pending && draft.attribution !== "joint") {
          this.lastSpeaker = { id: draft.speaker_id, kind: draft.speaker_kind, text: draft.speaker_text, attribution: "carry-over", name: draft.speaker_text };
          if (draft.speaker_kind === "person") this.lastPerson = this.lastSpeaker;
        }
        if (draft.kind !== "term") this.noteSource(draft);
      }
    }
    creditParagraphs(this, drafts);
    // Only the paragraphs of statements with no credit of their own are asked about.
    const uncredited = new Set<number>();
    for (const draft of drafts) if (draft.kind !== "term" && draft.via === "") uncredited.add(draft.paragraph);
    const relayed = paragraphRelays(this, uncredited);
    const fallback = articleRelay(this);
    const quotes = drafts
      .sort((a, b) => a.char_start - b.char_start || a.char_end - b.char_end)
      .map((draft, i): Quote => {
        let via = draft.via;
        let viaId = draft.relayId;
        if (draft.kind !== "term" && via === "") {
          const relay = relayed.get(draft.paragraph) ?? fallback;
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
  unclosedFindings(): Finding[] {
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

  quote(span: Span): Draft | null {
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
    // "signed a "Comprehensive Strategic Partnership Treaty", according to …": a name, whoever is credited after.
    if (!atStart && !this.isHeadline(sentence) && namesThing(this.text.slice(sentence.start, span.open), text, this.words.nameDeterminerEnd, (t) => this.isTitle(t))) return term();
    // "… signing of a Russian-North Korean "treaty of friendship, …"": a document's name in lower case, unless a
    // credit right after the marks makes the words someone's ('called for a "deal on guarantees, which we need now,"
    // Kim told Putin').
    if (!atStart && !this.isHeadline(sentence) && namesDocument(this.text.slice(sentence.start, span.open), text, this.words.documentLead, this.words.documentNameStart) && attributionAfter(this, span, closing, atStart) === null) return term();
    const before = this.cueBefore(span, sentence);
    // Lavrov menjanjikan "dukungan penuh" Moskow untuk Kim dan menuduh …: words quoted inside a reporting verb's
    // clause and run on into it, with no punctuation closing them, are that verb's object; a verb further on
    // attributes nothing to them.
    const runOn = !atStart && before !== null && !/[,.!?;:…]\s*$/u.test(text) && /^\s*[\p{L}\p{N}]/u.test(this.text.slice(span.close + 1, closing.end));
    const after = runOn ? null : attributionAfter(this, span, closing, atStart);
    const relay = (who: Who) => relayFor(this, who, closing);

    if (after !== null) {
      // "Kim berjanji untuk "…," sebut KCNA", "Putin said the document "…", said the report": the agency or the
      // report relays; the speaker is the subject of the verb whose clause holds the words.
      if (!atStart && before !== null && relayOnly(this, after.who)) {
        const subject = speakerOf(this, before);
        // (An organisation too, when "according to" credits another: "The Kremlin confirmed … "…," according to
        // Russia's TASS news agency".)
        const credited = (who: Who) => who.kind === "organisation" && who.id !== "" && who.id !== after.who.id && this.words.accordingTo.has(after.cue.verb.verb);
        if (subject !== null && subject !== "joint" && (subject.kind === "person" || credited(subject))) {
          return { ...base, ...speakerFields(subject), kind: "partial", cue: before.text, via: after.who.name, relayId: after.who.id };
        }
      }
      return { ...base, ...speakerFields(after.who), kind: atStart ? "direct" : "partial", cue: after.cue.text, ...relay(after.who) };
    }
    // ""We are ready," and "we will not retreat," Kim said": the one credit closing the sentence is every quotation's.
    const chained = atStart ? this.chainedAttribution(span, sentence) : null;
    if (chained !== null) return { ...base, ...speakerFields(chained.who), kind: "direct", cue: chained.cue.text, ...relay(chained.who) };
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
    if (!atStart && ((words <= NESTED_TERM_MAX_WORDS && isName(text)) || (words <= 1 && !this.endsReport(span, closing, before) && !this.predicateReported(span, before) && !this.ownStance(span, before)))) return term();
    if (before !== null) {
      const who = speakerOf(this, before);
      // (A pair speaking as one: a short quotation only after a word of naming, joint-subject.ts pairWording.)
      if (who !== null && who !== "joint" && who.attribution === "joint" && !pairWording(this, before.start, span.open, words, TERM_MAX_WORDS)) return term();
      if (who !== null && who !== "joint") {
        const anchor = before.verb.speaker === "after" ? speakerPhraseEnd(this, before) : before.end;
        // Direct only when the marks hold the whole rest of the sentence: "Lavrov menyatakan bahwa "…."", or
        // "Peskov told reporters: "…."" — a colon hands the sentence over to the quotation whatever comes before it.
        const lead = this.text.slice(anchor, span.open);
        // So does a comma before a quotation that opens with a capital ("Lavrov told reporters in Moscow, "We …."").
        const handed = /:\s*$/u.test(lead) || (/,\s*$/u.test(lead) && /^\p{Lu}/u.test(text));
        // (A verb that reports no speech without marks, "berharap", "pledged", hands over a whole sentence only by a
        // colon or a comma: "Kim berharap "pertemuan itu …"" quotes what he hoped for, not a statement.)
        const direct = ((before.verb.indirect && this.words.bareLead.test(lead)) || handed) && this.endsSentence(span, closing);
        return { ...base, ...speakerFields(who), kind: direct ? "direct" : "partial", cue: before.text, ...relay(who) };
      }
    }
    const stated = before === null ? statementBeforeColon(this, span, sentence) : null;
    if (stated !== null) return { ...base, ...speakerFields(stated), kind: this.endsSentence(span, closing) ? "direct" : "partial", cue: "", ...relay(stated) };
    // Kim "menyatakan harapan bahwa …", Putin "expressed hope that …": the marks open on the reporting verb itself,
    // so the person named right before them is its subject and the words theirs.
    const verbFirst = atStart ? null : subjectOfQuotedVerb(this, span, sentence, text);
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
        subjectBefore(this, sentence) ??
        (this.lastSpeaker !== null && (this.nearPrevious(sentence) || this.afterAside(sentence)) ? this.lastSpeaker : null);
      return { ...base, ...speakerFields(who ?? NOBODY), kind: "direct", cue: "", ...(who === null ? ownRelay(this, closing) : relay(who)) };
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
  headlineQuote(span: Span, sentence: Sentence): { cue: Cue | null; who: Who } | null {
    if (!this.isHeadline(sentence)) return null;
    // "Peskov: 'Tidak Ada Rencana'", "Ushakov: Putin and Kim discussed 'all aspects' of partnership": a headline
    // names its speaker before a colon, unless a reporting verb after the colon has a subject of its own
    // ("Kremlin: Putin calls Kim 'a friend'").
    const colon = /^([^:"“”«»]{1,60}):/u.exec(this.text.slice(sentence.start, span.open));
    const cue = (this.cuesIn.get(sentence) ?? []).filter((c) => c.end <= span.open).at(-1) ?? null;
    const afterColon = colon === null ? sentence.start : sentence.start + colon[0].length;
    // (The subject after the colon may be a short name the body gives in full further down, or one it leaves
    // ambiguous: "Putin in North Korea: Kim hails 'most powerful treaty ever'" is not Putin's.)
    const ownSubject = (to: number) => subjectIn(this, afterColon, to) !== null || isNameRun(this.text.slice(afterColon, to).trim()) || /^\p{Lu}[\p{L}'’-]*$/u.test(this.text.slice(afterColon, to).trim());
    const labelled = colon !== null && (cue === null || cue.start < afterColon || !ownSubject(cue.start));
    const end = labelled ? sentence.start + colon[1]!.length : cue?.start;
    if (end === undefined) return null;
    const from = labelled || colon === null ? sentence.start : afterColon;
    const found = subjectIn(this, from, end);
    if (found === "joint") return null;
    if (found !== null && found.id !== "") return { cue, who: found };
    // "Kim tells Putin …", "N. Korea's Choe says …": a short name the body gives in full further down (the
    // possessor is not the one speaking).
    const phrase = this.text.slice(from, end).trim().replace(/^.*['’]s\s+/u, "");
    const id = personNamed(this, phrase, this.text.length);
    // A name after the colon speaks even when the article leaves it ambiguous (Kim Jong Un and Kim Jong Il below).
    return id === "" && from === sentence.start ? null : { cue, who: { id, kind: "person", text: phrase, attribution: "before", name: phrase } };
  }

  /**
   * `"Kami siap," dan "kami tidak akan mundur," kata Kim`, `"Several documents will be signed," among which will be
   * "…", Ushakov was quoted as saying`: a quotation opening its sentence with no credit of its own, followed within a
   * few words by another (or a run of them) whose credit closes the sentence, is the same speaker's, when the words
   * between name nobody and report nothing (a verb or a name between credits the quotations apart).
   */
  chainedAttribution(span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
    const spans = byOpen(this.spansIn.get(sentence) ?? NO_SPANS);
    const cues = this.cuesIn.get(sentence) ?? NO_CUES;
    let last = span;
    for (const next of spans) {
      if (next.open <= last.close || next.nested) continue;
      const between = this.text.slice(last.close + 1, next.open);
      if (wordCount(between) > CHAIN_MAX_WORDS || /[.!?;:]/u.test(between)) return null;
      if (cues.some((c) => c.start > last.close && c.start < next.open)) return null;
      if (this.candidates.some((c) => c.start > last.close && c.start < next.open)) return null;
      const closing = this.sentenceAt(next.close) ?? sentence;
      const after = attributionAfter(this, next, closing, false);
      if (after !== null) return after;
      last = next;
    }
    return null;
  }

  /**
   * `"Kami siap," kata Choe, "bekerja sama …."`, `"We are ready," she said, "to cooperate …"`: a quotation resumed
   * in the same sentence right after the attribution of the one before it continues that statement, with its speaker.
   */
  resumed(span: Span, sentence: Sentence): Pick<Draft, "speaker_id" | "speaker_text" | "speaker_kind" | "attribution" | "cue" | "via" | "relayId"> | null {
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
  labelledBy(span: Span): Who | null {
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
  labelSpeaker(name: string, at: number, paragraphStart: number): Who | null {
    const candidate = this.firstCandidate(at, at + name.length, () => true);
    if (candidate !== undefined) return candidate.kind === "person" && candidate.end <= at + name.length ? whoOf(candidate, "before") : null;
    const id = personNamed(this, name, at);
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
  findTurns(): Map<Sentence, Draft> {
    const turns = new Map<Sentence, Draft>();
    const unmarked = (from: number, to: number) => !this.spans.some((span) => span.open >= from && span.open < to);
    const said = (who: Who, start: number, end: number): void => {
      const sentence = this.sentenceAt(start);
      if (sentence !== undefined) turns.set(sentence, { ...this.draft(start, end, sentence), ...speakerFields(who), kind: "direct", ...relayFor(this, who, sentence) });
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
  isHeadline(sentence: Sentence): boolean {
    const first = this.paragraphs[0];
    if (first === undefined || this.paragraphs.length < 2 || sentence.paragraph !== first.paragraph) return false;
    const line = this.text.slice(first.start, first.end).replace(/[\s"“”'‘’«»]+$/u, "");
    return !line.includes("\n") && !/[.!?:;,]$/u.test(line) && wordCount(line) <= HEADLINE_MAX_WORDS;
  }

  /** Whether every word is capitalised but the pack's function words, as in a title ("On the Party's Policy"). */
  isTitle(text: string): boolean {
    const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const minor = words.filter((w) => this.words.minor.has(w.replace(/[^\p{L}]/gu, "").toLowerCase()) && !/^[^\p{L}]*\p{Lu}/u.test(w));
    return words.length > 0 && minor.length < words.length / 2 && words.every((w) => minor.includes(w) || /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w));
  }

  /** Whether nothing but punctuation follows the quotation in its sentence, or a new sentence after its own full stop. */
  endsSentence(span: Span, sentence: Sentence): boolean {
    const rest = this.text.slice(span.close + 1, sentence.end);
    return /^[\s.,;:!?]*$/u.test(rest) || (/[.!?]$/u.test(this.text.slice(span.start, span.end)) && /^\s+\p{Lu}/u.test(rest));
  }

  /**
   * Whether a quotation ends the clause a reporting verb before it opens, a speaker's words rather than a label:
   * punctuation closes it, inside or right after the marks, or a relative clause follows it ("sebagai "pahlawan"
   * yang …"), and the verb's speaker is one the gazetteer or the lexicon names (a word "a short paragraph in the
   * media" put in marks is nobody's statement).
   */
  endsReport(span: Span, sentence: Sentence, before: Cue | null): boolean {
    if (before === null) return false;
    const rest = this.text.slice(span.close + 1, sentence.end);
    const closed = /[.,;:!?]$/u.test(this.text.slice(span.start, span.end)) || /^\s*(?:[.,;:!?]|$)/u.test(rest) || this.words.relativeStart.test(rest);
    if (!closed) return false;
    const who = speakerOf(this, before);
    return who !== null && who !== "joint" && who.id !== "";
  }

  /** "Kim said the summit will be "fruitful" for both": a single word after a copula in the clause a reporting verb
   * with a named speaker opens is the predicate the speaker gave, however the sentence goes on. */
  predicateReported(span: Span, before: Cue | null): boolean {
    if (before === null || !this.words.copulaEnd.test(this.text.slice(before.end, span.open))) return false;
    const who = speakerOf(this, before);
    return who !== null && who !== "joint" && who.id !== "";
  }

  /**
   * "Kim highlighted his "unwavering" will", "Putin thanked the troops for their "heroism"": a single word right
   * after a possessive, in the clause of a reporting verb whose speaker is named, says how the speaker judged a
   * stance or a deed — in the speaker's word, not a label the writer set off (the possessive ties the word to the
   * people the speaker spoke of, where a label's determiner, "the "invincible" friendship", does not).
   */
  ownStance(span: Span, before: Cue | null): boolean {
    if (before === null || !this.words.possessiveEnd.test(this.text.slice(before.end, span.open))) return false;
    const who = speakerOf(this, before);
    return who !== null && who !== "joint" && who.kind === "person" && who.id !== "";
  }

  /**
   * "The ministers discussed “…” of cooperation, the ministry said in a statement.": the sentence's closing source.
   * So is an inverted verb set off by a comma at the sentence's end ("… memberikan “…” terhadap kedua negara, kata
   * Putin."): its speaker, named after it, credits the whole sentence, the fragment in marks included.
   */
  closingAttribution(span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
    const start = this.startOf(sentence, span.open);
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (cue.start <= span.close || !closesClause(this, cue)) continue;
      // (A verb whose speaker stands before it is inverted when a comma stands right before it: "…, said Lavrov.")
      const inverted = /,\s*$/u.test(this.text.slice(span.close + 1, cue.start));
      if (cue.verb.speaker === "after" || (cue.verb.speaker === "before" && inverted)) {
        const who = inverted ? speakerAfter(this, cue) : null;
        if (who !== null && who.id !== "") return { cue, who };
        if (cue.verb.speaker === "after") continue;
      }
      if (cue.verb.speaker !== "before") continue;
      const who = closingSubject(this, cue, start);
      if (who !== null) return { cue, who };
    }
    return null;
  }

  /** Keeps a statement's organisation, when it has an id, or else its relay's, as a source later text may refer back to. */
  noteSource(draft: Draft): void {
    const speaking = draft.speaker_kind === "organisation" && draft.speaker_id !== "";
    const id = speaking ? draft.speaker_id : draft.relayId;
    if (id === "") return;
    const name = speaking ? (speakerById(this.input.speakers ?? NO_SPEAKERS).get(id)?.name ?? draft.speaker_text) : draft.via;
    // Statements come sentence by sentence, so the row almost always goes last; after any with the same start.
    this.sources.splice(lowerBound(this.sources, draft.char_start + 1), 0, { start: draft.char_start, id, name });
  }

  /**
   * An inverted verb between commas before the quotation credits the whole sentence: "Tidak hanya senapan, sebut
   * Peskov, Putin juga menghadiahkan sebuah '…'".
   */
  asideBefore(span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (cue.end > span.open || cue.verb.speaker !== "after") continue;
      if (!/,\s*$/u.test(this.text.slice(sentence.start, cue.start))) continue;
      const who = speakerAfter(this, cue);
      const end = speakerPhraseEnd(this, cue);
      if (who !== null && who.kind === "person" && this.text[end] === "," && end < span.open) return { cue, who };
    }
    return null;
  }

  /** The nearest reporting verb before the quote in its sentence that can introduce what follows. */
  cueBefore(span: Span, sentence: Sentence): Cue | null {
    let found: Cue | null = null;
    for (const cue of this.cuesIn.get(sentence) ?? []) {
      if (cue.end > span.open || cue.verb.position === "after") continue;
      // "Putin told Kim, according to a Kremlin transcript: "…"": a credit of a record relays, it names no speaker.
      if (this.words.accordingTo.has(cue.verb.verb) && this.words.relayNounAfter.test(this.text.slice(cue.end, span.open))) continue;
      found = cue;
    }
    return found !== null && this.ownSubjectBetween(found.end, span.open) ? null : found;
  }

  /**
   * "Kim invited Putin to visit "at a convenient time," and Putin "accepted the invitation"": a clause of its own
   * between a verb and a quotation — a conjunction, then a person as its subject right before the marks — takes the
   * quotation out of the verb's clause.
   */
  ownSubjectBetween(from: number, open: number): boolean {
    const between = this.text.slice(from, open);
    const joined = [...between.matchAll(JOINED)].filter((m) => this.words.jointInside.test(` ${m[0].trim().replace(/^,\s*/u, "")} `)).at(-1);
    if (joined === undefined) return false;
    const at = from + joined.index + joined[0].length;
    const person = this.firstCandidate(at, open, (c) => c.kind === "person" && this.mask[c.start] === 0);
    return person !== undefined && wordsBetween(this.text, at, person.start) === 0 && wordsBetween(this.text, person.end, open) <= SUBJECT_GAP_WORDS;
  }

  /** The previous sentence ends "X mengatakan:" — the quotation that follows is X's. */
  introducedBy(sentence: Sentence): Who | null {
    const previous = this.sentences[(this.sentenceIndex.get(sentence) ?? -1) - 1];
    if (previous === undefined || !previous.text.trimEnd().endsWith(":")) return null;
    const cue = [...(this.cuesIn.get(previous) ?? [])].reverse().find((c) => c.verb.position !== "after");
    const who = cue === undefined ? null : speakerOf(this, cue);
    return who === "joint" ? null : who;
  }

  nearPrevious(sentence: Sentence): boolean {
    return this.lastSpokenParagraph >= sentence.paragraph - 1;
  }

  /**
   * "“…,” tegas Putin. / North Korean troops helped Moscow retake Kursk this year. / “I want to stress …”": a paragraph
   * opening with a quotation after one paragraph of background between it and the last statement — a paragraph
   * that names no one, reports no one and quotes nothing — goes on with the last speaker.
   */
  afterAside(sentence: Sentence): boolean {
    if (this.lastSpokenParagraph !== sentence.paragraph - 2) return false;
    const at = lowerBound(this.paragraphs, sentence.start + 1) - 1;
    const own = this.paragraphs[at];
    const aside = this.paragraphs[at - 1];
    if (own === undefined || aside === undefined || own.paragraph !== sentence.paragraph || aside.paragraph !== sentence.paragraph - 1) return false;
    if (this.text.slice(own.start, sentence.start).trim() !== "") return false;
    const quiet = this.firstCandidate(aside.start, aside.end, (c) => c.kind === "person") === undefined;
    return quiet && !this.spans.some((s) => s.open >= aside.start && s.open < aside.end) && !this.cues.some((c) => c.start >= aside.start && c.start < aside.end);
  }

}
const NO_SPANS: readonly Span[] = [];
/** A word between white space (a conjunction, checked against the pack's), after a comma or not. */
const JOINED = /(?:,\s*|\s)\p{L}+\s+/gu;
/** The words at most between a clause's subject and the quotation it opens ("and Putin then "…""). */
const SUBJECT_GAP_WORDS = 2;
/** Whether every word of a short quotation is capitalised (or a number): a name or a title, not a statement. */
function isName(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const capital = (w: string) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w);
  // A short joining word in small letters between capitalised ones belongs to the name ("Voice of Korea").
  const joining = (w: string, i: number) => i > 0 && i < words.length - 1 && /^\p{Ll}{1,3}$/u.test(w);
  return words.length > 0 && words.every((w, i) => capital(w) || joining(w, i));
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

/** Spans sorted by their opening mark: `spans` themselves when so already (a nested span is found before the one
 * around it, which closes later). */
function byOpen(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.open > spans[i]!.open) return [...spans].sort((a, b) => a.open - b.open);
  return spans;
}
