// A describing word between a credit's determiner and an organisation's name ("state-run KCNA", "the official
// Korean Central News Agency") still lets the organisation speak (quotes/attribution-after.ts,
// lang/en/org_modifiers.csv). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const read = (text: string) => run(text, { lang: "en", published: "2023-07-27" }).quotes.map((q) => [q.kind, q.speaker_id, q.speaker_kind]);

describe("an organisation credited after a quotation with a describing word before its name", () => {
  it("'“…,” state-run KCNA said' is KCNA's", () => {
    expect(read("“The talks were warm and friendly,” state-run KCNA said.")).toEqual([["direct", "kcna", "organisation"]]);
  });
  it("'“…,” the official Korean Central News Agency said' is KCNA's", () => {
    expect(read("The two sides discussed “matters of mutual concern in defence,” the official Korean Central News Agency said.")).toEqual([["partial", "kcna", "organisation"]]);
  });
  it("a describing word before a person's title credits no organisation ('“…,” the official spokesman said')", () => {
    expect(read("“The talks were warm and friendly,” the official spokesman said.").map((q) => q[2])).not.toContain("organisation");
  });
});

describe("an organisation the lexicon names, after a determiner alone, right before the verb", () => {
  it("'“…,” the Korean Central News Agency said' is KCNA's", () => {
    expect(read("“The talks were warm and friendly,” the Korean Central News Agency said.")).toEqual([["direct", "kcna", "organisation"]]);
  });
  it("an organisation that only modifies a noun before the verb is left to the rules before ('the Kremlin press service said')", () => {
    expect(read("“The talks were warm and friendly,” the Kremlin press service said.").map((q) => q[0])).toEqual(["direct"]);
  });
});
