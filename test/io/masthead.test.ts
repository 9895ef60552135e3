import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMasthead } from "../../src/io/masthead.ts";

const root = join(import.meta.dirname, "..", "..");

async function folderWith(masthead: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "masthead-"));
  await writeFile(join(dir, "masthead.json"), JSON.stringify(masthead));
  return dir;
}

describe("readMasthead(dir)", () => {
  it("reads the editors' masthead: a credit in both languages and an external count over a period", () => {
    const masthead = readMasthead(join(root, "data"));
    expect(masthead.credit.en).not.toBe("");
    expect(masthead.credit.id).not.toBe("");
    expect(masthead.externalCount.from <= masthead.externalCount.to).toBe(true);
  });
  it("names the file and the field an editor got wrong", async () => {
    const good = readMasthead(join(root, "data"));
    const dir = await folderWith({ ...good, externalCount: { ...good.externalCount, from: "June 2024" } });
    expect(() => readMasthead(dir)).toThrow(`${join(dir, "masthead.json")}: externalCount.from: expected an ISO date, 2024-06-30`);
    const noCredit = await folderWith({ ...good, credit: { en: "Data desk" } });
    expect(() => readMasthead(noCredit)).toThrow(/masthead\.json: credit\.id: /);
  });
});
