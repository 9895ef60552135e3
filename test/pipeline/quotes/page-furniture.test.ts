// Pages cut with their furniture: the quotations of the article, not of the site.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedQuotes as marked } from "../../helpers/quote-run.ts";

describe("pages cut with their furniture", () => {
  it("finds a credited dateline below a section, a headline and a date line, and never takes its place for the speaker", () => {
    const text = [
      "Internasional",
      'KCNA: Kim Jong Un Sebut Perjanjian dengan Rusia "Sangat Damai dan Defensif"',
      "Kamis, 20 Juni 2024 | 06:30 WIB",
      'Pyongyang (ANTARA) - Pemimpin Korea Utara Kim Jong Un mengatakan bahwa perjanjian yang ditandatangani bersama Presiden Rusia Vladimir Putin merupakan perjanjian yang "benar-benar damai dan defensif", demikian dilaporkan kantor berita KCNA, Kamis.'
    ].join("\n");
    const found = marked(text).find((q) => q[0].startsWith("benar-benar"));
    expect(found?.[1]).toBe("kim-jong-un");
  });
});
