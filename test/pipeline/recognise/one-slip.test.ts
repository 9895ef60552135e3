// The one edit distance the misspelling readers share (recognise/one-slip.ts): a letter added, dropped or changed,
// and, when asked, two neighbours swapped.
import { describe, expect, it } from "vitest";
import { oneSlipApart } from "../../../src/pipeline/recognise/one-slip.ts";

describe("oneSlipApart(a, b, swaps)", () => {
  it("a letter changed, added or left out, anywhere", () => {
    expect(oneSlipApart("pakthatsong", "pakthaesong")).toBe(true);
    expect(oneSlipApart("vostochy", "vostochny")).toBe(true);
    expect(oneSlipApart("vostochnyy", "vostochny")).toBe(true);
    expect(oneSlipApart("xostochny", "vostochny")).toBe(true);
    expect(oneSlipApart("vostochnx", "vostochny")).toBe(true);
  });

  it("never the same word, nor two slips", () => {
    expect(oneSlipApart("vostochny", "vostochny")).toBe(false);
    expect(oneSlipApart("vostochny", "vostochny", true)).toBe(false);
    expect(oneSlipApart("vostchy", "vostochny")).toBe(false);
    expect(oneSlipApart("vastochnx", "vostochny")).toBe(false);
  });

  it("counts a swap of two neighbours only when asked, and only of neighbours", () => {
    expect(oneSlipApart("vosotchny", "vostochny")).toBe(false);
    expect(oneSlipApart("vosotchny", "vostochny", true)).toBe(true);
    expect(oneSlipApart("vsotochny", "vostochny", true)).toBe(true);
    expect(oneSlipApart("vostchony", "vostochny", true)).toBe(false);
  });
});
