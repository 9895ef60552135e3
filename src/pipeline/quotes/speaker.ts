// Who speaks through a reporting verb: the name after it, the subject before it (a name, an apposition, a relative
// clause's head, an antecedent, a subject inside the quotation's own clause), or the last speaker carried over
// ("katanya", "he said"). These readings call one another, so they live in one module.
import type { EntityMention } from "../recognise/recognise.ts";
import type { Sentence } from "../types.ts";
import { clauseStart, closesClause } from "./clause-bounds.ts";
import type { FinderState } from "./finder-state.ts";
import { apposed, appositionEnd, chunks, commaNamed, deadByNow, describedPerson, describesPerson, innerReport, nameAfterTitle, nameApposedAt, nounEndsAt, personBeside, personNamed, personOf, servedTitle, titleBefore, titledName } from "./names.ts";
import { describesOutlet, institution, institutionNamed, isPlace, modifierOf, organisationSubject, outletNamedAfter, publicationAround, sourceReferredTo } from "./organisations.ts";
import { jointSpeaker } from "./joint-subject.ts";
import { genderedReferent } from "./pronoun-gender.ts";
import { ANY_MARK, type Span } from "./quote-spans.ts";
import { shownSubject } from "./shown-subject.ts";
import { NOBODY, SPACE, firstWord, isNameRun, lowerBound, previousWord, verbMatcher, whoOf, wordCount, wordsBetween } from "./quote-text.ts";
import type { Cue, Who } from "./quote-types.ts";

/** Any quotation mark: text holding one holds (part of) a quotation. */
const QUOTE_MARK = /["“”„«»]/u;
/** The words at most between two people joined by "and", titles included ("Putin (left) and North Korean Chairman
 * of the Presidium of the Supreme People's Assembly Kim Yong Nam"). */
const JOINED_GAP_WORDS = 16;
/** A place in capitals and a dash, as a dateline ends: "MOSKOW -- ", "SEOUL – ". */
const DATELINE_PLACE = /^\p{Lu}{3,}(?:\s\p{Lu}{2,})?\s+[-–—]{1,2}\s+(?=\S)/u;
/** How far before a person's name the words that introduced them may start ("Kremlin foreign policy aide Yuri Ushakov"). */
const INTRODUCTION_REACH = 40;

/** Whether an unnamed speaker's description ("a Kremlin aide") holds every longer word of a title referring back to
 * someone ("the Kremlin aide", "ajudan Kremlin itu"): the same person, whatever country the title names. */
function describes(description: string, title: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3);
  const described = new Set(description.toLowerCase().split(/[^\p{L}]+/u));
  return words.length > 0 && words.every((w) => described.has(w));
}

/**
 * The named person the sentence right before is about: its subject, when that is a person the gazetteer knows —
 * or, with `unknown`, one it lacks but the sentence names or describes ("Pengamat …, Randy Nandyatama, menilai …").
 */
export function subjectBefore(f: FinderState, sentence: Sentence, unknown = false): Who | null {
  const previous = f.sentences[(f.sentenceIndex.get(sentence) ?? -1) - 1];
  if (previous === undefined || previous.paragraph < sentence.paragraph - 1) return null;
  // (Up to its reporting verb, when it has one: "Pengamat militer Connie Bakrie berpendapat bahwa …" is about
  // Connie Bakrie, not about a person named by the whole sentence.)
  const cue = (f.cuesIn.get(previous) ?? []).find((c) => c.verb.speaker === "before");
  const end = cue?.start ?? previous.end;
  let who = subjectIn(f, f.startOf(previous, end), end);
  // A name the gazetteer lacks is found as the subject of the sentence's verb (an apposition: see apposed).
  if (unknown && who === null && cue !== undefined) who = speakerOf(f, cue);
  if (who === null || who === "joint" || who.kind !== "person" || who.attribution === "joint") return null;
  const described = unknown && who.attribution === "before" && (isNameRun(who.text) || f.words.personNounIn.test(who.text));
  return who.id === "" && !described ? null : { ...who, attribution: "carry-over" };
}

/**
 * "Kim memuji partai yang menurutnya "…", lapor KCNA": a -nya verb standing inside the clause of a person named as
 * that clause's subject refers to that person, not back to the last speaker (an agency whose "lapor KCNA" credits
 * the paragraph). Null when a quotation stands between the clause's start and the verb ("…," ujarnya) or the clause
 * has no person with an id as subject.
 */
