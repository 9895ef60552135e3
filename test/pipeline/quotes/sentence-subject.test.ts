// A person's pronoun in a later clause of a sentence that opens with a named subject (quotes/speaker.ts
// sentenceSubject): "Lavrov met Kim …, where he described …" is Lavrov's, not the last person named (the object).
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2025-07-12" };
const speakerOf = (text: string, start: string) => run(text, en).quotes.find((q) => q.text.startsWith(start))?.speaker_id;

describe("a pronoun after the sentence's named subject and its object", () => {
  it("'Lavrov met Kim in Wonsan on Saturday, where he described … as \"…\", the ministry said' is Lavrov's", () => {
    const text = "SEOUL: Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in the coastal city of Wonsan on Saturday (Jul 12), where he described the two nations' relations as \"an invincible fighting brotherhood\", Russia's foreign ministry said.";
    expect(speakerOf(text, "an invincible")).toBe("sergey-lavrov");
  });

  it("so with a subject named after a title and an object before the clause: 'Putin received Choe at the Kremlin, where he said \"…\"'", () => {
    const text = "Russian President Vladimir Putin received North Korean Foreign Minister Choe Son Hui at the Kremlin on Monday, where he said \"our ties are growing stronger\".";
    expect(speakerOf(text, "our ties")).toBe("vladimir-putin");
  });

  it("a pronoun opening its sentence is still the one the sentence before was about", () => {
    const text = "Kim Jong Un met Sergei Lavrov in Wonsan on Saturday.\nHe said \"this is a very important visit\".";
    expect(speakerOf(text, "this is")).toBe("kim-jong-un");
  });

  it("a quotation opening the sentence leaves the pronoun after it to the rules before", () => {
    const text = "Kim Jong Un met Sergei Lavrov in Wonsan on Saturday.\n\"This is a very important visit,\" he said.";
    expect(speakerOf(text, "This is")).toBe("kim-jong-un");
  });

  it("after 'and' the pronoun may be the object's: no guess for the subject ('Lavrov met Choe Son Hui …, and she said')", () => {
    const text = "Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Moscow on Monday, and she said the talks were \"very productive\".";
    expect(speakerOf(text, "very productive")).not.toBe("sergey-lavrov");
  });
});
