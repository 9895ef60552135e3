// The speaker named after a quotation ("…," said Lavrov; "…," kata juru bicara Kremlin): the verb after it, the
// name, title, institution or outlet that follows, a signature ("signed by"), a question's tail.
import { escapeRegExp } from "../lang/regex.ts";
import type { Sentence } from "../types.ts";
import type { FinderState } from "./finder-state.ts";
import { describedPerson, describesPerson, fronted, personBeside, personNamed } from "./names.ts";
import { institution, institutionNamed, sourceReferredTo } from "./organisations.ts";
import type { ReportingVerb } from "./quote-lexicons.ts";
import { ANY_MARK, type Span } from "./quote-spans.ts";
import { LOOKBACK, NOBODY, isNameRun, whoOf, wordCount, wordsBetween } from "./quote-text.ts";
import type { Candidate, Cue, Who } from "./quote-types.ts";
import { carry, speakerAfter, speakerOf, subjectOfChunk } from "./speaker.ts";

/** The verb of an outlet quoting someone ("mengutip", "quoted"): not a reporting verb of the pack, a relay's. */
const QUOTING_VERB: ReportingVerb = { verb: "", position: "after", speaker: "after", indirect: false, needsComplementizer: false, notes: "", line: 0 };
/** A word read as a reporting verb by its place alone (see unlistedVerb). */
const UNLISTED_VERB: ReportingVerb = { ...QUOTING_VERB, speaker: "before" };


/**
 * `"…," kata X` / `"…," katanya` / `"…," Lavrov menambahkan` / `"…," said Putin` / `"…," he said` /
 * `"…," the North Korean leader stressed` / `"…," KCNA mengutip pernyataan Kim`: the verb and speaker right
 * after the closing mark.
 */
