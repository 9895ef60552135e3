// Speaker shapes found by the holdout14id round of 2026-12-03 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the row or rule it names.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string, published = "2024-11-01") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

describe("an answer or reply told by an inverted verb after the quotation (reporting_verbs.csv: jawab, balas, sahut)", () => {
  it.each(["jawab", "balas", "sahut"])("'\"…,\" %s <name>' is the named answerer's, not the last speaker's", (verb) => {
    const text = `Sergei Lavrov menerima Choe Son Hui di Moskwa.\n\n"Selamat datang kembali di Moskwa," kata Lavrov.\n\n"Kami senang bisa datang lagi," ${verb} Choe Son Hui.\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov", "choe-son-hui"]);
  });

  it("'\"…,\" jawabnya' carries the last speaker", () => {
    const text = `Sergei Lavrov menerima Choe Son Hui di Moskwa.\n\n"Bagaimana perjalanan Anda?" tanya Lavrov.\n\n"Sangat menyenangkan," jawab Choe Son Hui.\n\n"Terima kasih atas undangannya," jawabnya.\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov", "choe-son-hui", "choe-son-hui"]);
  });
});

describe("a passive attribution closing a quotation ('\"…,\" dikatakan Lavrov'; reporting_verbs.csv: dikatakan, disampaikan, both positions)", () => {
  it.each([
    "dikatakan Lavrov",
    "dikatakan oleh Lavrov",
    "seperti dikatakan Lavrov",
    "seperti dikatakan oleh Lavrov",
    "demikian dikatakan Lavrov",
    "disampaikan Lavrov kepada wartawan"
  ])("'\"…,\" %s' is the named speaker's, not the last one named", (tail) => {
    const text = `Kim Jong Un menerima Sergei Lavrov di Pyongyang.\n\n"Hubungan kedua negara berada pada tingkat tertinggi," ${tail}.\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });

  it("still reads the passive before the quotation ('Seperti dikatakan Lavrov, \"…\"')", () => {
    const text = `Kim Jong Un menerima Sergei Lavrov di Pyongyang.\n\nSeperti dikatakan Lavrov, "Hubungan kedua negara berada pada tingkat tertinggi."\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });
});
