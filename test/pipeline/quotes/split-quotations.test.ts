// Quotations around their attribution: both halves are the speaker's.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("quotations around their attribution", () => {
  it("continues a statement resumed after its inverted attribution ('\"Kami siap,\" kata Choe, \"bekerja sama …\"')", () => {
    const id = 'Kim Jong Un bertemu Lavrov. "Kami siap," kata Choe Son Hui, "bekerja sama dengan Rusia di segala bidang."';
    expect(marked(id).map((q) => [q[1], q[3]])).toEqual([
      ["choe-son-hui", "direct"],
      ["choe-son-hui", "direct"]
    ]);
    // A quotation after a verb of its own keeps that verb's reading.
    const own = '"Kami siap," kata Choe Son Hui, menyebut Rusia "sahabat sejati".';
    expect(marked(own).map((q) => [q[1], q[3]])).toEqual([
      ["choe-son-hui", "direct"],
      ["choe-son-hui", "partial"]
    ]);
  });

  it("gives a quotation signed with a dash and a name ('\"…\" — Kim Jong Un') to that person", () => {
    expect(marked('Opening.\n"We stand with Russia until victory." — Kim Jong Un', en).map((q) => [q[1], q[3]])).toEqual([["kim-jong-un", "direct"]]);
    // A dash opening an aside is no signature.
    expect(marked('The "special military operation" — Putin\'s term — began in 2022.', en).map((q) => q[1])).toEqual([""]);
  });
});
