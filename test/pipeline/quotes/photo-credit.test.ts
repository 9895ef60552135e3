// A dateline's place after a photo credit taken for the dateline (speaker.ts subjectOfChunk).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";


describe("a dateline's place after a photo credit taken for the dateline (speaker.ts subjectOfChunk)", () => {
  it("'KORAN.CO.ID, MOSKOW -- Pemimpin Korea Utara … mengatakan' names the leader without the place", () => {
    const text =
      "Kim Jong-un: Kunjungan ke Rusia Penting\n\nKim tiba di Rusia dengan kereta.\n\nRep: Budi/ Red: Ani\n\n" +
      "FILE - Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un berpose di Vladivostok\n\n" +
      "KORAN.CO.ID, MOSKOW -- Pemimpin Korea Utara (Korut) Kim Jong-un mengatakan, kunjungannya ke Rusia merupakan bukti nyata hubungan kedua negara.";
    const q = run(text, { lang: "id", published: "" }).quotes.at(-1)!;
    expect([q.speaker_id, q.speaker_text]).toEqual(["kim-jong-un", "Pemimpin Korea Utara"]);
  });
});
