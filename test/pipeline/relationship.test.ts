import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRelationship } from "../../src/io/read.ts";
import { parseRelationship, RELATIONSHIP_COLUMNS } from "../../src/pipeline/relationship.ts";

const head = RELATIONSHIP_COLUMNS.join(",");

describe("parseRelationship", () => {
  it("reads the project's two sides and title", async () => {
    const r = await loadRelationship(join(import.meta.dirname, "..", "..", "data"));
    expect(r.sides.map((s) => s.code)).toEqual(["RUS", "PRK"]);
  });
  it("reads another pair with no code change", () => {
    const r = parseRelationship(`${head}\nside,CHN,China,Tiongkok,\nside,PRK,North Korea,Korea Utara,\ntitle,,China–North Korea meetings,Pertemuan Tiongkok–Korea Utara,\n`, "r.csv");
    expect(r.sides.map((s) => s.code)).toEqual(["CHN", "PRK"]);
    expect(r.title.id).toBe("Pertemuan Tiongkok–Korea Utara");
  });
  it("names the file and line of a third side, a missing code or a repeated side", () => {
    expect(() => parseRelationship(`${head}\nside,RUS,a,a,\nside,PRK,b,b,\nside,CHN,c,c,\ntitle,,t,t,\n`, "r.csv")).toThrow(/^r\.csv line 4: a relationship has exactly two sides, found 3$/);
    expect(() => parseRelationship(`${head}\nside,,a,a,\nside,PRK,b,b,\ntitle,,t,t,\n`, "r.csv")).toThrow(/^r\.csv line 2: code '' is empty/);
    expect(() => parseRelationship(`${head}\nside,PRK,a,a,\nside,PRK,b,b,\ntitle,,t,t,\n`, "r.csv")).toThrow(/^r\.csv line 3: code 'PRK' is already the other side$/);
    expect(() => parseRelationship(`${head}\nside,RU,a,a,\nside,PRK,b,b,\ntitle,,t,t,\n`, "r.csv")).toThrow(/^r\.csv line 2: code 'RU' is not an ISO 3166-1 alpha-3 code$/);
  });
});