export function ownSubject(f: FinderState, cue: Cue): Who | null {
  const sentence = f.sentenceAt(cue.start);
  if (sentence === undefined) return null;
  const from = clauseStart(f, f.startOf(sentence, cue.start), cue.start);
  const lead = f.text.slice(from, cue.start);
  if (lead.trim() === "" || QUOTE_MARK.test(lead)) return null;
  const found = subjectIn(f, from, cue.start);
  return found !== null && found !== "joint" && found.kind === "person" && found.id !== "" && found.attribution !== "joint" ? { ...found, text: cue.text, attribution: "carry-over" } : null;
}

export function speakerOf(f: FinderState, cue: Cue): Who | "joint" | null {
  // "katanya", "tulisnya": -nya stands for an institution as well as a person (reporting_verbs.csv).
  if (cue.verb.speaker === "carry") return ownSubject(f, cue) ?? carry(f, cue.start, cue.text, true);
  if (cue.verb.speaker === "after") return speakerAfter(f, cue);
  return subject(f, cue);
}

/**
 * Whom a word referring back stands for. A person's pronoun or title ("he", "kata dia", "the North Korean leader")
 * is the last person who spoke, never an organisation quoted in between (`anyone` false); a word that stands for
 * either ("katanya") is the last speaker of any kind.
 */
export function carry(f: FinderState, position: number, text: string, anyone = false): Who | null {
  const who = carryByPosition(f, position, text, anyone);
  // ("Lavrov met Choe Son Hui, and she said …": a pronoun of a gender is a person of it, pronoun-gender.ts.)
  return anyone ? who : genderedReferent(f, position, text, who);
}

function carryByPosition(f: FinderState, position: number, text: string, anyone: boolean): Who | null {
  if (!anyone) {
    const mainSubject = sentenceSubject(f, position);
    if (mainSubject !== null) return { ...mainSubject, text, attribution: "carry-over" };
  }
  const last = anyone ? f.lastSpeaker : f.lastPerson;
  // "Kim, speaking through an interpreter, thanked Putin. He said …": after a sentence that reports no speech,
  // or only an organisation's, a pronoun is the person that sentence was about, not the last one quoted.
  // One sentence back only: the subject found there is never itself followed back (a chain of "He …" sentences
  // would make the work grow with the article).
  const here = f.sentenceAt(position);
  if (here !== undefined && last !== null && !f.carrying && !(f.spokeJustBefore(here) && f.lastSpeaker === last)) {
    f.carrying = true;
    // (A person the gazetteer lacks too: "…," ujarnya after "Pengamat …, Randy Nandyatama, menilai …" is Randy's,
    // not the last one quoted.)
    const about = subjectBefore(f, here, true);
    f.carrying = false;
    if (about !== null && !deadByNow(f, about.id) && (about.id !== last.id || about.id === "") && about.text !== last.name) return { ...about, text: about.id === "" ? about.name : text };
  }
  // (One the gazetteer lacks keeps the words that named them: "ujarnya" alone would name nobody a reader could find.)
  if (last !== null) return { ...last, text: last.id === "" && last.kind === "person" ? last.name : text, attribution: "carry-over" };
  // No one (or, for a person's word, no person) has spoken yet: the person the sentence before is about, else the
  // nearest person named before.
  const sentence = f.sentenceAt(position);
  const about = sentence === undefined ? null : subjectBefore(f, sentence);
  if (about !== null && !deadByNow(f, about.id)) return { ...about, text };
  let person: EntityMention | undefined;
  let i = lowerBound(f.people, position) - 1;
  for (; i >= 0 && person === undefined; i--) {
    const p = f.people[i]!;
    if (p.end <= position && f.mask[p.start] === 0 && !deadByNow(f, p.id)) person = p;
  }
  if (person === undefined) return null;
  // "Putin (left) and Kim shake hands at their meeting. … He denied …": the last of two people joined by "and" is
  // no more "he" than the first; no guess.
  const other = f.people[i];
  const gap = other === undefined ? "" : f.text.slice(other.end, person.start);
  if (other !== undefined && other.id !== person.id && other.end <= person.start && f.words.jointInside.test(` ${gap} `) && !/[,;:.]/u.test(gap) && wordCount(gap) <= JOINED_GAP_WORDS) return null;
  return { id: person.id, kind: "person", text, attribution: "carry-over", name: person.text };
}

/**
 * "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in … on Saturday, where he described …":
 * a person's pronoun in a clause told at the place the first clause named (lang/<lang>/venue_relatives.csv: "where",
 * "di mana") of a sentence whose first clause opens with a named person (no quotation before) is that person, the
 * sentence's subject, not the last one named (its object). So is one after a first clause that reports that person's
 * words ("Putin said the talks were useful, and he also said …"). After "and" the pronoun may otherwise be the object's
 * ("Lavrov met Choe Son Hui …, and she said …"): no guess there. Null when the sentence has no such clauses.
 */
