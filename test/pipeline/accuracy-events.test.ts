// Accuracy of the events stage against the hand-made gold of the five seeds (test/gold/README.md): canonical
// events, main and background mentions, event dates and participants. The figures are printed for the
// methodology page; the thresholds are the issue's.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../../src/io/read.ts";
import { scoreEventTables } from "../helpers/score.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = join(ROOT, "data");
const GOLD = join(ROOT, "test", "gold");
const gold = async (name: string) => readFile(join(GOLD, name), "utf8");

const result = runPipeline(await readDataDir(join(ROOT, "test", "fixtures", "seeds")), await loadResources(DATA));
const scores = scoreEventTables(result, {
  events: await gold("events.csv"),
  event_participants: await gold("event_participants.csv"),
  mentions: await gold("mentions.csv")
});
const { events, mentions, participants, misses } = scores;
const dates = scores.dates.share;
const exactDates = scores.dates.correct;
const matched = scores.trips;

const f = (x: number) => x.toFixed(3);
console.log(
  [
    "events stage accuracy on the five seeds",
    "table                  P      R      F1     (tp / extracted / gold)",
    `events                 ${f(events.precision)}  ${f(events.recall)}  ${f(events.f1)}  (${events.tp} / ${events.extracted} / ${events.gold})`,
    `mentions (main+bg)     ${f(mentions.precision)}  ${f(mentions.recall)}  ${f(mentions.f1)}  (${mentions.tp} / ${mentions.extracted} / ${mentions.gold})`,
    `participants           ${f(participants.precision)}  ${f(participants.recall)}  ${f(participants.f1)}  (${participants.tp} / ${participants.extracted} / ${participants.gold})`,
    `event dates exact at precision: ${f(dates)} (${exactDates} / ${matched.size})`,
    ...misses.map((m) => `  ${m.kind} ${m.table} ${m.id}${m.detail === "" ? "" : `: ${m.detail.slice(0, 70)}`}`)
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
