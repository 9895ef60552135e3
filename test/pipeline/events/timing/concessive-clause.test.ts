// fronted-clause.ts inFrontedConcessiveClause: a date in a fronted concessive clause ("Although … last year, …",
// "Meskipun tahun lalu …, …") is not the time of the event the sentence goes on to tell.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const lead = "Russian President Vladimir Putin arrived in Pyongyang on Wednesday.";
const visitIn = (lang: "en" | "id", sentence: string) => mentionsIn(lang, `${lead}\n${sentence}`, "2024-06-19").find((m) => m.evidence === sentence);

describe("a date in a fronted concessive clause", () => {
  test("does not date the visit after it (English)", () => {
    const m = visitIn("en", "Although the two countries marked 75 years of diplomatic ties last year, Putin's visit to Pyongyang is his first since 2000.");
    expect(m?.date_start).not.toBe("2023-01-01");
    expect(m?.role).not.toBe("background");
  });

  test("does not date the visit after it (Indonesian)", () => {
    const m = visitIn("id", "Meskipun tahun lalu kedua negara merayakan 75 tahun hubungan diplomatik, kunjungan Putin ke Pyongyang adalah yang pertama sejak 2000.");
    expect(m?.date_start).not.toBe("2023-01-01");
  });

  test("a date after the comma still dates the event", () => {
    const m = visitIn("en", "Although the two countries are close, Putin last visited Pyongyang in July 2000.");
    expect(m?.date_start).toBe("2000-07-01");
  });
});
