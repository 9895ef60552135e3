// A quotation whose opening mark and first word stand on lines of their own (quote-spans.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { run } from "../../helpers/quote-run.ts";

describe("a quotation whose opening mark and first word stand on lines of their own", () => {
  test("is one quotation, with its speaker", () => {
    const text = 'Undangan itu dikonfirmasi Kremlin.\n"\nBenar\n, undangan itu sudah dikirim ke Pyongyang," kata juru bicara Kremlin Dmitry Peskov kepada wartawan.';
    const quotes = run(text, { published: "" }).quotes.map((q) => [q.text.replace(/\s+/gu, " "), q.speaker_id]);
    expect(quotes).toEqual([["Benar , undangan itu sudah dikirim ke Pyongyang,", "dmitry-peskov"]]);
  });
});
