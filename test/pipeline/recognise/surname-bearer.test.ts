// Whom a surname alone names (recognise/surname-bearer.ts): the article's principal bearer of it, unless another
// leader with that surname was just named in full. Found by the held-out round 2026-12-03-mix, in sentences written
// for these tests.
import { describe, expect, test } from "vitest";
import { surnameBearer } from "../../../src/pipeline/recognise/surname-bearer.ts";
import { recogniser, sentencesOf } from "../../helpers/mentions.ts";

/** The person ids of every bare "Kim" in `text`, in order. */
function kims(text: string): string[] {
  return recogniser
    .recognise(text, sentencesOf(text), "2015-01-28", "en")
    .filter((e) => e.kind === "person" && text.slice(e.start, e.end) === "Kim")
    .map((e) => e.id ?? "");
}

describe("a bare surname after another leader of that name was named in full", () => {
  test("in the sentence before: the leader just named (Kim Jong Il, after a story of Kim Jong Un)", () => {
    const text = "Kim Jong Un will go to Moscow in May. His father, Kim Jong Il, toured Russia in 2011. Kim met Dmitry Medvedev there.";
    expect(kims(text)).toEqual(["kim-jong-il"]);
  });

  test("further back: the principal bearer again", () => {
    const text = "Kim Jong Un will go to Moscow in May. His father, Kim Jong Il, toured Russia in 2011. The trip took a week. The Kremlin said Kim would be welcome.";
    expect(kims(text)).toEqual(["kim-jong-un"]);
  });

  test("one who leads no government (a daughter, a sister) does not take the surname from the leader", () => {
    const text = "Kim Jong Un arrived at the cosmodrome. His daughter Kim Ju Ae came with him. Kim thanked Vladimir Putin.";
    expect(kims(text)).toEqual(["kim-jong-un"]);
  });
});

describe("surnameBearer", () => {
  const heads = new Set(["a", "b"]);
  test("the first bearer unless both lead and the last was named at most a sentence before", () => {
    expect(surnameBearer({ first: "a", last: "b", lastAt: 4 }, 5, (id) => heads.has(id))).toBe("b");
    expect(surnameBearer({ first: "a", last: "b", lastAt: 3 }, 5, (id) => heads.has(id))).toBe("a");
    expect(surnameBearer({ first: "a", last: "c", lastAt: 5 }, 5, (id) => heads.has(id))).toBe("a");
    expect(surnameBearer({ first: undefined, last: undefined, lastAt: undefined }, 5, () => true)).toBeUndefined();
  });
});