export function attributionAfter(f: FinderState, span: Span, closing: Sentence, atStart = true): { cue: Cue; who: Who } | null {
  const sentence = questionTail(f, span, closing) ?? closing;
  const tail = f.text.slice(span.close + 1, sentence.end);
  const lead = /^[\s,.!?]*/u.exec(tail)![0].length;
  const at = span.close + 1 + lead;
  const signed = signedBy(f, span, sentence);
  if (signed !== null) return signed;
  const describedFirst = describedThenNamed(f, at, sentence);
  if (describedFirst !== null) return describedFirst;
  const cue = f.cueAt.get(at);
  if (cue !== undefined && cue.verb.position !== "before") {
    // A verb whose speaker stands before it, right after the quotation, is inverted: ""…," said Putin" — unless
    // a clause of its own follows (""…", adding that …"): then it continues the sentence's subject.
    const head = f.words.clauseHead.exec(f.text.slice(cue.end, sentence.end));
    if (cue.verb.speaker === "before" && head !== null && f.words.complementizer.test(head[0])) return null;
    const who = cue.verb.speaker === "before" ? speakerAfter(f, cue) : speakerOf(f, cue);
    return who === null || who === "joint" ? null : { cue, who };
  }
  let named = f.candidateAt.get(at);
  // "…," state-run KCNA said / the official Korean Central News Agency said: describing words before the organisation.
  const described = named === undefined ? f.words.orgModifierLead.exec(f.text.slice(at, sentence.end)) : null;
  if (described !== null && f.candidateAt.get(at + described[0].length)?.kind === "organisation") named = f.candidateAt.get(at + described[0].length);
  // "…," the Korean Central News Agency said: a determiner alone before an organisation the lexicon names, with the
  // verb right after it (not "the Kremlin press service said", whose organisation only modifies a noun).
  const determined = named === undefined ? f.words.orgDeterminerLead.exec(f.text.slice(at, sentence.end)) : null;
  const org = determined === null ? undefined : f.candidateAt.get(at + determined[0].length);
  if (org !== undefined && org.kind === "organisation" && org.id !== "" && f.cueAt.get(org.end + spaceAfter(f, org.end))?.verb.speaker === "before") named = org;
  // "…," Ms. Timakova said: a title written with its period stands before the name, and is the name's.
  const abbreviated = named === undefined ? f.words.abbreviatedStart.exec(f.text.slice(at, sentence.end)) : null;
  if (abbreviated !== null && f.candidateAt.get(at + abbreviated[0].length)?.kind === "person") named = f.candidateAt.get(at + abbreviated[0].length);
  // "…," as Kim Jong Un stressed: a subordinator opens the attribution of a person named right after it.
  const opener = named === undefined ? f.words.subordinatorStart.exec(f.text.slice(at, sentence.end)) : null;
  if (opener !== null && f.candidateAt.get(at + opener[0].length)?.kind === "person") named = f.candidateAt.get(at + opener[0].length);
  let anaphor = named === undefined ? f.words.anaphor.exec(f.text.slice(at, sentence.end)) : null;
  // "«… Presiden Putin.» Dia menambahkan …": a capitalised pronoun after a quotation closed by its own full stop
  // opens the next sentence (which the segmenter may not have split off); it names nobody for this quotation.
  if (anaphor !== null && /\p{Lu}/u.test(f.text[at]!) && /[.!?]$/u.test(f.text.slice(span.start, span.end))) anaphor = null;
  if (named === undefined && anaphor === null) return institutionAfter(f, at, sentence) ?? unnamedAfter(f, at, sentence) ?? apposedAfter(f, at, sentence);
  const end = named?.end ?? (anaphor === null ? undefined : at + anaphor[0].length);
  if (end === undefined) return null;
  const gap = spaceAfter(f, end);
  // (A description between commas only after a quotation opening its sentence, or after "as": past a fragment
  // the name may open a clause of its own.)
  const apposition = named?.kind === "person" && (atStart || opener !== null) ? verbAfterApposition(f, end, sentence) : undefined;
  if (gap === 0 && apposition === undefined) return null;
  // "…," KCNA mengutip pernyataan Kim: the outlet quotes; the one it quotes speaks.
  if (named !== undefined && named.kind === "organisation") {
    const quoted = quotedBy(f, named, end + gap, sentence.end);
    if (quoted !== null) return quoted;
  }
  // "…," Lavrov menambahkan / "…," he said: the name or pronoun, white space, then a verb whose speaker stands before
  // it — or, after a person's name, a description between commas first ("…," Sergei Shoigu, the secretary of
  // Russia's Security Council, told Kim).
  const inverted = (gap === 0 ? undefined : f.cueAt.get(end + gap)) ?? apposition;
  // "…," Kremlin spokesman Alexei Gromov told reporters: an organisation heading a phrase that ends at the verb.
  if (named !== undefined && named.kind === "organisation" && inverted === undefined) return headedBy(f, at, sentence);
  // (Only after a quotation opening its sentence, and not after its own full stop: a name after a fragment in
  // someone's sentence, or after a full stop, may open a clause of its own.)
  if (inverted === undefined && named?.kind === "person" && gap > 0 && atStart && !/[.!?]$/u.test(f.text.slice(span.start, span.end))) {
    return unlistedVerb(f, named, end + gap, sentence);
  }
  if (inverted === undefined || inverted.verb.speaker !== "before") return null;
  if (named !== undefined) return { cue: inverted, who: whoOf(named, "before") };
  const titled = f.firstCandidate(at, end, (c) => c.kind === "person" && c.end <= end);
  if (titled !== undefined) return { cue: inverted, who: { ...whoOf(titled, "before"), text: anaphor![0] } };
  // A pronoun that refers to no one ("she said" with no woman before) leaves the speaker unknown, not the last one.
  return { cue: inverted, who: carry(f, at, anaphor![0]) ?? NOBODY };
}

/** The most words of a description set before a speaker's name ("Russian Foreign Ministry spokeswoman"). */
const DESCRIPTION_WORDS = 8;

/**
 * `"…," Medvedev's spokeswoman, Natalya Timakova, told Reuters` / `"…," a Kremlin spokeswoman, Natalya Timakova,
 * said` / `"…," juru bicara Kremlin, Dmitry Peskov, mengatakan`: what a person is (a person's noun or a title,
 * whoever's it is), then a name between commas, then a verb whose speaker stands before it. The name speaks: not
 * the one the description belongs to ("Medvedev's"), nor the last person quoted.
 */
