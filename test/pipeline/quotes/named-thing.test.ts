// A capitalised quotation after an article is a name (quotes/named-thing.ts, lang/en/name_determiners.csv), in
// sentences written for these tests.
import { describe, expect, it } from "vitest";
import { namesThing } from "../../../src/pipeline/quotes/named-thing.ts";
import { run } from "../../helpers/quote-run.ts";

const read = (text: string) => run(text, { lang: "en", published: "2024-06-19" }).quotes.map((q) => [q.text, q.kind, q.speaker_id]);
const title = (t: string) => t.split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w === "and");

const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported" && q.kind !== "term")
    .map((q) => q.speaker_id);

describe("namesThing", () => {
  const article = /(?<![\p{L}])(?:a|an|the)\s+$/iu;
  it("holds for capitalised words after an article", () => {
    expect(namesThing("The two leaders signed a ", "Friendship and Cooperation Pact", article, title)).toBe(true);
  });
  it("not without the article, nor when punctuation closes the words inside the marks", () => {
    expect(namesThing("The two leaders signed ", "Friendship and Cooperation Pact", article, title)).toBe(false);
    expect(namesThing("He called it a ", "Great Success,", article, title)).toBe(false);
  });
  it("not for words in small letters", () => {
    expect(namesThing("He praised the ", "very warm welcome", article, title)).toBe(false);
  });
});

describe("a name in marks stays a term when a credit follows the sentence", () => {
  it("'… signed a “Treaty on Lasting Friendship”, according to TASS' quotes nobody", () => {
    expect(read("Vladimir Putin and Kim Jong Un signed a “Treaty on Lasting Friendship”, according to Russia's TASS news agency.")).toEqual([
      ["Treaty on Lasting Friendship", "term", ""]
    ]);
  });

  it("'… toured the “Rocket Industry Fair 2019”, KCNA said, showing …' quotes nobody", () => {
    expect(read("Kim Jong Un and Sergei Shoigu toured the “Rocket Industry Fair 2019”, KCNA said, showing photos of new drones.").map((q) => q[1])).toEqual(["term"]);
  });

  it("words in small letters after an article are still a credited partial quote", () => {
    expect(read("Putin praised the “very warm welcome” in Pyongyang, according to Russia's TASS news agency.").map((q) => q[1])).toEqual(["partial"]);
  });
});

describe("'apa yang mereka sebut sebagai “…”' (what they call)", () => {
  it("names a side's term, nobody's statement", () => {
    const text = "Kim Jong Un menyatakan dukungan bagi langkah Moskow melawan apa yang mereka sebut sebagai “ancaman dari Barat yang terus meningkat.”";
    expect(speakers(text, "2025-07-13")).toEqual([]);
  });
});

describe("a name in quotation marks is no one's statement (quotes.ts isName)", () => {
  it("'reported by the radio station “Voice of Korea”' is a name, with its joining word in small letters", () => {
    const text = "Kim Jong Un received a Russian military delegation on Thursday, as reported by the radio station “Voice of Korea”.";
    expect(run(text, { lang: "en", published: "2024-07-19" }).quotes.filter((q) => q.kind !== "term")).toEqual([]);
  });
});
