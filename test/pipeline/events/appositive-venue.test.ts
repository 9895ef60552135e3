// A person's title and name apposed by a comma ("… dengan Menteri Luar Negeri Rusia, Sergei Lavrov … di Pyongyang")
// are one mention of the person: the comma is no clause boundary between the meeting and its place (events/venue.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));
const venues = (text: string, published: string) =>
  runPipeline(
    {
      sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,id,${published},,\n` },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
    },
    resources
  ).mentions.map((m) => m.venue_id);

describe("a title and a name apposed by a comma between a meeting and its place", () => {
  it("leaves the place the meeting's, the title read as the person's (a dated page)", () => {
    expect(venues("Kim Jong-un sebelumnya bertemu dengan Menteri Luar Negeri Rusia, Sergei Lavrov yang diutus Presiden Vladimir Putin di Pyongyang.\n", "2018-10")).toEqual(["pyongyang"]);
  });

  it("leaves the place the meeting's when the title is read as words only, the given name unread (an undated page)", () => {
    expect(venues("Kim Jong-un sebelumnya bertemu dengan Menteri Luar Negeri Rusia, Sergie Lavrov di Pyongyang.\n", "")).toEqual(["pyongyang"]);
  });

});
