import { describe, expect, it } from "vitest";
import { possessiveOwner } from "../../../src/pipeline/events/possessive-owner.ts";

const country: Record<string, string> = { putin: "RUS", lavrov: "RUS", kim: "PRK", xi: "CHN" };
const of = (id: string) => country[id] ?? "";
const people = (...ids: string[]) => ids.map((id) => ({ id }));

describe("possessiveOwner", () => {
  it("a journey to a place is the last named person from elsewhere", () => {
    expect(possessiveOwner(people("putin", "kim"), "visit", ["PRK"], of)).toEqual([{ id: "putin" }]);
    expect(possessiveOwner(people("kim", "lavrov"), "arrival", ["PRK"], of)).toEqual([{ id: "lavrov" }]);
  });
  it("the last named when nobody is from elsewhere, when no place is known, or when the trigger is no journey", () => {
    expect(possessiveOwner(people("kim"), "visit", ["PRK"], of)).toEqual([{ id: "kim" }]);
    expect(possessiveOwner(people("putin", "kim"), "visit", [], of)).toEqual([{ id: "kim" }]);
    expect(possessiveOwner(people("putin", "kim"), "talks", ["PRK"], of)).toEqual([{ id: "kim" }]);
  });
  it("nobody when nobody is named", () => expect(possessiveOwner([], "visit", ["PRK"], of)).toEqual([]));
});
