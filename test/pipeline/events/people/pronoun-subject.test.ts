// A pronoun subject after a sentence whose own subject was a pronoun (events/mentions.ts): whom the pronoun stands for.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that rule
// must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a pronoun subject after a sentence whose own subject was a pronoun (events/mentions.ts)", () => {
  test("is still the person the story is about, not the last person that sentence named", () => {
    const text = "Kim Jong Un tiba di Khasan pada Selasa (12/9/2023).\nDia juga bertemu dengan Menteri Sumber Daya Alam Rusia Alexander Kozlov.\nIa akan bertemu dengan Vladimir Putin pekan ini.";
    const plan = mentions(text, "2023-09-13").find((m) => m.role === "planned");
    expect([...(plan?.people ?? [])].sort()).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("in English too", () => {
    const text = "Kim Jong Un arrived in Khasan on Tuesday, September 12, 2023.\nHe also met Natural Resources Minister Alexander Kozlov.\nHe will meet Vladimir Putin later this week.";
    const plan = mentionsOf(text, "2023-09-13", packs.get("en")).find((m) => m.role === "planned");
    expect([...(plan?.people ?? [])].sort()).toEqual(["kim-jong-un", "vladimir-putin"]);
  });
});