export function describedThenNamed(f: FinderState, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
  const m = /^([^,;:"“”«»„()]{1,80}),([ \t\u00a0]*)([^,;:"“”«»„()]{1,40}?)[ \t\u00a0]*,[ \t\u00a0]*/u.exec(f.text.slice(at, sentence.end));
  if (m === null) return null;
  const description = m[1]!.trim();
  const name = m[3]!;
  if (!isNameRun(name) || wordCount(description) > DESCRIPTION_WORDS || !describesPerson(f, description) || fronted(f, description)) return null;
  // A description holds no reporting verb, and names no one but whose it is ("Medvedev's spokeswoman") or the title
  // served ("juru bicara Presiden Rusia"): '"…," Kim Jong Un told the Russian president, Vladimir Putin, adding …'
  // is Kim's, not Putin's (the one spoken to) through "adding".
  const descriptionEnd = at + m[1]!.length;
  const owner = (c: Candidate) => c.via === "title" || /^['’]s?\s/u.test(f.text.slice(c.end, c.end + 3));
  if (f.cues.some((c) => c.start >= at && c.start < descriptionEnd) || f.firstCandidate(at, descriptionEnd, (c) => c.kind === "person" && !owner(c)) !== undefined) return null;
  const cue = f.cueAt.get(at + m[0].length);
  if (cue === undefined || cue.verb.speaker !== "before") return null;
  const nameAt = at + m[1]!.length + 1 + m[2]!.length;
  const person = f.firstCandidate(nameAt, nameAt + name.length, (c) => c.kind === "person" && c.end <= nameAt + name.length && f.mask[c.start] === 0);
  const who: Who = person !== undefined ? { ...whoOf(person, "before"), text: name } : { id: personNamed(f, name, nameAt), kind: "person", text: name, attribution: "before", name };
  return { cue, who };
}

/**
 * `"We stand with Russia until victory." — Kim Jong Un`: a dash after the quotation, then only the name of a
 * person (and a description after a comma) to the end of the sentence, as a pull quote or an epigraph signs it.
 */
export function signedBy(f: FinderState, span: Span, sentence: Sentence): { cue: Cue; who: Who } | null {
  const dash = /^[ \t\u00a0]*[—–][ \t\u00a0]*/u.exec(f.text.slice(span.close + 1, Math.min(sentence.end, span.close + 8)));
  if (dash === null) return null;
  const at = span.close + 1 + dash[0].length;
  const named = f.candidateAt.get(at);
  if (named === undefined || named.kind !== "person" || !/^(?:,[^"“”«»„—–]*)?[\s.]*$/u.test(f.text.slice(named.end, sentence.end))) return null;
  const cue: Cue = { start: span.close + 1, end: at, text: dash[0].trim(), verb: UNLISTED_VERB, sentence };
  return { cue, who: whoOf(named, "after") };
}

/**
 * `"…," Choe Son Hui reminisced.`: a person the gazetteer knows named right after the quotation, then one lower-case
 * word the pack does not list as a reporting verb, closing a short attribution. The word is taken for the verb —
 * the quotation is that person's, never carried over to the last one quoted.
 */
export function unlistedVerb(f: FinderState, named: Candidate, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
  const rest = f.text.slice(at, sentence.end);
  const word = /^\p{Ll}[\p{L}-]*(?=[\s.,;:!?]|$)/u.exec(rest);
  if (word === null || f.words.joint.test(` ${rest}`) || wordCount(rest) > 8) return null;
  if (f.firstCandidate(at, sentence.end, (c) => c.kind === "person") !== undefined) return null;
  const cue: Cue = { start: at, end: at + word[0].length, text: word[0], verb: UNLISTED_VERB, sentence };
  return { cue, who: whoOf(named, "before") };
}

/**
 * ""Why should we comment on fakes?" Zakharova asked.": a question or an exclamation ends its sentence for the
 * segmenter, and the attribution after it stands in the next sentence of the paragraph.
 */
export function questionTail(f: FinderState, span: Span, sentence: Sentence): Sentence | null {
  if (f.text.slice(span.close + 1, sentence.end).trim() !== "" || !/[?!]$/u.test(f.text.slice(span.start, span.end))) return null;
  const next = f.sentences[(f.sentenceIndex.get(sentence) ?? -2) + 1];
  return next !== undefined && next.paragraph === sentence.paragraph ? next : null;
}

/** The speaker phrase from `at` to the next verb whose speaker stands before it, with no comma between. */
export function headedBy(f: FinderState, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
  const cue = (f.cuesIn.get(sentence) ?? []).find((c) => c.start > at && c.verb.speaker === "before");
  if (cue === undefined || /[,;:]/u.test(f.text.slice(at, cue.start)) || wordsBetween(f.text, at, cue.start) > 6) return null;
  const who = subjectOfChunk(f, at, cue.start, cue.start, true);
  return who === undefined || who === null || who === "joint" ? null : { cue, who };
}

/**
 * `"…," ministry spokesperson Koo Byoung-sam told a briefing`: someone the gazetteer does not know, described by a
 * person noun and named in capitals, then a verb whose speaker stands before it.
 */
export function unnamedAfter(f: FinderState, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
  const cue = (f.cuesIn.get(sentence) ?? []).find((c) => c.start > at && c.verb.speaker === "before");
  if (cue === undefined || /[,;:.!?]/u.test(f.text.slice(at, cue.start))) return null;
  const phrase = f.text.slice(at, cue.start).trim();
  // `"…," the Russian Embassy in Pyongyang wrote`, `"…," a statement from the council said`: an institution the
  // lexicons lack, or a statement of one, speaks — not the last one quoted.
  const issued = unnamedSource(f, phrase, at);
  if (!issued && !describedPerson(f, phrase) && !unnamedPerson(f, phrase) && !unknownName(f, phrase, at)) return null;
  if (issued || institutionNamed(f, phrase)) return { cue, who: { id: "", kind: "organisation", text: phrase, attribution: "before", name: phrase } };
  return { cue, who: { id: personNamed(f, phrase, at), kind: "person", text: phrase, attribution: "before", name: phrase } };
}

/**
 * `the Russian Embassy in Pyongyang`, `a statement from the council`: a lower-case phrase of a few words naming an
 * institution or a statement (an institution's or a report's noun, and no person's noun or title apart from them).
 */
export function unnamedSource(f: FinderState, phrase: string, at: number): boolean {
  if (!/^\p{Ll}/u.test(phrase) || wordCount(phrase) > 8 || ANY_MARK.test(phrase) || fronted(f, phrase) || f.words.subordinatorStart.test(phrase)) return false;
  // (Not one naming a person too: "the readout quoted Kim as saying" is Kim's.)
  if (f.firstCandidate(at, at + phrase.length, (c) => c.kind === "person") !== undefined) return false;
  // The noun heads the phrase: "meskipun media negara berhenti" (although state media stopped) is a clause.
  const heads = (m: { start: number }) => wordCount(phrase.slice(0, m.start)) <= 2;
  return (f.words.orgNounIn.find(phrase).some(heads) && institutionNamed(f, phrase)) || (f.words.relayNoun.find(phrase).some(heads) && !personBeside(f, phrase));
}

/**
 * `"…," Lü Chao said`, `"…," Yang said` after "Yang Moo-jin, president of …": a name the gazetteer lacks, in full,
 * or one word of a name the article gave before `at` (a Chinese or Korean family name comes first) — never the
 * last one who spoke.
 */
export function unknownName(f: FinderState, phrase: string, at: number): boolean {
  if (fronted(f, phrase)) return false;
  if (isNameRun(phrase)) return true;
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(phrase)) return false;
  const word = escapeRegExp(phrase);
  const name = "\\p{Lu}[\\p{L}'’-]*";
  return new RegExp(`(?<![\\p{L}])(?:${name}[ \\u00a0]+${word}|${word}[ \\u00a0]+${name})(?![\\p{L}])`, "u").test(f.text.slice(0, at));
}

/**
 * `"…," a senior presidential official said`: someone the article does not name, a lower-case phrase ending in a
 * person noun — the speaker of that quotation, never the last one named (who would be wrong).
 */
export function unnamedPerson(f: FinderState, phrase: string): boolean {
  if (!/^\p{Ll}/u.test(phrase) || wordCount(phrase) > 6 || ANY_MARK.test(phrase)) return false;
  return f.words.personNounIn.find(phrase).some((m) => m.end === phrase.length);
}

/**
 * `"…," Victor Cha, Korea chair at CSIS, said`: a name the gazetteer lacks, a description between commas, then a
 * verb whose speaker stands before it.
 */
export function apposedAfter(f: FinderState, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
  // A run of capitalised words (isNameRun) right up to the first comma.
  const rest = f.text.slice(at, sentence.end);
  const comma = rest.indexOf(",");
  const name = comma < 0 ? "" : rest.slice(0, comma);
  if (!isNameRun(name) || fronted(f, name)) return null;
  const cue = verbAfterApposition(f, at + name.length, sentence, true);
  if (cue === undefined) return null;
  return { cue, who: { id: personNamed(f, name, at), kind: "person", text: name, attribution: "before", name } };
}

/**
 * The verb after a description set between commas at `at` (", the secretary of Russia's Security Council, told"),
 * when the description says what a person is: it holds a person noun or a title, or — after a name the gazetteer
 * knows, unless `strict` — opens in lower case (", who arrived on Tuesday,", ", speaking in Hanoi,").
 */
export function verbAfterApposition(f: FinderState, at: number, sentence: Sentence, strict = false): Cue | undefined {
  if (f.text[at] !== ",") return undefined;
  const cue = (f.cuesIn.get(sentence) ?? []).find((c) => c.start > at && c.verb.speaker === "before");
  if (cue === undefined) return undefined;
  const m = /^,([^,;:]+),\s*$/u.exec(f.text.slice(at, cue.start));
  const description = m?.[1]?.trim() ?? "";
  if (description === "" || wordCount(description) > 20 || ANY_MARK.test(description)) return undefined;
  return describesPerson(f, description) || (!strict && /^\p{Ll}/u.test(description)) ? cue : undefined;
}

/**
 * `"…," the ministry said` / `"…," it said`: an institution or a source referred back to, then a verb whose speaker
 * stands before it.
 */
export function institutionAfter(f: FinderState, at: number, sentence: Sentence): { cue: Cue; who: Who } | null {
  const found = institution(f, at, sentence.end);
  const source = found === null ? f.words.sourceAnaphor.exec(f.text.slice(at, sentence.end)) : null;
  const length = found?.text.length ?? source?.[0].length;
  if (length === undefined) return null;
  const end = at + length;
  const gap = spaceAfter(f, end);
  const inverted = f.cueAt.get(end + gap);
  if (gap === 0 || inverted === undefined || inverted.verb.speaker !== "before") return null;
  return { cue: inverted, who: found ?? sourceReferredTo(f, at, source![0]) };
}

/** How much white space follows `end` (looking no further than LOOKBACK): 0 when a word follows at once. */
export function spaceAfter(f: FinderState, end: number): number {
  return /^\s+/u.exec(f.text.slice(end, end + LOOKBACK))?.[0].length ?? 0;
}

/** "KCNA mengutip pernyataan Kim", "TASS quoted Putin": the person an outlet quotes, with the outlet as relay. */
export function quotedBy(f: FinderState, outlet: Candidate, at: number, limit: number): { cue: Cue; who: Who } | null {
  let verb = f.words.quotingAt.exec(f.text.slice(at, limit));
  // "…," Interfax news agency quoted Putin as saying: the outlet's noun may stand between it and the verb.
  const noun = verb === null ? f.words.relayNounAfter.exec(f.text.slice(at - 1, limit)) : null;
  if (noun !== null) {
    at += noun[0].length - 1 + spaceAfter(f, at - 1 + noun[0].length);
    verb = f.words.quotingAt.exec(f.text.slice(at, limit));
  }
  if (verb === null) return null;
  const from = at + verb[0].length;
  const person = f.firstCandidate(from, Math.min(limit, from + 60), (c) => c.kind === "person" && f.mask[c.start] === 0);
  if (person === undefined || wordsBetween(f.text, from, person.start) > 3) return null;
  const cue: Cue = { start: at, end: from, text: verb[0], verb: QUOTING_VERB, sentence: f.sentenceAt(at)! };
  return { cue, who: { ...whoOf(person, "after"), relay: { id: outlet.id, name: outlet.name } } };
}
