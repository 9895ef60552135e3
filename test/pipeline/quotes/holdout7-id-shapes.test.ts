// Speaker shapes found by the holdout7 round of 2026-12-02 (Indonesian pages, which stay outside the repository): each
// test is one general shape, in sentences written for the test, and fails without the rule it names, or guards what
// the fix must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string, published = "2025-10-11") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

describe("a -nya reporting word inside the clause of a person named as its subject ('Kim memuji … yang menurutnya \"…\", lapor KCNA')", () => {
  it("is that person's, not the agency's that credits the paragraph", () => {
    const text = "Kim Jong Un menerima Dmitry Medvedev di Pyongyang pada Jumat (10/10/2025), lapor media pemerintah.\n\nKim memuji tentaranya yang menurutnya \"tidak pernah mundur selangkah pun\" di medan perang, lapor kantor berita KCNA.\n";
    expect(quotes(text).find((q) => q[0] === "tidak pernah")?.[1]).toBe("kim-jong-un");
  });

  it("leaves '\"…,\" ujarnya' to the last speaker", () => {
    const text = "Kim Jong Un menerima Dmitry Medvedev di Pyongyang.\n\n\"Kunjungan ini sangat berarti,\" kata Medvedev.\n\n\"Kami datang sebagai sahabat,\" ujarnya.\n";
    expect(quotes(text).map((q) => q[1])).toEqual(["dmitry-medvedev", "dmitry-medvedev"]);
  });
});
