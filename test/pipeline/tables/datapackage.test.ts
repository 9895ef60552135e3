import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extract } from "../../../src/io/outputs.ts";
import { columnsOf, schemas } from "../../../src/pipeline/tables/schemas.ts";
import { root } from "../../helpers/project-copy.ts";
import { validatePackage } from "../../helpers/validate-package.ts";

const seeds = await extract(join(root, "data"));
const descriptor = JSON.parse(seeds.files.get("datapackage.json")!) as { resources: Array<{ name: string; path: string }> };

describe("datapackage.json", () => {
  test("describes every CSV the pipeline writes, and only those", () => {
    const csvs = [...seeds.files.keys()].filter((name) => name.endsWith(".csv")).sort();
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(csvs);
  });

  test("validates against the seeds' tables: headers, types, constraints, keys", () => {
    expect(validatePackage(descriptor, seeds.files)).toEqual([]);
  });

  test("the validator catches a cell that breaks its field's type", () => {
    const files = new Map(seeds.files);
    files.set("articles.csv", files.get("articles.csv")!.replace(/,(\d+),([0-9a-f]{64}),/, ",many,$2,"));
    expect(validatePackage(descriptor, files)).toEqual([expect.stringMatching(/^articles\.csv line 2, chars 'many': not a integer$/)]);
  });

  test("the validator catches a repeated primary key", () => {
    const files = new Map(seeds.files);
    const [header, first] = files.get("articles.csv")!.split("\n");
    files.set("articles.csv", `${header}\n${first}\n${files.get("articles.csv")!.split("\n").slice(1).join("\n")}`);
    expect(validatePackage(descriptor, files).some((problem) => /primary key .* repeats/.test(problem))).toBe(true);
  });

  test("is the same bytes on a second run", async () => {
    const again = await extract(join(root, "data"));
    expect(again.files).toEqual(seeds.files);
  });

  test("every CSV's header is its schema's columns, in the schema's order", () => {
    for (const schema of schemas) expect(seeds.files.get(`${schema.name}.csv`)!.split("\n")[0]).toBe(columnsOf(schema).join(","));
  });

  test("the validator catches an event id that no event has", () => {
    const files = new Map(seeds.files);
    files.set("mentions.csv", files.get("mentions.csv")!.replace(",2023-10-rus-to-prk,", ",2023-10-nowhere,"));
    expect(validatePackage(descriptor, files)).toContain("mentions: event_id 2023-10-nowhere not found in events");
  });
});
