// The trigger words of one sentence (the language pack's event_triggers.csv) with what their own words say about
// them: planned, background, anaphoric, passive, the venues they go to.
import type { EntityMention } from "../recognise/recognise.ts";
import type { Sentence } from "../types.ts";
import type { EventCues } from "./cues.ts";
import { type Trigger, triggerMatches } from "./lexicon.ts";
import { type MentionContext, TRAVEL, type TriggerHit } from "./mention-types.ts";
import { invitationGoverns } from "./role/invitation.ts";
import { atInvitation } from "./role/invitation-reason.ts";
import { negativeSubject } from "./role/negative-subject.ts";
import { countryPartner } from "./people/pair.ts";
import { thirdCountryPair } from "./people/country-pair.ts";
import { reportedSpeech } from "./role/backshift.ts";
import { sincePairs } from "./anaphora/since-pair.ts";
import { withoutOrderedReport } from "./role/ordered-report.ts";
import { cuesAround, inScope, insideQuotation } from "./scope.ts";
import { frontedPlan, presentTimeClause } from "./role/tense.ts";
import { placeBeforeRelative } from "./venue/venue-relative.ts";
import { findVenues, placeRightAfter } from "./venue/venue.ts";
import { placeBeforeTrigger } from "./venue/place-before.ts";

export function findTriggers(text: string, sentence: Sentence, entities: readonly EntityMention[], context: MentionContext, cues: EventCues): TriggerHit[] {
  const { lexicons, places } = context;
  const matches = triggerMatches(lexicons.triggers, sentence.text);
  if (matches.length === 0) return [];
  const found: Array<{ trigger: Trigger; start: number; end: number; text: string; evidence?: string }> = [];
  for (const m of matches) {
    const start = sentence.start + m.index;
    found.push({ trigger: m.entry, start, end: start + m.text.length, text: m.text });
  }
  // The longest trigger wins ("pertemuan puncak" over "pertemuan"); then the earlier lexicon row.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.trigger.line - b.trigger.line);
  const kept: typeof found = [];
  for (const f of found) if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  joinReduplicated(text, kept);
  // ("… pertemuan pertama … sejak era Kim Jong-il dengan Dmitry Medvedev": an earlier meeting named by its pair alone,
  // anaphora/since-pair.ts.)
  const elided = sincePairs(text, sentence.start, sentence.start + sentence.text.length, kept, entities, context.people, context.sides, context.pack);
  if (elided.length > 0) {
    kept.push(...elided);
    kept.sort((a, b) => a.start - b.start);
  }

  const hits: TriggerHit[] = [];
  for (const [i, f] of kept.entries()) {
    const around = cuesAround(text, sentence, f, lexicons.modality, cues.relativeAside, { second: cues.secondPredicate, auxiliary: cues.auxiliary });
    if (inScope(around, "negated") || negativeSubject(around.before, cues)) continue;
    // "termasuk pertemuan dengan Korea Selatan pekan lalu": a meeting with a third country is none of the sides'.
    if (countryPartner(text, f.end, entities, places, context.sides, context.pack)) continue;
    // "negotiations in Singapore (between the leaders of the DPRK and the U.S.)": nor one between a side and a third
    // country named after a pair preposition (country-pair.ts).
    if (thirdCountryPair(text, f.end, entities, places, context.sides, context.pack)) continue;
    // "… in the border town of Khasan, where Kim was greeted": the place before a relative clause of place is its event's.
    const onward = findVenues(text, sentence, f.end, entities, places, cues, kept[i + 1]?.start, cues.passivePrefix.test(text.slice(f.start, f.end)));
    // ("While in Pyongyang Ivanov held talks", "in Moscow on a private visit": place-before.ts.)
    const relative = onward.length > 0 ? onward : placeBeforeRelative(text, sentence, f.start, entities, places, cues);
    const clitic = cues.cliticEnd.test(f.text) && !cues.cliticEnd.test(f.trigger.pattern);
    const venues = relative.length > 0 ? relative : placeBeforeTrigger(text, sentence, f.start, entities, places, cues, clitic);
    if (f.trigger.requires === "venue" && venues.length === 0) continue;
    const { before, after } = around;
    // (What an invitation governs: invitation.ts.)
    const invited = invitationGoverns(text, sentence.start, kept, f, around, context.pack);
    // ("Lavrov datang atas undangan Ri Yong Ho": the invitation a trip told was made at is no plan: invitation-reason.ts.
    // After a journey the sentence reports, it is that journey's circumstance: planned or not as the journey is.)
    const reason = f.trigger.role === "planned" && atInvitation(text, sentence.start, f.start, context.pack);
    const journey = reason ? hits.filter((h) => TRAVEL.has(h.trigger.event_type)).at(-1) : undefined;
    // (What a journey before it in the sentence is "for": see recalled-purpose.ts for one the article recalls.)
    const forJourney = !TRAVEL.has(f.trigger.event_type) && journeyBefore(kept, f) && inScope(around, "purpose") && !hits.some((h) => h.background && h.end <= f.start && TRAVEL.has(h.trigger.event_type));
    // "Kunjungan ini kemungkinan akan mengubah hubungan …": after "this visit" (the article's news: event_anaphors.csv),
    // a modal governs what the visit will bring about, not the visit; the news it points at says whether it is held.
    const proximalNews = cues.proximalAfter.test(around.after);
    const plannedOtherwise =
        (f.trigger.role === "planned" && !reason) ||
        inScope(proximalNews ? { ...around, afterCues: [] } : around, "planned") ||
        // ("Dia pernah berkunjung ke sana pada Juli 2000 untuk bertemu dengan Kim Jong Il": what a journey told as
        // history was for is history with it.)
        forJourney ||
        // "Putin dijadwalkan tiba di Pyongyang pada Selasa malam untuk kunjungan kenegaraan": what a planned journey
        // is for is planned with it, however far the modal stands ("arrived for a two-day visit" happened with it).
        // "Lavrov is scheduled to fly to North Korea on Friday for talks": so is what a journey the lexicon does not
        // list is for, when a planned cue stands anywhere before it in its clause.
        (inScope(around, "purpose") && (hits.some((h) => h.planned && h.end <= f.start && TRAVEL.has(h.trigger.event_type)) || inScope(around, "planned", true))) ||
        (isHeadline(sentence) && inScope(around, "headline")) ||
        (insideQuotation(around) && inScope(around, "quoted") && !inScope(around, "present")) ||
        presentTimeClause(before, f.text, cues) ||
        frontedPlan(sentence.text, f.start - sentence.start, f.end - sentence.start, lexicons.modality, cues);
    const planned = journey !== undefined ? journey.planned : plannedOtherwise || (invited && !reason);
    const ahead = !planned && inScope(around, "ahead");
    // Each field by name: a spread of `f` made the hit a slow copy, and cost more than the rest of the loop.
    hits.push({
      trigger: f.trigger,
      start: f.start,
      end: f.end,
      // (An elided trigger's words are those that carry its event: anaphora/since-pair.ts.)
      text: f.evidence ?? f.text,
      planned: planned || ahead,
      ahead,
      purpose: forJourney && planned,
      invited: invited && !plannedOtherwise,
      background: inScope(withoutOrderedReport(around, cues), "background") || (inScope(around, "perfect") && !reportedSpeech(around, cues)) || inScope(around, "marked"),
      spoken: reportedSpeech(around, cues),
      marked: inScope(around, "marked"),
      anaphoric: cues.anaphorAfter.test(after) || cues.anaphorBefore.test(before) || cues.timeAnaphorOpening.test(sentence.text),
      timeAnaphor: !cues.anaphorAfter.test(after) && !cues.anaphorBefore.test(before) && cues.timeAnaphorOpening.test(sentence.text),
      proximal: cues.proximalAfter.test(after) || cues.proximalBefore.test(before),
      passive: cues.passiveBefore.test(before) || cues.passivePrefix.test(f.text),
      // A possessive (a clitic on the trigger, a pronoun after or before it): the event of someone just named.
      continuing: clitic || cues.possessiveAfter.test(after) || cues.possessiveBefore.test(before),
      venues,
      leaving: f.trigger.event_type === "departure" && placeRightAfter(text, f.end, entities),
      occasion: inScope(around, "occasion")
    });
  }
  return hits;
}

