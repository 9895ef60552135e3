// Accuracy of the events stage against the hand-made gold of the five seeds (test/gold/README.md): canonical
// events, main and background mentions, event dates and participants. The figures are printed for the
// methodology page; the thresholds are the issue's.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../../src/pipeline/read.ts";
import { fileToArticleId, matchTrips, readGold, score, scoreSets, scoreSpans } from "../helpers/score.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = join(ROOT, "data");
const GOLD = join(ROOT, "test", "gold");

const result = runPipeline(await readDataDir(DATA), await loadResources(DATA));
const articleOf = await fileToArticleId(join(DATA, "sources.csv"));
const goldEvents = await readGold(GOLD, "events.csv");
const goldParticipants = await readGold(GOLD, "event_participants.csv");
const goldMentions = await readGold(GOLD, "mentions.csv", articleOf);
const texts = new Map(result.articles.map((a) => [a.article_id, a.text]));

const matched = matchTrips(
  goldEvents.map((g) => ({ id: g.event_key!, host_country: g.host_country!, guest_country: g.guest_country!, date_start: g.date_start!, date_end: g.date_end! })),
  result.events.map((e) => ({ id: e.event_id, ...e }))
);
const events = score(matched.size, result.events.length, goldEvents.length);

const reported = (role: string | undefined) => role === "main" || role === "background";
const mentions = scoreSpans(
  goldMentions.filter((g) => reported(g.role)).map((g) => {
    const text = texts.get(g.article_id!) ?? "";
    const start = text.indexOf(g.evidence!);
    if (start < 0) throw new Error(`gold ${g.gold_mention_id}: evidence is not in ${g.article_id}`);
    return { article_id: g.article_id!, char_start: start, char_end: start + g.evidence!.length, event_id: matched.get(g.event_key!) ?? "" };
  }),
  result.mentions.filter((m) => reported(m.role))
);

const byId = new Map(result.events.map((e) => [e.event_id, e]));
const exactDates = goldEvents.filter((g) => {
  const e = byId.get(matched.get(g.event_key!) ?? "");
  return e !== undefined && e.date_start === g.date_start && e.date_end === g.date_end && e.date_precision === g.date_precision;
}).length;
const dates = matched.size === 0 ? 0 : exactDates / matched.size;

const participants = scoreSets(
  goldParticipants.map((g) => `${matched.get(g.event_key!) ?? `unmatched:${g.event_key}`} ${g.person_id} ${g.role}`),
  result.eventParticipants.map((p) => `${p.event_id} ${p.person_id} ${p.role}`)
);

const f = (x: number) => x.toFixed(3);
console.log(
  [
    "events stage accuracy on the five seeds",
    "table                  P      R      F1     (tp / extracted / gold)",
    `events                 ${f(events.precision)}  ${f(events.recall)}  ${f(events.f1)}  (${events.tp} / ${events.extracted} / ${events.gold})`,
    `mentions (main+bg)     ${f(mentions.precision)}  ${f(mentions.recall)}  ${f(mentions.f1)}  (${mentions.tp} / ${mentions.extracted} / ${mentions.gold})`,
    `participants           ${f(participants.precision)}  ${f(participants.recall)}  ${f(participants.f1)}  (${participants.tp} / ${participants.extracted} / ${participants.gold})`,
    `event dates exact at precision: ${f(dates)} (${exactDates} / ${matched.size})`
  ].join("\n")
);

describe("events stage accuracy against test/gold", () => {
  test("canonical events: precision and recall ≥ 0.95", () => {
    expect(events.precision).toBeGreaterThanOrEqual(0.95);
    expect(events.recall).toBeGreaterThanOrEqual(0.95);
  });

  test("mentions (main and background): precision and recall ≥ 0.90", () => {
    expect(mentions.precision).toBeGreaterThanOrEqual(0.9);
    expect(mentions.recall).toBeGreaterThanOrEqual(0.9);
  });

  test("event dates exact at the recorded precision for ≥ 95 % of matched events", () => {
    expect(dates).toBeGreaterThanOrEqual(0.95);
  });

  test("participants F1 ≥ 0.9", () => {
    expect(participants.f1).toBeGreaterThanOrEqual(0.9);
  });

  test("no planned mention is counted in an event", () => {
    expect(result.mentions.filter((m) => m.role === "planned" && m.event_id !== "")).toEqual([]);
  });
});
