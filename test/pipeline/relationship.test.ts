import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRelationship } from "../../src/io/read.ts";
import { parseRelationship, RELATIONSHIP_COLUMNS } from "../../src/pipeline/relationship.ts";

const head = RELATIONSHIP_COLUMNS.join(",");

describe("parseRelationship", () => {
  it("reads the project's two sides and title", async () => {
    const r = await loadRelationship(join(import.meta.dirname, "..", "..", "data"));
    expect(r.sides.map((s) => s.code)).toEqual(["RUS", "PRK"]);
    // Pyongyang's clock (UTC+9) is ahead of Moscow's (UTC+3): the news day begins there.
    expect(r.newsClock).toBe(9 * 60);
  });
  it("takes the clock of the news from the side whose day begins first, and names a missing or malformed offset", () => {
    const at = (a: string, b: string) => parseRelationship(`${head}\nside,USA,a,a,${a},\nside,CAN,b,b,${b},\ntitle,,t,t,,\n`, "r.csv").newsClock;
    expect(at("-05:00", "-03:30")).toBe(-210);
    expect(at("+05:30", "+00:00")).toBe(330);
    expect(() => at("", "+01:00")).toThrow(/^r\.csv line 2: utc_offset '' is empty/);
    expect(() => at("9", "+01:00")).toThrow(/^r\.csv line 2: utc_offset '9' is not a UTC offset like \+09:00$/);
  });
  it("reads another pair with no code change", () => {
    const r = parseRelationship(`${head}\nside,CHN,China,Tiongkok,+09:00,\nside,PRK,North Korea,Korea Utara,+09:00,\ntitle,,China–North Korea meetings,Pertemuan Tiongkok–Korea Utara,,\n`, "r.csv");
    expect(r.sides.map((s) => s.code)).toEqual(["CHN", "PRK"]);
    expect(r.title.id).toBe("Pertemuan Tiongkok–Korea Utara");
  });
  it("names the file and line of a third side, a missing code or a repeated side", () => {
    expect(() => parseRelationship(`${head}\nside,RUS,a,a,+09:00,\nside,PRK,b,b,+09:00,\nside,CHN,c,c,+09:00,\ntitle,,t,t,,\n`, "r.csv")).toThrow(/^r\.csv line 4: a relationship has exactly two sides, found 3$/);
    expect(() => parseRelationship(`${head}\nside,,a,a,+09:00,\nside,PRK,b,b,+09:00,\ntitle,,t,t,,\n`, "r.csv")).toThrow(/^r\.csv line 2: code '' is empty/);
    expect(() => parseRelationship(`${head}\nside,PRK,a,a,+09:00,\nside,PRK,b,b,+09:00,\ntitle,,t,t,,\n`, "r.csv")).toThrow(/^r\.csv line 3: code 'PRK' is already the other side$/);
    expect(() => parseRelationship(`${head}\nside,RU,a,a,+09:00,\nside,PRK,b,b,+09:00,\ntitle,,t,t,,\n`, "r.csv")).toThrow(/^r\.csv line 2: code 'RU' is not an ISO 3166-1 alpha-3 code$/);
  });
});
