// One credit closing a sentence covers every quotation of it (quotes.ts chainedAttribution): a quotation opening the
// sentence with no credit of its own, joined by a few words that name nobody and report nothing to another whose
// credit closes the sentence, is the same speaker's. Sentences are our own.
import { describe, expect, test } from "vitest";
import { quotes } from "../../helpers/quote-run.ts";

const en = (text: string) => quotes(text, { lang: "en", published: "2024-06-17" });
const id = (text: string) => quotes(text, { lang: "id", published: "2024-06-17" });
const speakers = (found: Array<[string, string, string, string]>) => found.map(([text, speaker, kind]) => [text, speaker, kind]);

describe("two quotations and one credit after the second", () => {
  test("joined by 'and', both are the speaker's (not the last paragraph's)", () => {
    expect(speakers(en("Peskov spoke first.\n\"We are ready,\" and \"we will not retreat from our course,\" Kim Jong Un said on Tuesday."))).toEqual([
      ["We are ready,", "kim-jong-un", "direct"],
      ["we will not retreat from our course,", "kim-jong-un", "partial"]
    ]);
  });

  test("joined by a clause that names nobody ('among which will be')", () => {
    const found = speakers(en("The Kremlin said the trip was friendly.\n\"Several documents will be signed,\" among which will be \"important, highly significant documents\", Kremlin aide Yuri Ushakov was quoted as saying."));
    expect(found.slice(1, 3)).toEqual([
      ["Several documents will be signed,", "yuri-ushakov", "direct"],
      ["important, highly significant documents", "yuri-ushakov", "partial"]
    ]);
  });

  test("in Indonesian, 'dan' between them and 'kata' after", () => {
    expect(speakers(id("Peskov berbicara lebih dulu.\n\"Kami siap bekerja sama,\" dan \"kami tidak akan mundur dari jalan ini,\" kata Kim Jong Un."))).toEqual([
      ["Kami siap bekerja sama,", "kim-jong-un", "direct"],
      ["kami tidak akan mundur dari jalan ini,", "kim-jong-un", "partial"]
    ]);
  });
});

describe("what the credit does not reach", () => {
  test("a name between the quotations: the first is not the closing speaker's", () => {
    const found = speakers(en("Peskov spoke first.\n\"We are ready,\" Lavrov told Choe, and \"we will not retreat from our course,\" Kim Jong Un said."));
    expect(found[0]).toEqual(["We are ready,", "sergey-lavrov", "direct"]);
  });

  test("labels before a clause with no credit stay labels", () => {
    const found = speakers(en("Peskov spoke first.\n\"Sanctions\" and \"isolation\" are the words the treaty avoids."));
    expect(found.every(([, speaker]) => speaker === "")).toBe(true);
  });
});
