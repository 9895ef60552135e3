import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadGazetteer } from "../../src/pipeline/read.ts";
import { Recogniser } from "../../src/pipeline/recognise.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

const recogniser = new Recogniser(await loadGazetteer(join(import.meta.dirname, "..", "..", "data")));

function people(text: string, date = "2024-01-16"): string[] {
  const sentence: Sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
  return recogniser.recognise(text, [sentence], date).filter((e) => e.kind === "person").map((e) => `${e.id}:${e.via}`);
}

describe("Recogniser.recognise(text, sentences, date)", () => {
  test("a distinctive surname ('Lavrov') names its person without the full name earlier", () => {
    expect(people("Pembicaraan itu membahas kerja sama, menurut Lavrov.")).toEqual(["sergey-lavrov:short"]);
  });

  test("a surname others share ('Kim', 'Choe') still needs the full name earlier", () => {
    expect(people("Kim dan Choe membahas kerja sama.")).toEqual([]);
    expect(people("Choe Son-hui tiba. Kim Jong-un dan Choe bertemu.")).toEqual(["choe-son-hui:name", "kim-jong-un:name", "choe-son-hui:short"]);
  });

  test("a title names the person who held it on the article's date", () => {
    expect(people("Menteri Pertahanan Rusia hadir.", "2023-09-13")).toEqual(["sergey-shoigu:title"]);
    expect(people("Menteri Pertahanan Rusia hadir.", "2024-11-01")).toEqual(["andrei-belousov:title"]);
  });
});

describe("Recogniser places", () => {
  test("an alias opening with a common noun ('benua Eurasia', 'wilayah Kursk') matches; a lower-case common word does not", () => {
    const text = "Stabilitas di benua Eurasia dan wilayah Kursk, as usual.";
    const sentence: Sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
    expect(recogniser.recognise(text, [sentence], "2024-11-01").filter((e) => e.kind === "place").map((e) => e.id)).toEqual(["eurasia", "kursk-oblast"]);
  });
});

describe("Recogniser matching (spellings, boundaries, offsets)", () => {
  const spans = (text: string) => {
    const sentence: Sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
    return recogniser.recognise(text, [sentence], "2024-01-16").map((e) => ({ id: e.id, text: e.text, ok: text.slice(e.start, e.end) === e.text }));
  };

  test("spaces, non-breaking spaces and hyphens between a name's words are one separator", () => {
    for (const text of ["Kim Jong-un tiba.", "Kim Jong Un tiba.", "Kim\u00a0Jong\u2011un tiba.", "Kim  Jong - un tiba."]) {
      expect(spans(text), text).toEqual([{ id: "kim-jong-un", text: text.slice(0, text.indexOf(" tiba")), ok: true }]);
    }
  });

  test("case does not matter for a title, and a name inside a longer word is no name", () => {
    expect(spans("MENTERI LUAR NEGERI RUSIA tiba.").map((s) => s.id)).toEqual(["sergey-lavrov"]);
    expect(spans("Lavrovisme dan Putinisme.")).toEqual([]);
    expect(spans("(Lavrov), Putin; Moskow!").map((s) => s.id)).toEqual(["sergey-lavrov", "vladimir-putin", "moscow"]);
  });

  test("the longest name wins at a position, and offsets stay right after astral characters", () => {
    expect(spans("Sergei Viktorovich Lavrov tiba.").map((s) => s.text)).toEqual(["Sergei Viktorovich Lavrov"]);
    const text = "𝐀𝐁 😀 Lavrov di Moskow.";
    expect(spans(text)).toEqual([
      { id: "sergey-lavrov", text: "Lavrov", ok: true },
      { id: "moscow", text: "Moskow", ok: true },
    ]);
  });
});