function sentenceSubject(f: FinderState, position: number): Who | null {
  const sentence = f.sentenceAt(position);
  if (sentence === undefined || f.carrying) return null;
  const parts = chunks(f, f.startOf(sentence, position), position);
  const own = parts.at(-1);
  const first = parts[0];
  if (parts.length < 2 || own === undefined || first === undefined) return null;
  // "Putin said the talks were useful, and he also said …": after a first clause that reports its subject's words, a
  // pronoun that speaks again is that subject; the first clause's object is what was said, not a person.
  // (Not when the words reported name another person, who may be the pronoun's: "Lavrov said he had held talks with
  // Choe Son Hui, and she said …".)
  const reports = (f.cuesIn.get(sentence) ?? []).some((c) => c.verb.speaker === "before" && c.start >= first[0] && c.end <= first[1] && !f.people.some((p) => p.start >= c.end && p.end <= first[1]));
  if (!reports && !f.words.venueClauseStart.test(f.text.slice(own[0], position))) return null;
  if (first[1] >= position || f.mask[first[0] + (f.text.slice(first[0], first[1]).length - f.text.slice(first[0], first[1]).trimStart().length)] === 1) return null;
  f.carrying = true;
  const found = subjectOfChunk(f, first[0], first[1], position, false);
  f.carrying = false;
  if (found === null || found === undefined || found === "joint" || found.kind !== "person" || found.id === "" || found.attribution === "carry-over" || found.attribution === "joint" || deadByNow(f, found.id)) return null;
  return found;
}

/**
 * A title referring back that names a country ("kata pemimpin Rusia itu") is someone of that country: the person
 * `carry` finds when they are, else the last person of that country named before `position`.
 */
export function carryOfCountry(f: FinderState, position: number, text: string, country: string): Who | null {
  const who = carry(f, position, text);
  const people = f.input.people;
  if (country === "" || people === undefined || (who !== null && people.get(who.id)?.country === country)) return who;
  // "… a Kremlin aide told reporters. … the Kremlin aide said": the unnamed person the same words described.
  if (who !== null && who.id === "" && who.kind === "person" && describes(who.name, text)) return who;
  // "… Kremlin aide Yuri Ushakov said …" before: "the Kremlin aide" is the person the article introduced by those
  // words, not the last one of that country it named (outside a quotation) before.
  let last: EntityMention | undefined;
  for (let i = lowerBound(f.people, position) - 1; i >= 0; i--) {
    const p = f.people[i]!;
    if (p.end > position || people.get(p.id)?.country !== country) continue;
    if (describes(f.text.slice(Math.max(0, p.start - INTRODUCTION_REACH), p.start), text)) return { id: p.id, kind: "person", text, attribution: "carry-over", name: p.text };
    if (last === undefined && f.mask[p.start] === 0) last = p;
  }
  return last === undefined ? who : { id: last.id, kind: "person", text, attribution: "carry-over", name: last.text };
}

/**
 * The country a state's name inside a phrase stands for ("Rusia" in "pemimpin Rusia itu"), else the country of its
 * first side adjective ("the deputy head of the Russian ministry"); "" when none.
 */
export function countryIn(f: FinderState, from: number, to: number): string {
  const state = f.firstCandidate(from, to, (c) => c.kind === "organisation" && c.end <= to && isPlace(f, c));
  if (state !== undefined) return f.speakerCountries.get(state.id) ?? "";
  return f.words.sideAdjectiveIn.find(f.text.slice(from, to)).find((m) => /^\p{Lu}/u.test(m.text))?.values[0] ?? "";
}

