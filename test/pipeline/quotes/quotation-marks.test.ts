// Quotation marks of every kind open and close a quotation.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, markedAttributions as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("quotation marks", () => {
  it("closes a low opening mark „ with “, as translations from Central European languages write it", () => {
    const found = run("Juru bicara Kremlin Dmitry Peskov mengatakan kepada wartawan: „Pertemuan ini sangat penting bagi kedua negara.“");
    expect(found.findings).toEqual([]);
    expect(found.quotes.map((q) => [q.text, q.speaker_id])).toEqual([["Pertemuan ini sangat penting bagi kedua negara.", "dmitry-peskov"]]);
  });

  it("makes a quotation after a colon direct whatever stands between the verb and the colon", () => {
    expect(marked('Dmitry Peskov told reporters on Monday: "Yes, such a meeting is being prepared."', en)).toEqual([
      ["Yes, such a meeting is being prepared.", "dmitry-peskov", "direct", "before"]
    ]);
  });
});
