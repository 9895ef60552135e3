// The published tables of the five seed articles (test/fixtures/seeds, read with data/'s rules), byte for byte, as a
// contract for refactoring: a change that is meant to alter them regenerates the fixture (`npm run extract -- --data
// data --articles test/fixtures/seeds --out test/fixtures/seed-tables`) and says in its commit why each difference is
// a correction; any other difference is a regression. The editors' corpus (data/articles) can grow without touching it.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/io/outputs.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURE = join(ROOT, "test", "fixtures", "seed-tables");

describe("the seeds' published tables", async () => {
  const { files } = await extract(join(ROOT, "data"), undefined, { views: false, articlesFrom: join(ROOT, "test", "fixtures", "seeds") });
  const names = (await readdir(FIXTURE)).sort();
  it("are the same files as the fixture", () => expect([...files.keys()].filter((n) => !n.includes("/")).sort()).toEqual(names));
  it.each(names)("%s is byte-identical to the fixture", async (name) => {
    expect(files.get(name)).toBe(await readFile(join(FIXTURE, name), "utf8"));
  });
});
