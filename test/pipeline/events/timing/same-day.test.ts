// A word for the day the story told last ("earlier the same day", "later in the day"; same_day_words.csv) dates an
// event with no date of its own on that day, a report's day included (events/timing/same-day.ts).
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const rows = (lang: "en" | "id", text: string, published: string) => mentionsIn(lang, text, published).map((m) => [m.triggers.join("+"), m.role, m.date_start]);

describe("the same day as the sentence before", () => {
  test("is the day a report was told on", () => {
    const text = "A Kremlin spokesman told reporters on Monday that Putin could receive Choe Son-hui. Choe landed in Moscow earlier the same day.";
    expect(rows("en", text, "2024-01-17").filter((r) => r[0] !== "receive")).toEqual([["landed", "main", "2024-01-15"]]);
  });

  test("is the day of the meeting told last", () => {
    const text = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Wednesday, June 4. Shoigu left Pyongyang later in the day.";
    expect(rows("en", text, "2025-06-06").map((r) => r[2])).toEqual(["2025-06-04", "2025-06-04"]);
  });

  test("gives no day after a week or a month", () => {
    const text = "Putin may meet Choe Son-hui this week, Peskov said. Choe landed in Moscow earlier the same day.";
    expect(rows("en", text, "2024-01-17").filter((r) => r[0] === "landed").map((r) => r[2])).not.toContain("2024-01-15");
  });

  test("reads the Indonesian pack's words", () => {
    const text = "Juru bicara Kremlin Dmitry Peskov mengatakan pada Senin (15/1/2024) bahwa Putin bisa menerima Choe Son-hui. Choe tiba di Moskow pada hari yang sama.";
    expect(rows("id", text, "2024-01-17").filter((r) => String(r[0]).startsWith("tiba")).map((r) => r.slice(1))).toEqual([["main", "2024-01-15"]]);
  });
});

describe("an event anaphor with a same-day word", () => {
  test("keeps its referent's time: the word dates the telling, not the event told", () => {
    const text = "SEOUL, April 18 -- Kim Jong Un will visit Russia next week for a summit with Putin, KCNA said Thursday. The Kremlin announced the visit the same day.";
    expect(rows("en", text, "2019-04-18").map((r) => r[1])).not.toContain("main");
  });
});
