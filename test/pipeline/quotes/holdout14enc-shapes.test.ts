// Quote shapes of the held-out English round 2026-12-03-enc, in sentences written for these tests. Each fails without
// the row or the rule it names.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const read = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.kind, q.speaker_id, q.speaker_text]);
const en = { lang: "en", published: "2024-11-04" };

describe("words in marks that someone conveyed are theirs (lang/en/reporting_verbs.csv 'conveyed')", () => {
  it("'Choe conveyed “cordial regards” from Kim' is Choe's partial quote, not a term", () => {
    expect(read("Choe Son Hui conveyed “cordial regards” from Kim Jong Un to the Russian president.", en)).toEqual([
      ["cordial regards", "partial", "choe-son-hui", "Choe Son Hui"]
    ]);
  });

  it("after a relative pronoun the one it stands for conveys ('Putin met Choe, who conveyed …')", () => {
    expect(read("Vladimir Putin received Choe Son Hui, who conveyed “the best wishes” of her leader.", en).map((q) => q[2])).toEqual(["choe-son-hui"]);
  });
});

describe("a title another title owns introduces someone unnamed (quotes/quote-words.ts ownedTitle, speaker.ts)", () => {
  const before = "Putin met Choe Son Hui on Monday. “We are glad,” Putin said.";

  it("'the president's spokesman said' is not the president, nor the last one quoted", () => {
    expect(read(`${before} The president’s spokesman said the talks had not been planned.`, en).at(-1)).toEqual([
      "the talks had not been planned", "reported", "", "The president’s spokesman"
    ]);
  });

  it("a title owned by a place or a country still refers back ('the country's leader')", () => {
    expect(read(`${before} “Nothing more,” the country's leader added.`, en).at(-1)!.slice(2, 3)).toEqual(["vladimir-putin"]);
  });

  it("the title alone still refers back ('the president said')", () => {
    expect(read(`${before} “Nothing more,” the president said.`, en).at(-1)!.slice(2, 3)).toEqual(["vladimir-putin"]);
  });
});

describe("two verbs of one statement report its clause once (quotes/quotes.ts)", () => {
  it("'The message went on to say that …' is one reported statement, the message's", () => {
    expect(read("Lavrov met Kim Jong Un on Saturday. The message went on to say that Putin looks forward to more contact with Kim.", en).map((q) => [q[1], q[3]])).toEqual([["reported", "The message"]]);
  });

  it("'Lavrov continued to say that …' is one, Lavrov's", () => {
    expect(read("Lavrov met Kim Jong Un on Saturday. Lavrov continued to say that Putin looks forward to more contact with Kim.", en).map((q) => q[2])).toEqual(["sergey-lavrov"]);
  });
});
