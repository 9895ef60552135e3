import { describe, expect, test } from "vitest";
import { cutNumberStart, truncated } from "../../../src/pipeline/ingest/cut.ts";

describe("an excerpt cut at a length", () => {
  test("stops mid-word or after a comma, not at a sentence's end", () => {
    expect(truncated("Kim met Putin in Vladivos")).toBe(true);
    expect(truncated("Kim met Putin, ")).toBe(true);
    expect(truncated("Kim met Putin in Vladivostok.")).toBe(false);
    expect(truncated('"We will win," he said.”\n')).toBe(false);
  });

  test("a number it cut starts where its digits do; a cut word of letters, or no cut, gives the text's length", () => {
    expect(cutNumberStart("last met in June 20")).toBe("last met in June ".length);
    expect(cutNumberStart("pada 1  ")).toBe("pada ".length);
    expect(cutNumberStart("bertemu pada 13 Sept")).toBe("bertemu pada 13 Sept".length);
    expect(cutNumberStart("in COVID19")).toBe("in COVID19".length);
    expect(cutNumberStart("met on June 20.")).toBe("met on June 20.".length);
  });
});
