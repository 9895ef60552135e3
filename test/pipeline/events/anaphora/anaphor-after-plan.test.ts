// An event anaphor after a plan refers to the plan, not to a report.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("an event anaphor after a plan", () => {
  // x_id_07: "Kini, Putin dijadwalkan tiba … Selasa malam …", a quotation and a byline, then "Kunjungan itu juga akan
  // diikuti …": out of the anaphor's two sentences, it fell back on the article's news and was reported as happened.
  test("'Kunjungan itu' past a quotation and a byline is still the plan, not the news that happened", () => {
    const text = [
      "Putin dan Kim Jong Un bertemu di Pyongyang pada Senin.",
      "Kim Jong Un dijadwalkan mengunjungi Moskow pekan depan.",
      "\"Kami sangat menghargai dukungan teguh Korea Utara,\" tulis Putin dalam artikel di surat kabar Rodong Sinmun.",
      "(mas)",
      "Kunjungan itu juga akan diikuti dengan penandatanganan sejumlah dokumen, kata ajudan Kremlin Yuri Ushakov."
    ].join("\n");
    const found = mentions("id", text, "2024-06-19");
    const anaphor = found.find((m) => text.slice(m.char_start).startsWith("Kunjungan itu"))!;
    expect(anaphor.role).toBe("planned");
    expect(found.filter((m) => m.role === "main").map((m) => m.char_start)).toEqual([0]);
  });

  test("'The trip' past a quotation and a byline is still the plan", () => {
    const text = [
      "Putin and Kim Jong Un met in Pyongyang on Monday.",
      "Kim Jong Un is expected to visit Moscow next week.",
      "\"We highly value North Korea's firm support,\" Putin wrote in an article in the Rodong Sinmun newspaper.",
      "(mas)",
      "The trip will also include the signing of several documents, Kremlin aide Yuri Ushakov told reporters."
    ].join("\n");
    const found = mentions("en", text, "2024-06-19");
    const anaphor = found.find((m) => text.slice(m.char_start).startsWith("The trip"))!;
    expect(anaphor.role).toBe("planned");
  });

  test("within reach, as before: the plan's anaphor is planned", () => {
    const text = "Kim Jong Un is expected to visit Moscow next week. The trip will also include the signing of several documents.";
    // (The signing the trip will include is a report of its own since "the signing of" is a trigger: planned too.)
    const found = mentions("en", text, "2024-06-19");
    expect(found.find((m) => text.slice(m.char_start).startsWith("The trip"))?.role).toBe("planned");
    expect(found.map((m) => m.role)).toEqual(["planned", "planned", "planned"]);
  });
});
