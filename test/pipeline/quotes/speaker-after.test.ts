// A speaker named after the quotation, or an outlet quoting someone after it.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("a speaker after the quotation", () => {
  it("reads a description between commas after the name and before the verb ('\"…,\" Sergei Shoigu, the secretary of …, told Kim')", () => {
    const text = '"We will never forget the feat of the Korean soldiers," Sergei Shoigu, the secretary of Russia\'s Security Council, told Kim.';
    expect(marked(text, en).map((q) => [q[1], q[3]])).toEqual([["sergey-shoigu", "direct"]]);
    const unknown = '"This restores a Cold War alliance," Victor Cha, Korea chair at CSIS, said.';
    expect(marked(unknown, en).map((q) => q.slice(1, 3))).toEqual([["", "Victor Cha"]]);
    const relative = 'Kim Jong Un met Vladimir Putin. "We will win," Putin, who arrived on Tuesday, said.';
    expect(marked(relative, en).map((q) => q[1])).toEqual(["vladimir-putin"]);
  });

  it("reads 'as' opening the attribution ('is a \"…,\" as Kim Jong Un, general secretary of …, stressed')", () => {
    const text =
      "The treaty is a \"powerful engine for accelerating the building of a new multipolar world,\" as Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, stressed.";
    expect(marked(text, en).map((q) => [q[1], q[3]])).toEqual([["kim-jong-un", "partial"]]);
    expect(marked('The treaty is a "powerful engine for a multipolar world," as Putin said.', en).map((q) => q[1])).toEqual(["vladimir-putin"]);
  });
});

describe("an outlet quoting someone after the quotation", () => {
  it("'\"…,\" Itar-Tass news agency quoted Mr Putin as saying': the archive name of TASS and its noun before the verb; Putin speaks", () => {
    const found = run('"The talks were frank and useful," Itar-Tass news agency quoted Mr Putin as saying in Khabarovsk.', { lang: "en" }).quotes;
    expect(found.map((q) => [q.speaker_id, q.via])).toEqual([["vladimir-putin", "TASS"]]);
  });
});
