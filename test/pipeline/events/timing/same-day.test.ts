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

describe("a part of the day told last", () => {
  const dated = (lang: "en" | "id", text: string, published: string, start: string) => mentionsIn(lang, text, published).find((m) => m.evidence.startsWith(start))?.date_start;

  test("'In the morning that day' is a morning of the day the sentence before stated, not of the news's day", () => {
    const text = "Kim Jong Il and Vladimir Putin held talks in Vladivostok on August 23.\nOn August 22, Kim Jong Il visited Khabarovsk. In the morning that day, Kim Jong Il visited a plant with Presidential Envoy Konstantin Pulikovsky.";
    expect(dated("en", text, "2002-08-24", "In the morning")).toBe("2002-08-22");
  });

  test("'Malam harinya' is the evening of the day told last", () => {
    const text = "Kim Jong Un dan Vladimir Putin menggelar pembicaraan di Vladivostok pada Kamis (25/4/2019).\nSehari sebelumnya, Rabu (24/4/2019), Kim Jong Un tiba di Khasan dan disambut Gubernur Oleg Kozhemyako.\nMalam harinya, Kim Jong Un bertemu Wakil Perdana Menteri Yuri Trutnev di Vladivostok.";
    expect(dated("id", text, "2019-04-26", "Malam harinya")).toBe("2019-04-24");
  });

  test("a part of a day does not move a meeting still to come", () => {
    const text = "Kim Jong Un arrived in Vladivostok on Wednesday, April 24. He will hold talks with Vladimir Putin in the afternoon on Thursday.";
    expect(mentionsIn("en", text, "2019-04-24").find((m) => m.role === "planned")?.date_start).toBe("2019-04-25");
  });
});

