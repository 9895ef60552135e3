// A quotation a page broke over lines around a word set on a line of its own (a link, an emphasis): ingest/unwrap.ts
// joins the lines, quote-spans.ts (looseOpening) takes a mark with the line break after it as opening.
import { describe, expect, test } from "vitest";
import { run } from "../../helpers/quote-run.ts";

describe("a quotation whose opening mark and first word stand on lines of their own", () => {
  test("is one quotation, with its speaker", () => {
    const text = 'Undangan itu dikonfirmasi Kremlin.\n"\nBenar\n, undangan itu sudah dikirim ke Pyongyang," kata juru bicara Kremlin Dmitry Peskov kepada wartawan.';
    const quotes = run(text, { published: "" }).quotes.map((q) => [q.text.replace(/\s+/gu, " "), q.speaker_id]);
    expect(quotes).toEqual([["Benar , undangan itu sudah dikirim ke Pyongyang,", "dmitry-peskov"]]);
  });
});
