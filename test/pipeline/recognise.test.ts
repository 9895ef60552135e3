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
