import { bisector } from "d3";
import { describe, expect, it } from "vitest";
import { bisectRight } from "../../src/pipeline/sorted.ts";

const at = (n: number) => ({ n });
const key = (e: { n: number }) => e.n;

describe("bisectRight", () => {
  it("gives the index after the last element whose key is at most x", () => {
    const rows = [1, 3, 3, 5, 8].map(at);
    expect(bisectRight(rows, 0, key)).toBe(0);
    expect(bisectRight(rows, 3, key)).toBe(3);
    expect(bisectRight(rows, 4, key)).toBe(3);
    expect(bisectRight(rows, 8, key)).toBe(5);
    expect(bisectRight(rows, 9, key)).toBe(5);
    expect(bisectRight([], 1, key)).toBe(0);
  });

  it("agrees with d3's bisector(key).right, NaN included", () => {
    const d3Right = bisector(key).right;
    const lists = [[], [2], [1, 1, 1], [0, 2, 4, 6, 8, 10], [1, Number.NaN, 3], [-5, -1, 0, 0, 7]];
    for (const list of lists) {
      const rows = list.map(at);
      for (const x of [-6, -1, 0, 0.5, 1, 2, 3, 5, 7, 8, 11, Number.NaN]) expect(bisectRight(rows, x, key)).toBe(d3Right(rows, x));
    }
  });
});
