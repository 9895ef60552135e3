// The first pass: one sentence read on its own. Its triggers are grouped into reports of a meeting (Group) with the
// people, venue, date and modality the sentence gives each; nothing outside the sentence is read here.
import { writtenOn } from "../dates.ts";
import { dayOf, isoDay } from "../dates/days.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import type { Sentence } from "../types.ts";
import { repeatsEarlierAct } from "./role/comparative.ts";
import { type OwnDate, countedFrom, countedOn } from "./timing/counted.ts";
import { outsideCountryPair } from "./people/country-pair.ts";
import { type EventCues, eventCues } from "./cues.ts";
import { delegationSide, namesDelegation, ownedDelegationSide } from "./people/delegation.ts";
import { datesDocument, documentSigning, signingOfDocument } from "./timing/document-signing.ts";
import { foreignPairMember, foreignSubject, servedByForeign } from "./people/foreign-subject.ts";
import { othersNamed } from "./people/others-named.ts";
import { inFrontedConcessiveClause, inFrontedOrderingClause } from "./timing/fronted-clause.ts";
import { greetedSide } from "./people/greeted.ts";
import { SUBJECT_WORDS, groupVenue, listedCounterparts, listedOccasions, orderedClauseAt, thirdPartiesApart } from "./people/group-members.ts";
import { type ModalityCue, type ModalityKind, cueMatches } from "./lexicon.ts";
import { type Group, type MentionContext, TRAVEL, type TriggerHit } from "./mention-types.ts";
import { objectPronounAfter } from "./people/object-pronoun.ts";
import { joinsPair, outsidePair, ownPair, pairBeforeAt } from "./people/pair.ts";
import { periodYear } from "./timing/period-date.ts";
import { possessiveOwner } from "./people/possessive-owner.ts";
import { inRelativeDescription } from "./people/relative-description.ts";
import { BOUNDARY, countWords, isAttributed, isSpeaking, speechCut } from "./scope.ts";
import { countriesOf, isForeign, isSide } from "./sides.ts";
import { pronounSpeaker, speakerIsSubject } from "./people/speaker-subject.ts";
import { addresserOf } from "./people/addressee-host.ts";
import { boundPronoun } from "./people/bound-pronoun.ts";
import { closesNameList } from "./people/name-list.ts";

/** A sentence opening in lower case: the rest of one broken across lines. */
const LOWER_INITIAL = /^\p{Ll}/u;
/** How far after the day of writing a report that states no plan may be dated by a day and month without a year:
 * further on, the nearest-year reading is a past meeting's day ("following a Jan. 15-17 visit" in November). */
const UNPLANNED_REACH_DAYS = 31;
/** How long before the article's date a date after an anniversary's event must end to be that event's (a year, less
 * the slack of a month's or a season's span). */
