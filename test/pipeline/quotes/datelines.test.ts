// A wire dateline (its places, its date, the agency after it, with or without a dash) opens the story's first
// paragraph and is no part of what anyone said: a reported clause that opens the story starts after it.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-01-17" };
const id: Options = { lang: "id", published: "2024-01-17" };

/** The quotes of `text` as [text, speaker_text]. */
function said(text: string, options: Options): Array<[string, string]> {
  return run(text, options).quotes.map((q) => [q.text, q.speaker_text]);
}

describe("a dateline before the story's first sentence", () => {
  it("is left out of the reported clause when no dash follows its date (English)", () => {
    const text = "Seoul/Moscow, Jan 17 Russian President Vladimir Putin met North Korean Foreign Minister Choe Son-hui in Moscow, the media reported on Wednesday.";
    expect(said(text, en)).toEqual([["Russian President Vladimir Putin met North Korean Foreign Minister Choe Son-hui in Moscow", "the media"]]);
  });

  it("is left out with its agency and dash, as before (English and Indonesian)", () => {
    expect(said("SEOUL, Jan 17 (Yonhap) -- Vladimir Putin met Choe Son-hui in Moscow late Tuesday, the Kremlin said.", en)).toEqual([
      ["Vladimir Putin met Choe Son-hui in Moscow late Tuesday", "the Kremlin"]
    ]);
    expect(said("MOSKOW, KOMPAS.com - Vladimir Putin bertemu Choe Son Hui di Moskwa pada Selasa, kata Kremlin.", id)).toEqual([
      ["Vladimir Putin bertemu Choe Son Hui di Moskwa pada Selasa", "Kremlin"]
    ]);
  });

  it("is left out when no dash follows its date (Indonesian)", () => {
    const text = "Moskow, 17 Januari Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskwa, kata Kremlin.";
    expect(said(text, id)).toEqual([["Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskwa", "Kremlin"]]);
  });

  it("leaves a first sentence that only opens with a place and a date whole", () => {
    const text = "Putin, Kim met on Jan 16 in Moscow and agreed to expand ties, the Kremlin said.";
    expect(said(text, en).map((q) => q[0])).toEqual(["Putin, Kim met on Jan 16 in Moscow and agreed to expand ties"]);
  });
});
