// Relays: an outlet or agency passing on someone's words is not the speaker (relays.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("relays", () => {
  it("credits no relay when 'according to' names the speaker ('According to Rachel Lee, a senior analyst at …')", () => {
    const vias = (text: string) => run(text, en).quotes.map((q) => [q.speaker_text, q.via]);
    expect(vias('According to Rachel Minyoung Lee, a senior analyst at the Stimson Center, Pyongyang is "milking the moment for everything it can get."')).toEqual([
      ["Rachel Minyoung Lee", ""]
    ]);
    expect(vias('According to Victor Cha, Pyongyang is "milking the moment for everything it can get."')).toEqual([["Victor Cha", ""]]);
    // An outlet after the phrase is still the relay.
    expect(vias('According to KCNA, Kim called the talks "a milestone in our relations."')).toEqual([["Kim", "KCNA"]]);
  });
});

describe("more relays", () => {
  it("credits the outlet right after 'menurut' that follows an inverted speaker ('\"…,\" kata Kim, menurut KCNA')", () => {
    const vias = (text: string) => run(text).quotes.map((q) => [q.speaker_id, q.via]);
    expect(vias('Kim Jong Un bertemu Shoigu. "DPRK akan senantiasa mendukung sikap Rusia," kata Kim, menurut KCNA.')).toEqual([["kim-jong-un", "KCNA"]]);
    // A person after 'menurut' is the speaker, no relay; an outlet further on, after other words, relays nothing.
    expect(vias('Menurut Lavrov, Rusia akan "terus mendukung" Korea Utara.')).toEqual([["sergey-lavrov", ""]]);
    expect(
      vias("Putin dan Kim melakukan perjalanan bersama, kata Kremlin di media sosial. Kim ditemani oleh putrinya, menurut gambar yang dirilis oleh media negara Korea Utara.")
    ).toEqual([["kremlin", ""]]);
  });
});

describe("relays", () => {
  it("credits the outlet after 'melansir' (the active form of 'dilansir')", () => {
    const q = run('"Rusia sedang berjuang untuk melindungi kedaulatannya," kata Kim Jong Un, seperti melansir TASS.').quotes[0]!;
    expect([q.speaker_id, q.via]).toEqual(["kim-jong-un", "TASS"]);
  });

  it("leaves the sentence's full stop out of an outlet the lexicon lacks", () => {
    const q = run('"Korut akan menjadikan hubungan dengan Rusia prioritas utama," kata Kim Jong Un, dikutip dari Channel News Asia.').quotes[0]!;
    expect([q.speaker_id, q.via]).toEqual(["kim-jong-un", "Channel News Asia"]);
  });
});