const ANNIVERSARY_MIN_DAYS = 300;
// Patterns with a Unicode property (\p{L}) are made once here: written in a function, the TypeScript transform that
// runs the sources (tsx) turns each into a `new RegExp`, compiled again at every call.
/** Only a possessive ending between a date and the trigger it modifies ("Wednesday's talks"). */
const POSSESSIVE_GAP = /^(?:['’]\p{L}{0,2})?\s*$/u;
/** Between two dates that say one time twice ("a year ago, on June 19, 2024", "setahun lalu, tepatnya 19 Juni"): a
 * comma and a word or two. */
const APPOSED_DATE_GAP = /^[\s,]*(?:[\p{L}-]+\s+){0,2}$/u;
/** Whether a date stands in a clause opened by a since-word after the last trigger before it, with no trigger of its
 * own after it in the clause. */
function inSinceClause(text: string, at: number, lastTriggerEnd: number, next: TriggerHit | undefined, cues: EventCues): boolean {
  const span = withoutApposedNames(text.slice(lastTriggerEnd, at), text.slice(at));
  const since = lastMatch(cues.sinceWords, span);
  if (since === undefined || BOUNDARY.test(span.slice(since.index))) return false;
  // "… since he came to power in 2011 and his first trip abroad since April": a conjunction after the date joins the
  // next event to the sentence's, out of the since-clause.
  const gap = next === undefined ? "" : text.slice(at, next.start);
  return next === undefined || BOUNDARY.test(gap) || cues.conjunction.test(gap);
}

/** A name apposed between commas to a word in small letters ("sejak menggantikan ayahnya, Kim Jong Il, tahun 2011",
 * "since succeeding his father, Kim Jong Il, in 2011"): the commas set off the name, not the clause it stands in. */
const APPOSED_NAME = /(?<=\p{Ll})\s*,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*,/gu;
/** A name of that kind opening a text: the one the span before it ends at, behind its opening comma. */
const APPOSED_NEXT = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*,/u;

/** `span` with the names apposed in it, and the opening comma of one right after it (`rest` its text), made spaces. */
function withoutApposedNames(span: string, rest: string): string {
  const open = /(?<=\p{Ll})\s*,\s*$/u.exec(span);
  const cut = open !== null && APPOSED_NEXT.test(rest) ? span.slice(0, open.index) + " ".repeat(span.length - open.index) : span;
  return cut.replace(APPOSED_NAME, (m) => " ".repeat(m.length));
}

/** The entities a sentence's groups draw on: its own, the people of the last earlier sentence naming any, and
 * each side's heads of state or government in the article, by position. */
interface SentenceEntities {
  inSentence: readonly EntityMention[];
  lastPeople: readonly EntityMention[] | undefined;
  heads: ReadonlyMap<string, readonly EntityMention[]>;
}

/**
 * The reports of a sentence's trigger hits (one at least), each a run of them.
 * `earlier`: the date of the last meeting told before the sentence, which "Four years later, …" counts on from;
 * `article`: the article's own day, which "The visit comes four months after …" counts back from.
 */
export function sentenceGroups(text: string, sentence: Sentence, hits: readonly TriggerHit[], entities: SentenceEntities, dates: readonly OwnDate[], counted: { earlier: OwnDate | null; article: OwnDate | null }, context: MentionContext): Group[] {
  const { earlier } = counted;
  const { lexicons, people, places, sides } = context;
  const { inSentence } = entities;
  const cues = eventCues(context.pack);
  // Whether a name is a quoted source's ("…, kata Peskov"): asked of each name again for every clause and group.
  const attributedAt = new Map<number, boolean>();
  const attributed = (e: EntityMention) => {
    let known = attributedAt.get(e.start);
    if (known === undefined) {
      known = isAttributed(text, sentence.start, e.start, lexicons.modality, cues.attributionTitle);
      attributedAt.set(e.start, known);
    }
    return known;
  };

  // A date belongs to the nearest trigger before it: news writing puts the date after the verb phrase it dates
  // ("tiba di Moskow, Minggu (14/01), kemudian bertemu … Rabu (17/01)"; "met Kim in Vladivostok on Wednesday").
  // A fronted date ("Rabu (24/08), dalam pertemuan …") belongs to the nearest trigger after it.
  // A date right before a trigger modifies it ("September's summit", "Wednesday's talks"); one after "since"/"sejak"
  // is when an earlier event took place, never the date of the trigger before it.
  // "…, a month after Kim met Putin": a clause about an event before or after, with its own subject; but a verb right
  // after ", and" is the sentence subject's again ("…, only months after taking office, and met Kim").
  const endsInJoin = (gap: string) => {
    const join = lastMatch(cues.clauseJoin, gap);
    return join !== undefined && join.index + join[0].length === gap.length;
  };
  const opensClause = (gap: string) => cues.orderingOpener.test(gap) && BOUNDARY.test(gap) && !endsInJoin(gap);
  const datesOf = new Map<TriggerHit, OwnDate[]>();
  const bound = new Set<TriggerHit>();
  // A date in an opening clause with no trigger of its own, before "…, a month after" ("He first went to Pyongyang
  // in October 2023, a month after the summit"): the later clause's event is counted from it, never dated by it.
  let leading: { date: OwnDate; opener: { at: number; word: string; from: number } } | null = null;
  // "Shoigu, who served as defence minister until May, was making his second trip": a date in a relative clause
  // with no trigger of its own is about the person, not any event of the sentence.
  const asideOfPerson = (date: OwnDate) => {
    const before = text.slice(sentence.start, date.mention.start);
    const open = lastMatch(cues.relativeJoin, before);
    if (open === undefined || BOUNDARY.test(before.slice(open.index + open[0].length))) return false;
    const from = sentence.start + open.index + open[0].length;
    const close = BOUNDARY.exec(text.slice(date.mention.end, sentence.end));
    const to = close === null ? sentence.end : date.mention.end + close.index;
    return !hits.some((h) => h.start >= from && h.end <= to);
  };
  // "Kunjungan ini berlangsung setelah Kim Jong Un pada pekan lalu menyatakan dukungan": after the last trigger, an
  // ordering opener with a subject of its own and no trigger opens a clause about something else; its names and
  // dates are none of the sentence's events'.
  const otherClause = orderedClauseAt(text, hits.at(-1)!.end, sentence.end, inSentence, people, cues, places);
  // "Kemarin, Kementerian Luar Negeri menyatakan kunjungan delegasi Rusia akan …", "Moscow said last month that a Kim
  // visit could happen": a date before any trigger that a speech verb follows, or that follows one and a
  // complementizer follows, is when it was said, not when the event told of is.
  const statementDate = (date: OwnDate) => {
    const first = hits[0]!;
    if (first.start < date.mention.end) return false;
    const after = text.slice(date.mention.end, first.start);
    if (endsInCue(after, lexicons.modality, ["speech"])) return true;
    const before = text.slice(sentence.start, date.mention.start);
    const verb = cueMatches(lexicons.modality, "speech", before).at(-1);
    return verb !== undefined && countWords(before.slice(verb.index + verb.text.length)) <= 1 && cues.complementizer.test(after);
  };
  for (const date of dates) {
    if (datesDocument(text, sentence, date.mention, hits, context.pack)) continue;
    if (asideOfPerson(date) || date.mention.start >= otherClause || statementDate(date) || inFrontedOrderingClause(text, sentence.start, date, hits[0]!, dates, cues) || inFrontedConcessiveClause(text, sentence.start, date, hits[0]!, cues)) continue;
    // "… Perang Korea yang berlangsung antara tahun 1950 dan 1953": a period's own year dates no event.
    if (periodYear(text, sentence.start, { start: date.mention.start, precision: date.mention.precision }, hits, context.pack)) continue;
    const next = hits.find((h) => h.start >= date.mention.end);
    const gap = next === undefined ? "" : text.slice(date.mention.end, next.start);
    const leadingOpener = next === hits[0] && next !== undefined && opensClause(gap) ? lastMatch(cues.clauseOpener, gap) : undefined;
    // "He last came in July 2000, shortly after taking office, when he held talks with Kim Jong Il": the opener
    // right before the event is "when", of the same time; an "after" in an aside before it orders nothing.
    if (leadingOpener !== undefined && cues.orderingOpener.test(leadingOpener[0])) {
      leading = { date, opener: { at: date.mention.end + leadingOpener.index, word: leadingOpener[0], from: date.mention.end } };
      continue;
    }
    // Only a possessive ending may stand between ("Wednesday's talks").
    const modifies = next !== undefined && POSSESSIVE_GAP.test(gap);
    const before = hits.filter((h) => h.start < date.mention.start);
    // "Ini adalah pertemuan ketiga Putin dan Kim sejak 2023": a since-word the date grammar read into the date is one
    // before it; the count of meetings began then, and the meeting counted is a later one. But a count marked as
    // background ("telah bertemu beberapa kali sejak 2019") sums up meetings from that date on: it dates them.
    const since = cues.sinceEnd.test(text.slice(sentence.start, date.mention.start)) || (cues.sinceStart.test(date.mention.text) && before.at(-1)?.background !== true);
    // "his first trip to North Korea since he was appointed defence minister in May": a date in a since-clause with no
    // event of its own is when the period began, no event's date.
    if (!since && inSinceClause(text, date.mention.start, before.at(-1)?.end ?? sentence.start, next, cues)) continue;
    // "North Korea on Thursday marked the first anniversary of the signing (with a reception)": the day is the
    // marking's, never the marked event's; the next report takes it.
    const unmarked = before.at(-1)?.marked === true ? undefined : before.at(-1);
    // "… to mark the anniversary of their signing of the treaty in June last year": a date after the marked event that
    // ends most of a year before the article's date is that event's; an anniversary is marked a year on at least.
    const markedOwn = before.at(-1)?.marked === true && !modifies && !since && counted.article !== null && dayOf(date.mention.date_end) <= dayOf(counted.article.mention.date_start) - ANNIVERSARY_MIN_DAYS;
    const best = markedOwn ? before.at(-1)! : modifies || since ? (next ?? null) : (unmarked ?? next ?? null);
    // "Kim invited Putin to visit North Korea …, and Putin accepted, state media said on Thursday": a date a speech
    // verb closing the sentence stands right before dates the saying; the plan told before it takes none of it.
    if (best !== null && best === before.at(-1) && best.planned && next === undefined && endsInCue(text.slice(best.end, date.mention.start), lexicons.modality, ["speech", "attribution"])) continue;
    if (best?.marked === true && !modifies && !since && !markedOwn) continue;
    if (best !== null && (modifies || since)) bound.add(best);
    if (best !== null) datesOf.set(best, [...(datesOf.get(best) ?? []), date]);
  }

  // A sentence reports one event per run of triggers, split where modality changes, where an anaphor points
  // elsewhere, or where the next trigger has a day of its own: another day ("tiba … Minggu (14/01), kemudian
  // bertemu … Rabu (17/01)": an arrival and a meeting, the subject in common), or a trigger with a date of its own
  // ("September's summit") in another clause after undated ones ("During his talks with Choe, …").
  const split: TriggerHit[][] = [];
  const sharedSubject = new Set<number>();
  // "Choe flew to Minsk on Saturday, after meeting Lavrov": an opener right before the verb leaves the clause no
  // subject of its own; it is the opening clause's.
  if (leading !== null && /^\s*$/u.test(text.slice(leading.opener.at + leading.opener.word.length, hits[0]!.start))) sharedSubject.add(0);
  // Where a clause with its own subject begins, by the index of the group it opens; where the group before it ends
  // when the two share the subject's name ("…with Xi, who also hosted Putin": Xi is in both).
  const joinStarts = new Map<number, number>();
  const relativeEnds = new Map<number, number>();
  // The person a relative clause's group begins at ("Kim Yong Nam, yang berkunjung ke Rusia"), by the group's index.
  const antecedents = new Map<number, EntityMention>();
  // The groups of clauses about an event before or after the sentence's own ("…, a month after", "since …").
  const asides = new Set<number>();
  // "Pertemuan di Beijing ini merupakan yang pertama sejak Putin berkunjung ke Pyongyang": what follows "since" is an
  // earlier event, comma or not, unless the clause returned to the sentence after it.
  const sinceClause = (gap: string) => {
    const since = cues.sinceWord.exec(gap);
    return since !== null && !BOUNDARY.test(gap.slice(since.index));
  };
  // "Putin and Trump met in Alaska, and Kim later congratulated Putin": a clause joined after the group's last
  // trigger with a subject of its own is someone else's doing; its people did not take part.
  const joinedSubjectAt = (from: number, to: number) => {
    let paired = false;
    for (const join of text.slice(from, to).matchAll(cues.clauseJoin)) {
      // ("Talks between Pak, who chairs the assembly, and Lavrov": the first join brings in the pair's second party,
      // pair.ts joinsPair.)
      if (!paired && joinsPair(text, from, from + join.index, inSentence, (id) => people.has(id), context.pack)) {
        paired = true;
        continue;
      }
      const after = from + join.index + join[0].length;
      // ("mempertemukan Presiden China Xi Jinping, Presiden Rusia Vladimir Putin, dan Pemimpin Korea Utara Kim Jong
      // Un": a serial comma before the last of a list of names opens no clause, name-list.ts.)
      if (closesNameList(text, from, from + join.index, after, inSentence, (id) => people.has(id), context.pack)) continue;
      if (inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= after && e.start < to && countWords(text.slice(after, e.start)) <= SUBJECT_WORDS)) return from + join.index;
    }
    return to;
  };
  const namesPerson = (from: number, to: number) => inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= from && e.end <= to && !attributed(e));
  // "Kim and Shoigu discussed the treaty signed by Kim and Putin": a participle with an agent marker and a name right
  // after it ("signed by", "ditandatangani oleh") is done by the people named there, not by the sentence's subject.
  // A passive with an auxiliary ("Xi … was greeted by Kim") has a subject of its own, which the reception's direction
  // reads.
  const agentive = (h: TriggerHit) => {
    if (cues.passiveBefore.test(text.slice(sentence.start, h.start))) return false;
    const marker = cues.agentAfter.exec(text.slice(h.end, sentence.end));
    if (marker === null) return false;
    const from = h.end + marker[0].length;
    return inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= from && countWords(text.slice(from, e.start)) <= SUBJECT_WORDS);
  };
  // The groups an agent phrase opens, and the first group when its trigger is one ("Shoigu praised the treaty signed by …").
  const agentGroups = new Set<number>(agentive(hits[0]!) ? [0] : []);
  for (const hit of hits) {
    const current = split.at(-1);
    const last = current?.at(-1);
    const ownDay = (h: TriggerHit) => datesOf.get(h)?.[0]?.mention.date_start;
    const dated = current?.filter((h) => ownDay(h) !== undefined) ?? [];
    const newDay =
      current !== undefined &&
      last !== undefined &&
      ownDay(hit) !== undefined &&
      (dated.some((h) => ownDay(h) !== ownDay(hit)) || (dated.length === 0 && bound.has(hit) && BOUNDARY.test(text.slice(last.end, hit.start))));
    // "invited Kim to visit Moscow during their summit in Pyongyang last June": an invitation is of the visit it
    // names; a later trigger with a date of its own is the occasion, dated by the sentence and no part of the plan.
    const occasion =
      current !== undefined && current.some((h) => h.trigger.role === "planned") && last?.trigger.role !== "planned" && ownDay(hit) !== undefined && dated.length === 0;
    // "Kim was invited to a dinner the governor hosted on Friday": an occasion invited to (no journey) with a date of
    // its own after it is dated by it; when that is past, it was held (invitation.ts).
    const invitedOccasion = hit.invited && !TRAVEL.has(hit.trigger.event_type) && dated.length === 0 && (datesOf.get(hit)?.[0]?.mention.start ?? -1) >= hit.end;
    if (occasion || invitedOccasion) bound.add(hit);
    const gap = last === undefined ? "" : text.slice(last.end, hit.start);
    const join = lastMatch(cues.clauseJoin, gap);
    const rejoined = join !== undefined && join.index + join[0].length === gap.length;
    // "Kunjungan Belousov dilakukan sebulan setelah Choe berkunjung ke Moskow": an ordering opener followed by a
    // name opens a clause with a subject of its own, comma or not.
    const orderedAt = lastMatch(cues.clauseOpener, gap, (m) => cues.orderingOpener.test(m[0]));
    // So does one right before an event noun whose own people follow ("Kunjungan Choe dilakukan empat bulan setelah
    // pertemuan puncak antara Kim dan Putin"), when the clause before names its own.
    const openerEnd = last === undefined || orderedAt === undefined ? -1 : last.end + orderedAt.index + orderedAt[0].length;
    const ownSubject =
      openerEnd >= 0 &&
      !rejoined &&
      (namesPerson(openerEnd, hit.start) || (/^\s*$/u.test(text.slice(openerEnd, hit.start)) && namesPerson(sentence.start, openerEnd) && namesPerson(hit.end, sentence.end)));
    const opened = last !== undefined && (opensClause(gap) || sinceClause(gap) || ownSubject);
    // "Kim met Xi in Beijing, and Putin separately met Xi": two meetings, each clause with its own subject and its
    // own counterpart; neither is the other's.
    const joinAt = join === undefined || last === undefined ? -1 : last.end + join.index;
    // "…, dan Presiden China Xi Jinping mengunjungi Pyongyang pekan lalu": a journey to a place needs no counterpart.
    // "…, and Morgulov met with her on Friday": a counterpart an object pronoun names is one (object-pronoun.ts).
    const ownClause =
      joinAt >= 0 &&
      !rejoined &&
      current !== undefined &&
      namesPerson(current[0]!.end, joinAt) &&
      namesPerson(joinAt, hit.start) &&
      (namesPerson(hit.end, sentence.end) || objectPronounAfter(text, [hit.end], sentence.end, cues) || (TRAVEL.has(hit.trigger.event_type) && hit.venues.length > 0));
    if (ownClause) joinStarts.set(split.length, joinAt);
    // "Kim held talks with Xi, who also hosted Putin": the relative clause is the person's named before the comma.
    const relative = last === undefined || ownClause ? undefined : lastMatch(cues.relativeJoin, gap);
    const antecedent = relative === undefined ? undefined : [...inSentence].reverse().find((e) => e.kind === "person" && people.has(e.id) && e.end <= last!.end + relative.index && /^\s*$/u.test(text.slice(e.end, last!.end + relative.index)));
    if (antecedent !== undefined) {
      joinStarts.set(split.length, antecedent.start);
      antecedents.set(split.length, antecedent);
      relativeEnds.set(split.length, last!.end + relative!.index + relative![0].length);
    }
    if (opened) asides.add(split.length);
    // Right after an event noun ("a state visit hosted by Kim"), the participle tells of that event: no clause of its own.
    // Nor is a verb joined to the clause before ("Xi tiba … dan disambut oleh Kim"): it shares that clause's subject.
    const joinedVerb = lastMatch(cues.conjunction, gap);
    const byAgents = last !== undefined && countWords(gap) > 0 && !(joinedVerb !== undefined && countWords(gap.slice(joinedVerb.index + joinedVerb[0].length)) <= 1) && agentive(hit);
    // "Lavrov's visit comes amid efforts to organise a summit between Trump and Kim": a meeting noun with its own pair
    // of others (pair.ts outsidePair) is another event than the one told before it in the sentence; its pair is its own.
    // So is one a pair of countries names, one of them a third ("the U.S.-North Korea summit in Hanoi", country-pair.ts):
    // it begins where the pair does.
    const countryPairAt = last === undefined ? null : outsideCountryPair(text, hit.start, hit.end, inSentence, places, sides);
    const ownPair = last !== undefined && (outsidePair(text, hit.end, inSentence, people, sides, context.pack) !== null || countryPairAt !== null);
    if (ownPair) joinStarts.set(split.length, countryPairAt !== null && countryPairAt > last!.end ? countryPairAt : hit.start);
    // "Kunjungan itu … bagi kesepakatan yang dicapai antara Putin dan Kim pada pertemuan puncak …": a pair named right
    // before a later trigger is that trigger's (pair.ts pairBeforeAt); the event told before ends where the pair begins.
    const pairAt = last === undefined || ownPair ? null : pairBeforeAt(text, last.end, hit.start, inSentence, context.pack);
    if (pairAt !== null) joinStarts.set(split.length, pairAt);
    // "The central event of that visit was Kim's meeting with Medvedev": a meeting word a copula predicates of an event
    // referred back to is part of that event, not another one.
    const predicated = last !== undefined && last.anaphoric && !hit.anaphoric && last.planned === hit.planned && cues.copulaLink.test(gap);
    // (A time anaphor opening the sentence, "Saat itu, Putin bertemu membahas … dengan Kim", sets the whole sentence
    // at that time: its meeting words go together as in any sentence.)
    const sameTime = last !== undefined && hit.timeAnaphor === true && last.timeAnaphor === true;
    // ("…menandatangani kemitraan baru untuk menggantikan perjanjian sebelumnya yang ditandatangani pada tahun 1961":
    // a document's signing after its noun is the document's past, no act of the group before it: document-signing.ts.)
    // (A document's signing dated after its noun, "their treaty signed last June", is no act of the subject's either.)
    const documentDate = documentSigning(hit.trigger.event_type, text.slice(sentence.start, hit.start), context.pack);
    const documentPast = last !== undefined && documentDate;
    if (current === undefined || last === undefined || last.planned !== hit.planned || last.marked !== hit.marked || (hit.anaphoric && !sameTime) || (last.anaphoric && !predicated && !sameTime) || newDay || occasion || invitedOccasion || opened || ownClause || antecedent !== undefined || byAgents || ownPair || pairAt !== null || documentPast) {
      if (newDay && !ownClause && !documentDate && last?.planned === hit.planned && !hit.anaphoric && !last?.anaphoric) sharedSubject.add(split.length);
      // "Choe met Lavrov last Friday and will meet Putin next week": a plan joined with no subject of its own is the
      // sentence subject's.
      const conjunction = lastMatch(cues.conjunction, gap);
      const bareJoin = conjunction !== undefined && last !== undefined && countWords(gap.slice(conjunction.index + conjunction[0].length)) <= SUBJECT_WORDS && !namesPerson(last.end + conjunction.index, hit.start);
      if (bareJoin && last.planned !== hit.planned && !hit.anaphoric && !opened && !ownClause && antecedent === undefined) sharedSubject.add(split.length);
      // "Choe will fly to Moscow next week, after meeting Lavrov in July": a clause whose verb follows its opener
      // directly has no subject of its own; it is the sentence subject's.
      const opener = lastMatch(cues.clauseOpener, gap);
      if (opened && opener !== undefined && /^\s*$/u.test(gap.slice(opener.index + opener[0].length))) sharedSubject.add(split.length);
      // "Kim membalas kunjungan itu dengan perjalanan ke Moskwa": the event after an anaphor, in the same clause, is
      // the subject's own.
      if (last?.anaphoric && !hit.anaphoric && last.planned === hit.planned && !BOUNDARY.test(gap)) sharedSubject.add(split.length);
      // An agent phrase's clause begins at its trigger and shares no subject: its people are the agents.
      if (byAgents) {
        agentGroups.add(split.length);
        sharedSubject.delete(split.length);
        joinStarts.set(split.length, hit.start);
      }
      // (Whoever the invitation's subject is, the one invited or the host who invited, is at the occasion.)
      if (invitedOccasion) sharedSubject.add(split.length);
      // "… had accepted an invitation to visit Pyongyang, and that he and Ri had discussed …": a clause joined after a
      // comma that names its own subject before the trigger begins at the join, whatever parted the two events; its
      // subject is not the clause's before it.
      if (!joinStarts.has(split.length) && joinAt >= 0 && !rejoined && namesPerson(joinAt, hit.start)) joinStarts.set(split.length, joinAt);
      split.push([hit]);
    } else current.push(hit);
  }

  // Where each group's words begin: its first trigger, or the conjunction opening its clause before it ("Kunjungan
  // tersebut dilakukan sebulan setelah Kim Jong Un bertemu Putin": Kim is the later meeting's, not the visit's).
  const openers = split.map((groupHits, i) => {
    if (i === 0) return undefined;
    const after = split[i - 1]!.at(-1)!.end;
    const opener = lastMatch(cues.clauseOpener, text.slice(after, groupHits[0]!.start));
    return opener === undefined ? undefined : { at: after + opener.index, word: opener[0], from: after };
  });
  const starts = split.map((groupHits, i) => (i === 0 ? (leading?.opener.at ?? sentence.start) : (joinStarts.get(i) ?? openers[i]?.at ?? groupHits[0]!.start)));
  const groups: Group[] = [];
  for (const [i, groupHits] of split.entries()) {
    const first = groupHits[0]!;
    const from = starts[i]!;
    // A pronoun of a later group may stand between the groups ("the first meeting between Kim and Putin since
    // April 2019, when they held the first summit"); the names there are the earlier group's.
    const clauseStart = i === 0 ? (leading?.opener.at ?? sentence.start) : split[i - 1]!.at(-1)!.end;
    const to = relativeEnds.get(i + 1) ?? starts[i + 1] ?? sentence.end;
    const participants = new Set<string>();
    let subjectCountry = "";
    const cut = Math.min(speechCut(text, first.end, to, lexicons.modality), joinedSubjectAt(groupHits.at(-1)!.end, to), otherClause);
    const subjectEnd = hits[0]!.start;
    // "Shoigu praised the treaty signed by Kim and Putin": before an agent phrase's participle, only a name right before
    // it ("Shoigu, greeted by Kim, …") is its subject and takes part.
    const agents = agentGroups.has(i);
    for (const e of inSentence) {
      if (agents && !sharedSubject.has(i) && e.end <= first.start && !/^[\s,]*$/u.test(text.slice(e.end, first.start))) continue;
      if (sharedSubject.has(i) && e.kind === "person" && e.end <= subjectEnd && people.has(e.id) && !attributed(e)) {
        participants.add(e.id);
        continue;
      }
      if (e.kind !== "person" || e.start < from || e.end > to) continue;
      // "… met Medvedev, who is seen as Putin's closest ally": a person in a relative clause describing another took
      // no part (relative-description.ts).
      if (inRelativeDescription(text, e, inSentence, hits.map((h) => h.start), sentence.start, sentence.end, cues)) continue;
      // "Shoigu's first trip abroad since Putin moved him to the Security Council": a person in a since-clause after
      // the group's last trigger, with no trigger of its own, tells when the span began, not who travelled.
      if (e.start >= groupHits.at(-1)!.end && inSinceClause(text, e.start, groupHits.at(-1)!.end, undefined, cues)) continue;
      const person = people.get(e.id);
      if (person === undefined || cues.servedStart.test(text.slice(e.end, e.end + 60)) || cues.genitiveAtEnd.test(text.slice(e.end, e.end + 60)) || cues.relationEnd.test(text.slice(Math.max(sentence.start, e.start - 60), e.start))) continue;
      // (A closing speaker, "…, Kremlin spokesman Dmitry Peskov said.", is followed by a speech verb: isSpeaking.)
      if (attributed(e) || isSpeaking(text, e.end, sentence.end, lexicons.modality)) {
        // Spokespeople and aides are quoted about meetings they did not attend, unless they tell of their own part.
        if (person.level !== "other" || speakerIsSubject(text, e, first.start, inSentence, cues, lexicons.modality, context.pack, sentence.start)) participants.add(e.id);
      } else if (e.start < cut) {
        participants.add(e.id);
        if (e.end <= first.start && subjectCountry === "") subjectCountry = person.country;
      }
    }
    // "disampaikan Putin kepada Kim Yong Nam, yang berkunjung ke Rusia": who addressed the visitor received him
    // (addressee-host.ts).
    const visitor = antecedents.get(i);
    if (visitor !== undefined && participants.has(visitor.id) && groupHits.some((h) => TRAVEL.has(h.trigger.event_type) && !h.planned)) {
      const host = addresserOf(text, visitor, inSentence, (id) => people.get(id)?.country, sentence.start, context.pack);
      if (host !== undefined) participants.add(host);
    }
    // A person of neither side the sentence does not make a participant: none of a meeting of the two sides, whether
    // the group names both or an anaphor brings them ("pertemuan itu …, di mana Presiden Tiongkok Xi Jinping memimpin").
    const apart = thirdPartiesApart(text, groupHits, inSentence.filter((e) => e.kind === "person" && participants.has(e.id) && e.start >= from && e.end <= to), people, sides, cues);
    if (sides.every((side) => countriesOf(participants, people).includes(side))) for (const id of apart) participants.delete(id);
    // "Lavrov memuji pertemuan Kim dengan Presiden China Xi Jinping": the noun's own pair met, and no one else.
    // ("Lavrov praised Putin's meeting with Kim Yong Chol": a genitive owner and a comitative partner; pair.ts.)
    const pair = groupHits.map((h) => ownPair(text, h, inSentence, people, sides, context.pack)).find((p) => p !== null);
    if (pair !== undefined) {
      participants.clear();
      for (const id of pair) participants.add(id);
    }
    // "…akan bertemu Kim dalam kunjungan ini, seperti yang dilakukannya pada kunjungan terakhirnya": the compared act
    // had the earlier clause's people.
    // (The clause's groups back to the last that names anyone: "kunjungan ini" there names no one of its own.)
    const earlierGroup = [...groups].reverse().find((g) => g.sentence === sentence && g.people.size > 0);
    if (i > 0 && earlierGroup !== undefined && repeatsEarlierAct(text.slice(split[i - 1]!.at(-1)!.end, first.start), context.pack)) for (const id of earlierGroup.people) participants.add(id);
    const scope = text.slice(clauseStart, Math.min(cut, to));
    let pluralAnaphor = false;
    // A pronoun subject ("Dia bertemu …", "Tekad ini ia sampaikan ketika bertemu …") stands before its verb and
    // is the person the previous sentence was about.
    const subjectPosition = text.slice(clauseStart, first.start);
    // (Not one its own clause has bound to a person named before it: people/bound-pronoun.ts.)
    const pronounBefore = cues.singular.test(subjectPosition) && !boundPronoun(text, inSentence, clauseStart, first.start, lexicons.modality, sentence.end, context.pack);
    // Inside the group too ("…, following a trip in January, when she met Putin"), when the sentence has named
    // nobody before its last trigger who could be the pronoun.
    const lastHit = groupHits.at(-1)!;
    const innerPronoun =
      lastHit !== first && cues.singular.test(text.slice(first.end, lastHit.start)) && !inSentence.some((e) => e.kind === "person" && e.start < lastHit.start);
    // (A meeting noun with its own pair named: a pronoun subject praises or supports it, it took no part.)
    // A sentence that opens with its verb in lower case ("met with … Kim Jong-un in Pyongyang.") is the rest of one a
    // page broke across lines (a profile box between its subject and its verb): its subject is the person named last.
    const subjectless = first.start === sentence.start && LOWER_INITIAL.test(sentence.text);
    if ((pronounBefore || innerPronoun || subjectless) && pair === undefined) {
      // ("Lavrov said he …": the speaker the sentence named right before the pronoun; people/speaker-subject.ts.)
      // (A spokesman the pronoun stands for takes part only as any speaker does: "Peskov said he expected Putin to meet
      // Kim" names others' meeting.)
      const speaker = pronounBefore ? pronounSpeaker(text, inSentence, clauseStart, first.start, lexicons.modality, sentence.end, context.pack) : undefined;
      const subject = speaker ?? entities.lastPeople?.[0];
      const takesPart = speaker === undefined || people.get(speaker.id)?.level !== "other" || speakerIsSubject(text, speaker, first.start, inSentence, cues, lexicons.modality, context.pack, sentence.start);
      if (subject !== undefined && takesPart) participants.add(subject.id);
    }
    // A possessive on the trigger ("yang ditandatanganinya", "his visit") is the nearest person named before it in
    // the sentence, when the group's own span names none before it.
    if (first.continuing && i > 0 && pair === undefined && ![...inSentence].some((e) => e.kind === "person" && e.start >= from && e.end <= first.start)) {
      const named = inSentence.filter((e) => e.kind === "person" && people.has(e.id) && e.end <= first.start && !attributed(e));
      // "during their summit", "pertemuan puncak mereka": a plural possessive is everyone the sentence named before it.
      const after = cues.possessiveAfter.exec(text.slice(first.end, to))?.[0] ?? "";
      // ("Putin invited Kim to Moscow during his visit to North Korea": a journey's "his" is the traveller's.)
      const owners = cues.plural.test(text.slice(clauseStart, first.start)) || cues.plural.test(after) ? named : possessiveOwner(named, first.trigger.event_type, first.venues.map((v) => v.country), (id) => people.get(id)?.country ?? "");
      for (const owner of owners) participants.add(owner.id);
    }
    if (cues.plural.test(scope)) pluralAnaphor = true;
    if (cues.bothHeads.test(scope)) {
      for (const side of sides) {
        const sideHeads = entities.heads.get(side) ?? [];
        let lo = 0;
        let hi = sideHeads.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (sideHeads[mid]!.start < first.start) lo = mid + 1;
          else hi = mid;
        }
        const head = sideHeads[lo - 1];
        if (head !== undefined) participants.add(head.id);
      }
    }
    const delegation = delegationSide(text, clauseStart, first.start, inSentence.filter((e) => e.kind === "place"), places, sides, context.pack);
    // "A large delegation of Russian lawmakers made a visit to Pyongyang … and returned making bold claims about their
    // country's clout": a plural possessive after a delegation its clause names as subject, with no person named before
    // the trigger, is the delegation's own; it points back to no earlier report's people.
    if (namesDelegation(text, clauseStart, first.start, context.pack) && !inSentence.some((e) => e.kind === "person" && e.start >= clauseStart && e.end <= first.start) && !cues.plural.test(text.slice(clauseStart, first.start))) pluralAnaphor = false;
    // "… met with Pulikovski … and his delegation": the one whose delegation comes along travels.
    const owned = delegation === "" ? ownedDelegationSide(text, first.end, to, inSentence.filter((e) => e.kind === "person" && participants.has(e.id)), (id) => people.get(id)?.country ?? "", sides, context.pack) : "";
    const travellers = delegation !== "" ? delegation : owned !== "" ? owned : subjectCountry === "" ? greetedSide(text, clauseStart, groupHits, inSentence.filter((e) => e.kind === "person" && participants.has(e.id) && e.end <= to), people, sides, cues) : "";
    const venue = groupVenue(groupHits, participants, people, travellers);
    let date: OwnDate | null = null;
    let datedHit: TriggerHit | null = null;
    let distance = Infinity;
    // The nearest date, but never a report's own day over the event's ("KCNA melaporkan pada hari Rabu bahwa Kim
    // menerima Shoigu kemarin": the reception was "kemarin").
    const eventDated = groupHits.some((h) => (datesOf.get(h) ?? []).some((d) => !d.report));
    for (const hit of groupHits) {
      for (const d of datesOf.get(hit) ?? []) {
        const gap = Math.abs(d.mention.start - hit.start);
        if (gap < distance && !(eventDated && d.report)) {
          date = d;
          datedHit = hit;
          distance = gap;
        }
      }
    }
    // "Putin visited Pyongyang a year ago, on June 19, 2024": a finer date within the nearest, right beside it, is the
    // same time said more exactly.
    for (const hit of date === null ? [] : groupHits) {
      for (const d of datesOf.get(hit) ?? []) {
        const m = d.mention;
        const near = date!.mention;
        const between = m.start >= near.end ? text.slice(near.end, m.start) : text.slice(m.end, near.start);
        if (!d.report && APPOSED_DATE_GAP.test(between) && m.date_start >= near.date_start && m.date_end <= near.date_end && dayOf(m.date_end) - dayOf(m.date_start) < dayOf(near.date_end) - dayOf(near.date_start)) date = d;
      }
    }
    date = date === null ? null : withDuration(date, text.slice(sentence.start, sentence.end), cues, datedHit?.leaving ?? false);
    // "…, a month after Kim visited Russia": counted from the date of the clause before.
    const opener = openers[i];
    // "Tahun berikutnya, …", which the date grammar counts from the time of writing, is the year after the last
    // meeting told.
    const recounted = date !== null && date.mention.relative && cues.spanCounted(date.mention.text, false)?.text === date.mention.text.trim();
    if (recounted) date = countedOn(groups.at(-1)?.date ?? earlier, text, date!.mention.start, date!.mention.end, false, cues, context.pack) ?? date;
    // "Kunjungan ini dilakukan sebulan setelah …": an undated clause before counts from the last date told.
    // "The visit comes four months after …": an undated event anaphor before the opener is the article's news, whose
    // day the span counts back from when nothing else is dated ("this visit": always).
    const previous = groups.at(-1);
    const newsBefore = previous !== undefined && previous.sentence === sentence && previous.date === null && previous.anaphoric;
    const base = newsBefore && previous.proximal ? counted.article : (previous?.date ?? earlier ?? (newsBefore ? counted.article : null));
    if (date === null && opener !== undefined) date = countedFrom(base, text, opener, cues, context.pack);
    // "… terjadi pada Juli 2000, ketika Putin, yang baru beberapa bulan menjabat, menemui Kim Jong Il": a clause of
    // the same time as the one before it in the sentence has that one's date.
    if (date === null && opener !== undefined && cues.sameTimeOpener.test(opener.word) && previous?.sentence === sentence && previous.date !== null) date = previous.date;
    if (date === null && i === 0 && leading !== null) date = countedFrom(leading.date, text, leading.opener, cues, context.pack);
    // "Setahun kemudian, Kim membalas kunjungan itu dengan perjalanan ke Moskwa": the span dates the sentence's own
    // event, not the earlier one an anaphor names.
    if (date === null && !first.anaphoric && split.slice(0, i).every((h) => h[0]!.anaphoric)) date = countedOn(earlier, text, sentence.start, first.start, false, cues, context.pack);
    // "Lavrov met Choe a day earlier": a counted span after the trigger, in the group's own words.
    if (date === null && !first.anaphoric) date = countedOn(groups.at(-1)?.date ?? earlier, text, first.end, to, true, cues, context.pack);
    const background = groupHits.some((h) => h.background);
    if (date !== null && !first.planned) date = pastYear(date, background ? 0 : UNPLANNED_REACH_DAYS);
    const group: Group = {
      sentence,
      hits: groupHits,
      planned: first.planned,
      ahead: first.ahead,
      background,
      anaphoric: first.anaphoric,
      proximal: first.proximal,
      // (A document's signing points back to no report: its possessive, "their treaty signed …", is the document's.)
      continuing: !groupHits.every((h) => documentSigning(h.trigger.event_type, text.slice(sentence.start, h.start), context.pack)) && (groupHits.some((h) => h.continuing) || pluralAnaphor || pronounBefore),
      summitAnaphor: first.anaphoric && first.trigger.event_type === "summit",
      bothCountries: cues.bothCountries.test(text.slice(from, to)),
      people: participants,
      subjectCountry,
      travellers,
      venue,
      foreign: othersNamed(inSentence, from, to, places, sides),
      foreignPartner: inSentence.some((e) => {
        if (e.kind !== "place" || e.start < from || e.end > to || !isForeign(places.get(e.id), sides) || cues.genitiveStart.test(text.slice(e.end, e.end + 8))) return false;
        return groupHits.some((h) => h.end <= e.start && PARTNER_GAP.test(text.slice(h.end, e.start)) && !cues.prepositionEnd.test(text.slice(h.end, e.start)));
      }),
      dateBound: groupHits.some((h) => bound.has(h) && datesOf.get(h)?.[0] === date),
      thirdCountry: venue !== null && venue.country !== "" && !isSide(sides, venue.country) ? venue.country : "",
      date,
      pluralAnaphor,
      pronounSubject: pronounBefore && !first.anaphoric && !groupHits.some((h) => h.continuing) && !pluralAnaphor,
      objectPronoun: objectPronounAfter(text, groupHits.map((h) => h.end), to, cues),
      aside: asides.has(i) || (i === 0 && leading !== null),
      later: asides.has(i) && openers[i] !== undefined && cues.laterOpener.test(openers[i]!.word),
      additive: cues.additive.test(subjectPosition),
      // (Not a word of a counted span, "Setahun kemudian", which counts on from the event before.)
      sequel: cues.sequel.test(subjectPosition) && cues.spanCounted(subjectPosition, true) === null,
      nonOfficials: cues.nonOfficials.test(subjectPosition),
      foreignSubject: foreignSubject(context.pack)(subjectPosition) || servedByForeign(text, clauseStart, first.start, inSentence, (id) => people.get(id)?.country ?? "", sides, cues.servedStart),
      foreignPair: foreignPairMember(context.pack)(subjectPosition, text.slice(lastHit.end, to)),
      beforeEvent: cues.beforeEventEnd.test(text.slice(sentence.start, first.start)),
      comparison: cues.recapComparison.test(text.slice(sentence.start, sentence.end)),
      contrast: cues.contrastOpening.test(text.slice(sentence.start, sentence.end)),
      present: cues.present.test(text.slice(sentence.start, sentence.end)),
      apart
    };
    // A document's signing told only as its date, with no signer named ("their treaty signed last June"), reports no
    // meeting: document-signing.ts. Nor is the sentence's subject before the document's noun its signer ("Kim Jong Un
    // menyebut perjanjian ini sebagai perjanjian terkuat yang pernah ditandatangani antara kedua negara"): only an
    // agent phrase names who signed it.
    const documentOnly = groupHits.every((h) => documentSigning(h.trigger.event_type, text.slice(sentence.start, h.start), context.pack));
    // (An agent phrase with no name, "signed by the two leaders", leaves the signers to the anaphor's reading.)
    // (Nor when the signing names a co-signer, "the treaty signed with Putin": the subject signed it with them.)
    const after = text.slice(first.end, sentence.end);
    if (documentOnly && !agents && !cues.agentAfter.test(after) && !cues.cosignerAfter.test(after)) {
      for (const id of [...participants]) if (!inSentence.some((e) => e.kind === "person" && e.id === id && e.start >= first.start && e.end <= to)) participants.delete(id);
    }
    if (participants.size === 0 && documentOnly) continue;
    // "… marks the 70th anniversary of the signing of the July 27, 1953, Korean War armistice": the signing of a
    // document an anniversary marks, told with nobody, no agent phrase ("the signing by the two leaders of …") nor
    // plural anaphor, is the document's past, no meeting (document-signing.ts). ("Russia, DPRK sign partnership
    // treaty", told as the news, is the signing of the day.)
    if (participants.size === 0 && !agents && !pluralAnaphor && !cues.agentAfter.test(after) && groupHits.every((h) => h.marked && signingOfDocument(h.trigger.event_type, text.slice(h.end, sentence.end), context.pack))) continue;
    const occasions = listedOccasions(text, groupHits, datesOf, inSentence, places, cues);
    const counterparts = occasions.length === 0 ? listedCounterparts(text, groupHits, datesOf, inSentence, people, places, cues) : [];
    if (occasions.length === 0 && counterparts.length === 0) groups.push(group);
    for (const o of occasions) {
      const venue = o.venue ?? group.venue;
      const thirdCountry = venue !== null && venue.country !== "" && !isSide(sides, venue.country) ? venue.country : "";
      groups.push({ ...group, date: o.date, venue, thirdCountry, dateBound: false });
    }
    // Each counterpart met on its own day, with the subject: none of the others.
    const listed = new Set(counterparts.flatMap((c) => c.people));
    const placed = counterparts.some((c) => c.venue !== null);
    for (const c of counterparts) {
      const venue = c.venue ?? (placed ? null : group.venue);
      const thirdCountry = venue !== null && venue.country !== "" && !isSide(sides, venue.country) ? venue.country : "";
      groups.push({ ...group, date: c.date, venue, thirdCountry, people: new Set([...participants].filter((p) => !listed.has(p)).concat(c.people)), dateBound: false });
    }
  }
  return groups;
}