/** "kata Juru Bicara Kremlin Dmitry Peskov kepada media", "bunyi satu pasal dalam perjanjian", "tutur KCNA". */
export function speakerAfter(f: FinderState, cue: Cue): Who | null {
  const rest = f.text.slice(cue.end, cue.sentence.end);
  const pronoun = f.words.pronounAfter.exec(rest);
  if (pronoun !== null) return carry(f, cue.start, `${cue.text}${pronoun[0]}`) ?? NOBODY;
  // "ucap diplomat senior itu", "said the Russian minister": a title referred back to, naming no one itself.
  const lead = rest.length - rest.trimStart().length;
  const titled = f.words.anaphor.exec(rest.slice(lead));
  const stop = f.words.speakerPhraseEnd.exec(rest);
  if (titled !== null && f.firstCandidate(cue.end, cue.end + lead + titled[0].length, (c) => c.kind === "person") === undefined) {
    // (The country may be named after the title, in what it heads: "said the deputy head of the Russian ministry".)
    const phraseEnd = Math.max(cue.end + lead + titled[0].length, cue.end + (stop === null ? rest.length : stop.index));
    return carryOfCountry(f, cue.start, titled[0], countryIn(f, cue.end + lead, phraseEnd));
  }
  const limit = cue.end + (stop === null ? rest.length : stop.index);
  let candidate = f.firstCandidate(cue.end, limit, (c) => f.mask[c.start] === 0);
  // "kata ajudan Kremlin Yuri Ushakov", "said Kremlin aide Yuri Ushakov": the person named right after the
  // organisation (and a person noun) is the speaker, not the organisation.
  if (candidate !== undefined && candidate.kind === "organisation") {
    const person = f.firstCandidate(candidate.end, limit, (c) => c.kind === "person" && f.mask[c.start] === 0);
    const gap = person === undefined ? "," : f.text.slice(candidate.end, person.start);
    if (person !== undefined && /^\s/u.test(gap) && (gap.trim() === "" || f.words.personNouns.test(gap.trim()))) candidate = person;
    // "kata juru bicara Kremlin, Dmitry Peskov": after a person's noun and the organisation it serves, the name set
    // off by a comma (past the phrase's end) is that person, the speaker.
    else if (nounEndsAt(f, cue.end, candidate.start)) candidate = commaNamed(f, candidate, cue.sentence.end) ?? candidate;
  }
  // "lapor kantor berita resmi Rusia TASS": the outlet, not the country modifying its noun; "kata badan intelijen
  // Rusia": an institution the lexicons lack, of which the country is only a modifier.
  if (candidate !== undefined && candidate.kind === "organisation") {
    const outlet = outletNamedAfter(f, candidate, cue.end, limit);
    if (outlet !== undefined) candidate = outlet;
    else {
      const modified = modifierOf(f, candidate, cue.end, limit, "after");
      if (modified !== null) return modified;
    }
  }
  if (candidate !== undefined) {
    const served = servedTitle(f, candidate, cue.sentence.end, "after");
    if (served !== null) return served;
    const publication = publicationAround(f, candidate, cue.end, limit, "after");
    if (publication !== null) return publication;
    const who = whoOf(candidate, "after");
    return { ...who, text: f.text.slice(cue.end, candidate.end).trim() };
  }
  const end = f.words.unknownSpeakerEnd.exec(rest);
  const phrase = f.text.slice(cue.end, cue.end + (end === null ? rest.length : end.index)).trim();
  if (phrase === "" || wordCount(phrase) > 6) return null;
  // "said the report", "tulis laporan itu": the report of the source named before.
  const source = f.words.sourceAnaphor.exec(phrase);
  if (source !== null && source[0].length === phrase.length) return sourceReferredTo(f, cue.start, phrase);
  // "Menurut peneliti CSIS Jakarta, Andrew Mantong, …": the name set after the description is the speaker.
  const comma = end === null ? -1 : cue.end + end.index;
  let apposition = comma >= 0 && f.text[comma] === "," ? appositionEnd(f, cue.end, comma, cue.sentence) : -1;
  // "…," kata Kepala Dinas Kota X, Budi Santoso.: the name after the description may close the speaker phrase.
  if (apposition < 0 && comma >= 0 && f.text[comma] === "," && describesPerson(f, phrase)) {
    const after = f.text.slice(comma + 1, cue.sentence.end);
    const close = f.words.unknownSpeakerEnd.exec(after);
    const last = comma + 1 + (close === null ? after.length : close.index);
    if ((close === null || f.text[last] !== ",") && isNameRun(f.text.slice(comma + 1, last).trim()) && !ANY_MARK.test(f.text.slice(comma + 1, last))) apposition = last;
  }
  if (apposition >= 0 && isNameRun(f.text.slice(comma + 1, apposition).trim())) {
    const name = f.text.slice(comma + 1, apposition).trim();
    const person = f.firstCandidate(comma + 1, apposition, (c) => c.kind === "person" && f.mask[c.start] === 0);
    if (person !== undefined) return { ...whoOf(person, "after"), text: name };
    return { id: personNamed(f, name, comma + 1), kind: "person", text: name, attribution: "after", name };
  }
  // "said a report", "menurut gambar yang dirilis": a report relays, it speaks for nobody named; "said The New York
  // Times", "menurut badan intelijen Korea Selatan": an institution, not a person.
  if ((f.words.relayNoun.test(phrase) && !personBeside(f, phrase)) || institutionNamed(f, phrase)) return { id: "", kind: "organisation", text: phrase, attribution: "after", name: phrase };
  return { id: personNamed(f, phrase, cue.start), kind: "person", text: phrase, attribution: "after", name: phrase };
}

