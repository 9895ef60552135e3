// An event noun right after a verb of approval ("mengesahkan penandatanganan", "menyetujui kunjungan") is a plan
// approved, not an event held (lang/id/modality.csv); the event noun alone is still held.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));
const roles = (text: string) =>
  runPipeline(
    {
      sourcesCsv: { file: "sources.csv", text: "article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,id,2024-06-10,,\n" },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
    },
    resources
  ).mentions.map((m) => m.role);

describe("an event noun after a verb of approval", () => {
  it("is planned", () => {
    expect(roles("Presiden Rusia Vladimir Putin telah mengesahkan penandatanganan perjanjian dengan Kim Jong-un.\n")).toEqual(["planned"]);
    expect(roles("Presiden Rusia Vladimir Putin telah menyetujui kunjungan Kim Jong-un ke Moskow.\n")).toEqual(["planned"]);
  });

  it("is held without it", () => {
    expect(roles("Presiden Rusia Vladimir Putin telah menandatangani perjanjian dengan Kim Jong-un di Pyongyang.\n")).not.toContain("planned");
  });
});