/** Whether a gap ends in the clause of a cue of one of `kinds`, no clause break after the last one: "…, state media
 * said on" (speech), "…, kata media pemerintah Korea Utara pada" (attribution: "kata", "menurut", "according to"). A date
 * right after such a gap is the saying's. */
function endsInCue(gap: string, modality: readonly ModalityCue[], kinds: readonly ModalityKind[]): boolean {
  let said: { index: number; text: string } | undefined;
  for (const kind of kinds) for (const m of cueMatches(modality, kind, gap)) if (said === undefined || m.index > said.index) said = m;
  return said !== undefined && !BOUNDARY.test(gap.slice(said.index + said.text.length));
}

/** A comma alone between two names of a list ("talks between Putin, Xi and Kim"). */
/** Between a meeting's trigger and a country that is its other party, at most six words and no clause punctuation. */
const PARTNER_GAP = /^[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,6}$/u;
/**
 * The last of `text.matchAll(regex)` (a global expression) that `accept` accepts, without the copy of the expression
 * and the array of every match that spreading them takes: asked several times of each gap between two triggers.
 */
function lastMatch(regex: RegExp, text: string, accept: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (accept(m)) last = m;
    // After an empty match the next is looked for a character on, as matchAll does.
    if (m[0] === "") regex.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff && regex.unicode ? 2 : 1);
  }
  regex.lastIndex = 0;
  return last;
}

