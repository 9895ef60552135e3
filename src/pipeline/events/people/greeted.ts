// Who travels, read from a passive greeting when no one is named as the subject before the trigger. Owns that
// reading only; mentions.ts asks it while it builds a group.
//   "Kedatangannya disambut oleh No Kwang Chol": the agent of the greeting (the first person named after it) hosts,
//   and the other side travels.
//   "Disambut bunga dan musik, Kim Jong Un tiba di …": a passive participle opening the sentence, its phrase closed by
//   a comma before anyone is named and with no agent word ("oleh") in it, is a fronted phrase about the main clause's
//   subject: the person named after the comma is the one greeted, and travels.
import type { Person } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { EventCues } from "../cues.ts";

/** What the reading needs of a trigger found in the sentence. */
interface GreetingHit {
  start: number;
  end: number;
  passive: boolean;
  trigger: { event_type: string };
}

/**
 * The side that travels by the group's passive greeting, "" when the group has none or the person it names is of
 * neither side. `sentenceStart` is where the trigger's sentence (after a dateline) begins.
 */
export function greetedSide(text: string, sentenceStart: number, hits: readonly GreetingHit[], named: readonly EntityMention[], people: ReadonlyMap<string, Person>, sides: readonly string[], cues: EventCues): string {
  const greeting = hits.find((h) => h.passive && h.trigger.event_type === "reception");
  const person = greeting === undefined ? undefined : named.find((e) => e.start >= greeting.end);
  const country = person === undefined ? "" : (people.get(person.id)?.country ?? "");
  if (greeting === undefined || person === undefined || !sides.includes(country)) return "";
  const between = text.slice(greeting.end, person.start);
  const fronted = text.slice(sentenceStart, greeting.start).trim() === "" && between.includes(",") && !between.split(/[\s,]+/u).some((w) => w !== "" && cues.agentAfter.test(` ${w} `));
  return fronted ? country : (sides.find((s) => s !== country) ?? "");
}
