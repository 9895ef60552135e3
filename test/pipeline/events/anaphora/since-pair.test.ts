// anaphora/since-pair.ts: after a since-word, a pair of the two sides' people with no trigger of their own names an
// earlier event of the kind of the sentence's trigger.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const rows = (lang: "id" | "en", text: string, published: string) =>
  mentionsIn(lang, text, published).map((m) => [m.role, m.date_start, m.people.slice().sort().join("+")]);

describe("a since-pair is an earlier meeting", () => {
  test("'sejak era Kim Jong-il dengan Dmitry Medvedev, delapan tahun lalu' (id)", () => {
    expect(rows("id", "Ini akan menjadi pertemuan pertama antara seorang pemimpin Korut dengan Rusia sejak era Kim Jong-il dengan Dmitry Medvedev, delapan tahun lalu.", "2019-04-23")).toContainEqual([
      "background",
      "2011-01-01",
      "dmitry-medvedev+kim-jong-il"
    ]);
  });

  test("'since Kim Jong Il and Dmitry Medvedev in 2011' (en)", () => {
    expect(rows("en", "It was the first summit between the two countries since Kim Jong Il and Dmitry Medvedev in 2011.", "2019-04-23")).toContainEqual([
      "background",
      "2011-01-01",
      "dmitry-medvedev+kim-jong-il"
    ]);
  });

  test("a pair of one side is no meeting of the two", () => {
    expect(rows("id", "Ini kunjungan pertama Kim Jong Un ke Rusia sejak Kim Jong Il dan Kim Il Sung berkuasa.", "2019-04-23").filter((r) => r[0] === "background")).toEqual([]);
  });

  test("a name alone after the since-word is no pair", () => {
    expect(rows("id", "Ini pertemuan pertama Kim Jong Un dengan pemimpin Rusia sejak Vladimir Putin berkuasa pada tahun 2000.", "2019-04-23").filter((r) => String(r[1]).startsWith("2000"))).toEqual([]);
  });

  test("a pair with its own verb after it keeps that verb's event ('since Kim and Putin met', 'sejak … menandatangani')", () => {
    const mentions = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2024-06-19").filter((m) => m.date_start.startsWith("2019") || m.date_start.startsWith("2000"));
    expect(mentions("en", "It is his first visit to North Korea since Kim Jong Un and Vladimir Putin met in Vladivostok in April 2019.").map((m) => m.event_type)).not.toContain("visit");
    expect(mentions("id", "Ini kunjungan pertama Putin ke Korea Utara sejak Vladimir Putin dan Kim Jong Il menandatangani deklarasi pada tahun 2000.").map((m) => m.event_type)).not.toContain("visit");
  });
});

describe("the elided trigger's words", () => {
  test("are the since-clause that carries the meeting, not the joining word alone", () => {
    const text = "Ini akan menjadi pertemuan pertama antara seorang pemimpin Korut dengan Rusia sejak era Kim Jong-il dengan Dmitry Medvedev, delapan tahun lalu.";
    const triggers = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2019-04-23").filter((m) => m.role === "background").map((m) => m.triggers);
    expect(triggers("id", text)).toContainEqual(["sejak era Kim Jong-il dengan Dmitry Medvedev"]);
    expect(triggers("en", "It was the first summit between the two countries since Kim Jong Il and Dmitry Medvedev in 2011.")).toContainEqual(["since Kim Jong Il and Dmitry Medvedev"]);
    expect([...triggers("id", text), ...triggers("en", "It was the first summit since Kim Jong Il and Dmitry Medvedev in 2011.")].flat()).not.toContain("dengan");
  });
});
