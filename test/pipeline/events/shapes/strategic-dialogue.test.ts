// A strategic dialogue (lang/*/event_triggers.csv) is a meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a strategic dialogue (lang/*/event_triggers.csv)", () => {
  test("'Putaran pertama dialog itu berlangsung di Moskow pada November 2024' is the first round's talks", () => {
    const text = ["Lavrov bertemu Kim Jong Un di Wonsan, Sabtu (12/7/2025).", "Putaran pertama dialog itu berlangsung di Moskow pada November 2024."].join("\n");
    const found = mentions("id", text, "2025-07-12").filter((m) => m.sentence_id === "a-s002");
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id])).toEqual([["background", "talks", "2024-11-01", "moscow"]]);
  });

  test("'melalui jalur dialog' (through dialogue) is no meeting", () => {
    expect(mentions("id", "Rusia mendukung penyelesaian isu nuklir Korea Utara melalui jalur dialog dengan Pyongyang.", "2018-05-31")).toEqual([]);
  });

  test("'held their first strategic dialogue in Moscow in November 2024'", () => {
    const found = mentions("en", "Lavrov and Choe Son Hui held their first strategic dialogue in Moscow in November 2024.", "2025-07-12");
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id])).toEqual([["background", "talks", "2024-11-01", "moscow"]]);
  });
});