export function speakerPhraseEnd(f: FinderState, cue: Cue): number {
  const comma = f.text.indexOf(",", cue.end);
  return comma < 0 || comma > cue.sentence.end ? cue.end : comma;
}

/**
 * The subject of a verb whose speaker stands before it: the first name in the first comma-separated chunk of
 * the clause that is not a fronted adverbial, skipping names governed by a preposition. A later clause
 * ("…, dan Kim mengatakan …") has its own subject when it names one.
 */
export function subject(f: FinderState, cue: Cue): Who | "joint" | null {
  const sentence = cue.sentence;
  const start = clauseStart(f, f.startOf(sentence, cue.start), cue.start);
  const quoted = quotedIn(f, start, cue.start);
  if (quoted !== null) return quoted;
  const inner = innerReport(f, cue, start);
  if (inner !== null) return inner;
  const before = antecedent(f, start, cue.start);
  if (before !== null) return before;
  const closing = closingSubject(f, cue, start);
  if (closing !== null) return closing;
  const relative = relativeSubject(f, start, cue.start);
  if (relative !== null) return relative;
  const region = f.text.slice(start, cue.start);
  // (", dan Kim mengatakan", "… while Putin said": a conjunction of contrast opens a clause with or without a comma.)
  const contrasts = [...region.matchAll(f.words.contrastBreak)];
  const conjunction = [...region.matchAll(f.words.clauseBreak), ...contrasts].sort((a, b) => a.index - b.index).at(-1);
  if (conjunction !== undefined) {
    const from = start + conjunction.index + conjunction[0].length;
    const found = subjectIn(f, from, cue.start);
    if (found !== null) return found;
    // "…, as Ukraine and its allies say …": a later clause that names a subject of its own, even one nobody
    // knows, never borrows the sentence's first name; "…, and (also) said …" continues the first subject.
    const own = f.text.slice(from, cue.start);
    const first = firstWord(own);
    // (Not after a word of contrast that opened no clause of its own, "Lavrov, yang untuk sementara berada di
    // Pyongyang, mengatakan": the clause's subject is still the first one.)
    if (first !== "" && !f.words.fronted.has(first) && /\p{Lu}/u.test(own) && !contrasts.includes(conjunction)) return null;
  }
  const found = subjectIn(f, start, cue.start);
  // "Chris Doe, a Russia expert at …, suggested": the description set after a name the gazetteer lacks says what
  // the named person is; the name speaks, not an unnamed person of that description.
  const appositive = found === null || (found !== "joint" && found.kind === "person" && found.id === "") ? apposed(f, start, cue.start) : null;
  if (appositive !== null) return appositive;
  if (found !== null) return found;
  // "The meeting came as U.S. President Donald Trump said he would …": a subordinate clause names its own
  // subject, however far into the sentence it opens.
  const subordinate = [...region.matchAll(f.words.subordinator)].at(-1);
  const own = subordinate === undefined ? null : subjectIn(f, start + subordinate.index + subordinate[0].length, cue.start);
  return own ?? continued(f, cue);
}

/**
 * The person named as the subject right before a quotation whose first word is a reporting verb (`Kim "menyatakan
 * …"`), null when the quotation opens with anything else or no person stands there as subject.
 */
export function subjectOfQuotedVerb(f: FinderState, span: Span, sentence: Sentence, text: string): Who | null {
  const lead = text.length - text.trimStart().length;
  const verb = verbMatcher(f.input.verbs).matcher.find(text).find((m) => m.start === lead);
  if (verb === undefined || !verb.values.some((v) => v.speaker === "before" && v.position !== "after")) return null;
  const from = clauseStart(f, f.startOf(sentence, span.open), span.open);
  const found = subjectIn(f, from, span.open);
  return found !== null && found !== "joint" && found.kind === "person" && found.id !== "" ? found : null;
}

/**
 * `"…," spokesman John Kirby told reporters, adding that …`: a verb right after the comma that closes another
 * reporting verb's clause, with no subject of its own, continues that verb's speaker — one the gazetteer may lack.
 */
