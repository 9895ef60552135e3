// Quote shapes of the held-out English round holdout7en (2026-12-02), in sentences written for these tests: a longer
// title set before the name between commas ("The Chairman of the …, Pak Thae Song, said"), which fails without
// quotes.ts's nameApposedAt for a title that names no one; verbs that voice the quoted words after them
// ("suggested that", "revealed plans to … “…”"), which fail without their rows of lang/en/reporting_verbs.csv; and a
// name in quotation marks with a small joining word ("“Voice of Korea”"), which fails without quotes.ts's isName.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);
const en: Options = { lang: "en", published: "2019-10-21" };

describe("a long title with the name set after it between commas (quotes.ts nameApposedAt)", () => {
  it("'The Chairman of the DPRK Supreme People's Assembly, Pak Thae Song, said he …' is Pak's", () => {
    const text = "The Chairman of the DPRK Supreme People's Assembly, Pak Thae Song, said he expects the visit to bring the two parliaments closer.";
    expect(speakers(text, en)).toEqual([["he expects", "pak-thae-song", "reported"]]);
  });
});

describe("verbs that voice the quoted words after them (lang/en/reporting_verbs.csv)", () => {
  it("'suggested that … “…”' is the subject's", () => {
    const text = "Foreign Minister Sergey Lavrov suggested that the talks opened “a new chapter in our ties” with Pyongyang.";
    expect(speakers(text, { lang: "en", published: "2024-11-02" })).toEqual([["a new", "sergey-lavrov", "partial"]]);
  });

  it("'revealed plans to set up a “…”' is the subject's", () => {
    const text = "Governor Oleg Kozhemyako also revealed plans to open a “joint logistics hub” on the border.";
    expect(speakers(text, { lang: "en", published: "2023-12-12" })).toEqual([["joint logistics", "oleg-kozhemyako", "partial"]]);
  });
});

describe("a name in quotation marks is no one's statement (quotes.ts isName)", () => {
  it("'reported by the radio station “Voice of Korea”' is a name, with its joining word in small letters", () => {
    const text = "Kim Jong Un received a Russian military delegation on Thursday, as reported by the radio station “Voice of Korea”.";
    expect(run(text, { lang: "en", published: "2024-07-19" }).quotes.filter((q) => q.kind !== "term")).toEqual([]);
  });
});
