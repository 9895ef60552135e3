// Speaker shapes found by the holdout5 round of 2026-12-02 (Indonesian pages): each test fails without the rule it
// names, or guards what the fix must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);
const undated: Options = { lang: "id", published: "" };

describe("a person's noun, the organisation served, a comma, then the name (inverted speaker)", () => {
  it("is the person named, not the organisation, even where no date resolves the title", () => {
    const text = "Kim Jong Un sudah berada di Rusia.\n\n\"Pembicaraan akan berlangsung panjang,\" kata juru bicara Kremlin, Dmitry Peskov.\n";
    expect(speakers(text, undated)).toEqual([["Pembicaraan akan", "dmitry-peskov", "direct"]]);
  });

  it("carries to the next quotation's pronoun verb", () => {
    const text =
      "Kim Jong Un sudah berada di Rusia.\n\n\"Pembicaraan akan berlangsung panjang,\" kata juru bicara Kremlin, Dmitry Peskov. \"Kedua delegasi lalu akan makan siang bersama,\" sebutnya.\n";
    expect(speakers(text, undated).map((s) => s[1])).toEqual(["dmitry-peskov", "dmitry-peskov"]);
  });

  it("leaves the organisation speaking when no person's noun stands before it", () => {
    const text = "Kim Jong Un sudah berada di Rusia.\n\n\"Pembicaraan akan berlangsung panjang,\" kata Kremlin, seperti dikutip media.\n";
    expect(speakers(text, undated)[0]![1]).toBe("kremlin");
  });
});
