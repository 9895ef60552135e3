// A quotation after a colon that closes a clause about someone's statement, speech or remarks (no reporting verb in
// it) is that person's statement.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string, lang = "id") => run(text, { lang }).quotes.map((q) => [q.speaker_id, q.kind]);

describe("a speech noun before a colon hands the quotation to the clause's subject", () => {
  it("in English", () => {
    const text = "Later that day, Lavrov gave a short speech at the embassy: “Our countries have never been closer than they are today.”";
    expect(quotes(text, "en")).toEqual([["sergey-lavrov", "direct"]]);
  });

  it("in Indonesian", () => {
    const text = "Pada malam harinya, Lavrov menyampaikan pidato singkat di kedutaan: “Hubungan kedua negara belum pernah sedekat sekarang.”";
    expect(quotes(text)).toEqual([["sergey-lavrov", "direct"]]);
  });

  it("needs the speech noun: a colon after any clause is no attribution", () => {
    const text = "Later that day, Lavrov visited the embassy garden: “Our countries have never been closer than they are today.”";
    expect(quotes(text, "en").map(([who]) => who)).not.toContain("sergey-lavrov");
  });
});

describe("a speech noun that is another person's", () => {
  it("hands no quotation to the subject when the noun's source is named before the colon", () => {
    const en = "At the dinner, Lavrov read a short message from Kim Jong Un: “We will stand together whatever comes.”";
    expect(quotes(en, "en").map(([who]) => who)).not.toContain("sergey-lavrov");
    const id = "Dalam jamuan itu, Lavrov membacakan pesan singkat dari Kim Jong Un: “Kami akan tetap bersama apa pun yang terjadi.”";
    expect(quotes(id).map(([who]) => who)).not.toContain("sergey-lavrov");
  });

  it("hands no quotation to the subject when another person's possessive stands before the noun", () => {
    const en = "At the dinner, Lavrov read out Kim Jong Un’s short message: “We will stand together whatever comes.”";
    expect(quotes(en, "en").map(([who]) => who)).not.toContain("sergey-lavrov");
  });
});
