// Issue 15: pages show the text of the data, not the CSV's formula-neutralising apostrophe ('=HYPERLINK…).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plainCell, plainRows } from "../../src/components/rows.ts";
import { formatCsv, parseCsv } from "../../src/pipeline/csv.ts";
import { root } from "../helpers/project-copy.ts";

const cells = ["=HYPERLINK(\"http://x\")", "+Outlet", "-2", "@cmd", "\tx", "\rx", "'=x", "''+y", "'plain", "it's", "a=b", "Mi’raj"];

describe("plainCell(value)", () => {
  it("undoes formatCsv's neutralising apostrophe exactly, apostrophes of the text itself included", () => {
    const written = parseCsv(formatCsv(["a"], cells.map((a) => ({ a }))), "t.csv").rows.map((row) => row.values.a!);
    expect(written.slice(0, 2)).toEqual(["'=HYPERLINK(\"http://x\")", "'+Outlet"]);
    expect(written.map(plainCell)).toEqual(cells);
  });

  it("takes one apostrophe off every cell of every row", () => {
    expect(plainRows([{ outlet: "'+Outlet", title: "'=SUM(A1)", notes: "'quoted'" }])).toEqual([{ outlet: "+Outlet", title: "=SUM(A1)", notes: "'quoted'" }]);
  });
});

describe("the pages", () => {
  it("read every published CSV through plainRows", async () => {
    const pages = (await readdir(join(root, "src"), { recursive: true })).filter((path) => path.endsWith(".md") && !path.startsWith(".observablehq"));
    let loads = 0;
    for (const path of pages) {
      const text = await readFile(join(root, "src", path), "utf-8");
      for (const m of text.matchAll(/FileAttachment\("[^"]+\.csv"\)\.csv\(\)(.{0,17})/g)) {
        loads++;
        expect(m[1], `${path}: ${m[0]}`).toMatch(/^\.then\(plainRows\)/);
      }
    }
    expect(loads).toBeGreaterThan(50);
  });
});