/** A visit's stated length ("a two-day visit") spans from the day given: forward from an arrival or a meeting, back
 * from a departure from the venue ("left Pyongyang on Friday, ending a two-day state visit"). */
function withDuration(date: OwnDate, sentence: string, cues: EventCues, leaving: boolean): OwnDate {
  const m = date.mention;
  if (m.precision !== "day" || m.date_start !== m.date_end) return date;
  const days = cues.durationDays(sentence);
  if (days === null) return date;
  const day = dayOf(m.date_start);
  const span = leaving ? { date_start: isoDay(day - days + 1), date_end: m.date_end } : { date_start: m.date_start, date_end: isoDay(day + days - 1) };
  return { ...date, mention: { ...m, ...span } };
}

/**
 * "Sebelumnya, kedua pemimpin bertemu di Vostochny pada 13 Sept…" in a story of June 2024: a report marked as earlier
 * is before the day of writing, so a day and month whose year the nearest-year rule put after it (the year cut off by
 * the excerpt, or never written) are the year before's. So is one that states no plan and that the rule put more
 * than `reach` days after it: what is reported without a plan has happened.
 */
function pastYear(d: OwnDate, reach: number): OwnDate {
  const m = d.mention;
  // (Against the anchor's last day: a day of an anchor's month, "2024-09-13" in September 2024, is not after it.)
  const a = m.anchor;
  const written = a === null || !writtenOn(a) || a.precision === "month-day" ? null : a.precision === "day" ? a.date : a.precision === "month" ? `${a.date}-31` : `${a.date}-12-31`;
  if (written === null || m.precision !== "day" || !m.flags.includes("year-inferred") || m.date_start <= (reach === 0 ? written : isoDay(dayOf(written) + reach))) return d;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  if (m.date_start.slice(5, 10) === "02-29" || m.date_end.slice(5, 10) === "02-29") return d;
  return { ...d, mention: { ...m, date_start: back(m.date_start), date_end: back(m.date_end) } };
}
