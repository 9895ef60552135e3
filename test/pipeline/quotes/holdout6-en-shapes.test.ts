// Quote shapes of the held-out English round holdout6en (2026-12-02), in sentences written for these tests: verbs that
// voice the quoted words after them ("pointed out that … “…”", "termed … “…”", "referred to … “…”"). Each test fails
// without the row of lang/en/reporting_verbs.csv it names; and a title referring back with its name set after it
// between commas ("The North Korean foreign minister, Ri Yong Ho, …. He said: …"), which fails without
// quotes.ts's nameApposedAt.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);
const en: Options = { lang: "en", published: "2023-09-14" };

describe("verbs that voice the quoted words after them (lang/en/reporting_verbs.csv)", () => {
  it("'pointed out that … “…”' is the subject's", () => {
    const text = "Putin pointed out that the talks were held “in a year of anniversaries” for both nations.";
    expect(speakers(text, en)).toEqual([["in a", "vladimir-putin"]]);
  });

  it("'termed … as “…”' is the subject's, not a scare quote", () => {
    const text = "Kim Jong Un termed the ties with Moscow as “our first concern” in foreign affairs.";
    expect(speakers(text, en)).toEqual([["our first", "kim-jong-un"]]);
  });

  it("'referred to …'s “…”' is the subject's, before the report that carries it", () => {
    const text = "During the talks, the North Korean leader referred to his country's “firm and unchanging position on the region” and exchanged views with Shoigu, the agency said.";
    expect(speakers(text, { lang: "en", published: "2023-07-27" })).toEqual([["firm and", "kim-jong-un"]]);
  });
});

describe("a title with its name between commas is whom a pronoun after it stands for (quotes.ts nameApposedAt)", () => {
  it("'The North Korean foreign minister, Ri Yong Ho, … . He said: “…”' on a page without a date is Ri's, not the last one quoted", () => {
    const text = "“We are glad the tension has eased,” Lavrov said.\nThe North Korean foreign minister, Ri Yong Ho, kept away from the cameras but spoke briefly before his talks with Lavrov. He said: “Our two countries have to coordinate more closely than before.”";
    expect(speakers(text, { lang: "en", published: "" })).toEqual([["We are", "sergey-lavrov"], ["Our two", "ri-yong-ho"]]);
  });
});