export function continued(f: FinderState, cue: Cue): Who | null {
  const prior = (f.cuesIn.get(cue.sentence) ?? []).filter((c) => c.end <= cue.start && c.verb.speaker === "before").at(-1);
  if (prior === undefined || !/^[^,;:\p{Lu}"“”«»]*,\s*$/u.test(f.text.slice(prior.end, cue.start))) return null;
  const who = subject(f, prior);
  return who === "joint" || who === null || who.kind !== "person" ? null : who;
}

/**
 * "… in a meeting that American officials said could lead to a deal": a verb in a relative clause about a common
 * noun (the word before the pronoun in lower case) has the subject named after the pronoun, not the sentence's
 * first name; null when the clause names none.
 */
export function relativeSubject(f: FinderState, start: number, end: number): Who | null {
  const own = chunks(f, start, end).at(-1);
  if (own === undefined) return null;
  const m = [...f.text.slice(own[0], end).matchAll(f.words.objectRelative)].at(-1);
  if (m === undefined) return null;
  const at = own[0] + m.index;
  // (The pronoun may open the chunk, after the comma that closes its antecedent: "the Declaration, which Kim called".)
  const opens = f.text.slice(own[0], at).trim() === "";
  const antecedent = /(\p{L}+)[\s,]+$/u.exec(f.text.slice(opens ? start : own[0], at))?.[1];
  const from = at + m[0].length;
  if (antecedent === undefined || f.mask[from] === 1) return null;
  // After a name, a pronoun that is also a complementizer opens what was said ("told Putin that Russia …"); "which"
  // and "whom" open a relative clause whatever the antecedent ("the Moscow Declaration, which Kim called …").
  if (!/^\p{Ll}/u.test(antecedent) && f.words.complementizer.test(m[0])) return null;
  const words = wordsBetween(f.text, from, end);
  if (words === 0 || words > 6) return null;
  const found = subjectOfChunk(f, from, end, end, true);
  return found === undefined || found === null || found === "joint" ? null : found;
}

/**
 * "… met Kim Jong Un, who told him that …": a relative clause right before the verb has the name before its
 * comma for subject, not the sentence's first name.
 */
export function antecedent(f: FinderState, start: number, end: number): Who | null {
  const relative = f.words.relativeEnd.exec(f.text.slice(start, end));
  if (relative === null) return null;
  const comma = start + relative.index;
  const before = f.candidates[lowerBound(f.candidates, comma) - 1];
  if (before === undefined || before.start < start || before.end > comma || f.mask[before.start] === 1) return null;
  if (!/^\s*$/u.test(f.text.slice(before.end, comma))) return null;
  return before.kind === "organisation" ? organisationSubject(f, before, before.start, comma) : whoOf(before, "before");
}

/**
 * "…, Pyongyang's state media reported Monday." / "…, the Korean Central News Agency reported, adding that …": a
 * verb that closes its sentence (or follows the verb that does) has its subject in its own comma-separated chunk,
 * a name or an outlet at the chunk's start — not the first name of the sentence, which is what was reported.
 */
export function closingSubject(f: FinderState, cue: Cue, start: number): Who | null {
  const parts = chunks(f, start, cue.start);
  const own = parts.at(-1);
  if (parts.length < 2 || own === undefined) return null;
  const between = f.text.slice(own[1], cue.start);
  const endsWithVerb = f.cuesIn.get(cue.sentence)?.some((c) => c.end === f.text.slice(0, own[1]).trimEnd().length) ?? false;
  // The subject's chunk runs up to the verb ("…, the Kremlin said"), or to the verb the participle follows.
  const adjacent = endsWithVerb ? /^[\s,]*$/u.test(between) : /^\s*$/u.test(between);
  if (!adjacent || (!endsWithVerb && !closesClause(f, cue))) return null;
  const found = subjectOfChunk(f, own[0], own[1], own[1], true);
  if (found === undefined || found === null || found === "joint" || found.kind === "document") return null;
  const named = f.firstCandidate(own[0], own[1], (c) => f.mask[c.start] === 0);
  const before = named === undefined ? "" : f.text.slice(own[0], named.start).trim();
  const opensChunk = named !== undefined && (before === "" || f.words.orgDeterminers.test(before) || /['’]s$/u.test(before));
  // "…, the ministry said in a statement": an institution referred back to is the whole chunk.
  const institution = found.kind === "organisation" && found.text === f.text.slice(own[0], own[1]).trim();
  // "…, it said" / "…, the report said": a source referred back to, known or not (sourceReferredTo).
  const referred = found.kind === "none" || (found.attribution === "carry-over" && f.words.sourceAnaphor.test(f.text.slice(own[0], own[1]).trim()));
  // "…, Russian officials have said": people the gazetteer cannot name, by what they are.
  const unnamed = found.id === "" && found.kind === "person" && found.text.split(/\s+/u).some((w) => f.words.personNouns.test(w));
  return (found.id !== "" && (opensChunk || institution)) || (found.id === "" && found.kind === "organisation") || unnamed || referred ? found : null;
}

/** "TASS quoted Putin as saying …", "KCNA mengutip Kim …": the one quoted speaks, the outlet before relays. */
export function quotedIn(f: FinderState, start: number, end: number): Who | null {
  const verb = f.words.quoting.find(f.text.slice(start, end)).at(-1);
  if (verb === undefined) return null;
  const at = start + verb.start;
  // "…, Yonhap News Agency quoted the Kremlin as saying": the outlet heads the chunk before the verb, not the
  // sentence, whose first name is what was reported.
  const own = chunks(f, start, at).at(-1);
  const near = own === undefined ? undefined : subjectOfChunk(f, own[0], own[1], at, true);
  const outlet = near !== undefined && near !== null && near !== "joint" && near.kind === "organisation" ? near : subjectIn(f, start, at);
  const from = start + verb.end;
  const quoted = f.firstCandidate(from, end, (c) => f.mask[c.start] === 0 && c.end <= end && wordsBetween(f.text, from, c.start) <= 3);
  if (quoted === undefined || outlet === null || outlet === "joint" || outlet.kind !== "organisation") return null;
  return { ...whoOf(quoted, "after"), relay: { id: outlet.id, name: outlet.name } };
}

export function subjectIn(f: FinderState, start: number, end: number): Who | "joint" | null {
  for (const [from, to] of chunks(f, start, end)) {
    const found = subjectOfChunk(f, from, to, end);
    if (found !== undefined) return found;
  }
  return null;
}

/** The subject a comma-separated chunk names, null when it ends the search without one, undefined to look on. */
export function subjectOfChunk(f: FinderState, start: number, to: number, end: number, last = to === end): Who | "joint" | null | undefined {
  // ""…," he told reporters, adding that …": a chunk opening with a quotation names its subject after it.
  let from = start;
  while (from < to && (f.mask[from] === 1 || SPACE.test(f.text[from]!))) from++;
  if (from === to) from = start;
  // "Yet he denied …", "Namun Kim mengatakan …": a contrast opening the sentence stands before its subject; so does
  // a dateline's place in capitals and its dash ("…CO.ID, MOSKOW -- Pemimpin Korea Utara …", far down a page).
  const contrast = f.words.contrastStart.exec(f.text.slice(from, to)) ?? DATELINE_PLACE.exec(f.text.slice(from, to));
  if (contrast !== null) from += contrast[0].length;
  const chunk = f.text.slice(from, to);
  const first = firstWord(chunk);
  // "Menurut analis X mengatakan bahwa …": "according to" run on into the verb with no comma between is a subject
  // written twice; the person after it speaks. (With a comma it opens a fronted phrase: "Menurut X, …".)
  if (last && f.words.accordingTo.has(first)) {
    const at = from + chunk.toLowerCase().indexOf(first) + first.length;
    if (at < to && !/[,;:]/u.test(f.text.slice(at, to))) return subjectOfChunk(f, at, to, end, last);
  }
  if (first === "" || f.words.fronted.has(first)) return undefined;
  const lead = chunk.length - chunk.trimStart().length;
  const trimmed = chunk.trimStart();
  const plural = f.words.plural.exec(trimmed);
  if (plural !== null) {
    // "Both Kim and Putin hailed …": a plural word before named people joined; the pair speaks (joint-subject.ts).
    const at = from + lead + plural[0].length;
    const named = f.firstCandidate(at, to, (c) => c.end <= to && f.mask[c.start] === 0);
    const pair = named !== undefined && f.text.slice(at, named.start).trim() === "" ? jointSpeaker(f, named, to) : null;
    return pair ?? "joint";
  }
  // "the ministry said": an institution referred back to speaks, not the person last named.
  const found = institution(f, from + lead, to);
  if (found !== null && f.firstCandidate(from + lead, from + lead + found.text.length, () => true) === undefined) return found;
  // "it said", "the report also said": a source referred back to, right before the verb; "it has been reported"
  // names nobody.
  const source = last ? f.words.sourceAnaphor.exec(trimmed) : null;
  if (source !== null) {
    const rest = trimmed.slice(source[0].length).trim().split(/\s+/u).filter((w) => w !== "");
    if (rest.some((w) => f.words.passive.has(w.toLowerCase()))) return null;
    if (rest.length === 0 || (rest.length === 1 && /^\p{Ll}+$/u.test(rest[0]!))) return sourceReferredTo(f, from + lead, source[0]);
  }
  const anaphor = f.words.anaphor.exec(trimmed);
  // "Menteri Rusia itu" refers back; "Presiden Putin yang tiba di kota itu" names its person.
  const named = f.people[lowerBound(f.people, from + lead)];
  if (anaphor !== null && !(named !== undefined && named.start < from + lead + anaphor[0].length)) {
    const name = titledName(f, trimmed.slice(anaphor[0].length));
    // "The North Korean foreign minister, Ri Yong Ho, did not …": the title's own name, set after it between
    // commas, is whom it stands for; no one quoted before (a date would have named the holder the same way).
    // So is a longer title that names no one in its own words ("The Chairman of the DPRK Supreme People's
    // Assembly, Pak Tae Song, said …").
    const rest = trimmed.slice(anaphor[0].length);
    const namesNoOne = rest.trim() === "" || f.firstCandidate(from + lead + anaphor[0].length, to, (c) => c.kind === "person") === undefined;
    const apposed = (name === null || rest.trim() !== "") && namesNoOne ? nameApposedAt(f, to) : null;
    if (apposed !== null) return apposed;
    // "Juru bicara Presiden Rusia Vladimir Putin, Dmitry Peskov, mengatakan …": the title's person serves the one it
    // names; the person set off by a comma after that name speaks (names.ts servedTitle).
    const principal = namesNoOne ? undefined : f.firstCandidate(from + lead + anaphor[0].length, to, (c) => c.kind === "person" && f.mask[c.start] === 0);
    const served = principal === undefined ? null : servedTitle(f, principal, end, "before");
    if (served !== null && served.id !== "") return served;
    return name === null
      ? carryOfCountry(f, from + lead, anaphor[0], countryIn(f, from + lead, from + lead + anaphor[0].length))
      : { id: "", kind: "person", text: trimmed.trim(), attribution: "before", name };
  }
  // "The president's spokesman said …": someone of the president's, whom the words introduce; never the president or
  // the last person quoted (quote-words.ts ownedTitle).
  const owned = anaphor === null ? f.words.ownedTitle.exec(trimmed) : null;
  if (owned !== null && f.firstCandidate(from + lead, from + lead + owned[0].length, (c) => c.kind === "person") === undefined) {
    return { id: "", kind: "person", text: owned[0], attribution: "before", name: owned[0] };
  }
  // "A video clip showed Kim embracing Lavrov, calling him …": the person shown speaks (shown-subject.ts).
  const shown = shownSubject(f, from + lead, to);
  if (shown !== null) return shown;
  const candidate = f.firstCandidate(
    from,
    to,
    (c) =>
      c.end <= to &&
      f.mask[c.start] === 0 &&
      !f.words.objectMarkers.has(previousWord(f.text, from, c.start)) &&
      !(c.kind === "person" && f.words.genitiveStart.test(f.text.slice(c.end, c.end + 4))) &&
      (wordsBetween(f.text, from, c.start) <= 2 || (c.kind === "organisation" && describesOutlet(f, f.text.slice(from, c.start).trim())) || (c.kind === "person" && titleBefore(f, f.text.slice(from, c.start))))
  );
  if (candidate !== undefined) {
    const served = servedTitle(f, candidate, end, "before");
    if (served !== null) return served;
    const titled = nameAfterTitle(f, from, to, candidate);
    if (titled !== null) return titled;
    // "Kim and Putin said": the first named speaks for a pair of known people, else nobody (joint-subject.ts).
    const pair = jointSpeaker(f, candidate, to);
    if (pair !== null) return pair;
    return candidate.kind === "organisation" ? organisationSubject(f, candidate, from + lead, to) : whoOf(candidate, "before");
  }
  if (!last) return undefined;
  // Someone the gazetteer does not know: "Seorang pejabat senior Rusia mengatakan …"; an outlet it does not
  // know: "…, the media reported".
  const phrase = trimmed.trim();
  // (A person's noun besides the outlet's makes a person: "An intelligence agency spokesman said".)
  if (((wordCount(phrase) <= 4 && f.words.relayNoun.test(phrase) && !personBeside(f, phrase)) || (wordCount(phrase) <= 6 && institutionNamed(f, phrase))) && !ANY_MARK.test(phrase)) {
    return { id: "", kind: "organisation", text: phrase, attribution: "before", name: phrase };
  }
  const described = describedPerson(f, phrase) || (/^\p{Lu}/u.test(phrase) && wordCount(phrase) <= 6);
  if ((described || personOf(f, phrase)) && !f.words.jointInside.test(phrase) && !ANY_MARK.test(phrase)) {
    return { id: personNamed(f, phrase, from), kind: "person", text: phrase, attribution: "before", name: phrase };
  }
  return null;
}