/** Whether a sentence is the article's headline: its first line, standing alone, with no closing punctuation. */
export function isHeadline(sentence: Sentence): boolean {
  return sentence.index === 1 && !/[.!?…"”’']\s*$/u.test(sentence.text);
}

/** Whether a journey (a visit, an arrival, a departure) is reported before `hit` in its sentence: what it is "for" is
 * still to come when the journey is reported, unless it is the journey itself ("arrived for a two-day visit"). */
function journeyBefore(hits: ReadonlyArray<{ trigger: Trigger; start: number }>, hit: { start: number }): boolean {
  return hits.some((h) => h.start < hit.start && TRAVEL.has(h.trigger.event_type));
}

/** "pembicaraan-pembicaraan", "kunjungan-kunjungan": a word written twice with a hyphen (Indonesian's plural) is one
 * trigger, its cues counted from the end of both halves, not two triggers a cue reaches one of. In place. */
function joinReduplicated(text: string, kept: Array<{ start: number; end: number; text: string }>): void {
  for (let i = kept.length - 2; i >= 0; i--) {
    const [a, b] = [kept[i]!, kept[i + 1]!];
    if (b.start !== a.end + 1 || text[a.end] !== "-" || a.text.toLowerCase() !== b.text.toLowerCase()) continue;
    kept[i] = { ...a, end: b.end, text: text.slice(a.start, b.end) };
    kept.splice(i + 1, 1);
  }
}

