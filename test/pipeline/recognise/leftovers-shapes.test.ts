// Spellings of Korean names found by the leftovers probe of 2026-12-02: a longer name that begins with a shorter
// known one ("Kim Song Nam", "Kim Song") is not the shorter one, and variants without a space or hyphen are matched.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

const page = (text: string, language = "en"): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},2023-09-14,,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});

describe("spelling variants of Korean names", () => {
  for (const spelling of ["Kim Song Nam", "Kim Song-nam", "Kim Songnam"]) {
    it(`"${spelling}" is Kim Song-nam, not Kim Song`, () => {
      const r = runPipeline(page(`Kim Jong Un met Vladimir Putin in Vostochny on Wednesday, with ${spelling} and other officials.\n`), resources);
      const ids = r.entities.map((e) => e.id);
      expect(ids).toContain("kim-song-nam");
      expect(ids).not.toContain("kim-song");
    });
  }

  it('"Choe Sonhui" is Choe Son-hui', () => {
    const r = runPipeline(page("Sergei Lavrov held talks with Choe Sonhui in Moscow on Wednesday.\n"), resources);
    expect(r.entities.map((e) => e.id)).toContain("choe-son-hui");
  });
});

describe("'the country', 'negara itu' (lang/*/country_anaphors.csv)", () => {
  const placeOf = (text: string, phrase: string, language = "en") => {
    const r = runPipeline(page(text, language), resources);
    const at = text.indexOf(phrase);
    return r.entities.filter((e) => e.kind === "place" && e.start === at).map((e) => e.id);
  };

  it("is the country of the place last named (en)", () => {
    expect(placeOf("Lavrov met Kim Jong Un in Wonsan on Saturday.\nLavrov last came to the country in October 2023.\n", "the country")).toEqual(["north-korea"]);
  });

  it("is the country of the place last named (id)", () => {
    expect(placeOf("Lavrov bertemu Kim Jong Un di Wonsan pada Sabtu.\nLavrov terakhir datang ke negara itu pada Oktober 2023.\n", "negara itu", "id")).toEqual(["north-korea"]);
  });

  it("a building named since stands for its institution, not a place: 'the Kremlin said'", () => {
    const text = "Putin will arrive in Pyongyang on Tuesday, the Kremlin said.\nHe last came to the country in July 2000.\n";
    expect(placeOf(text, "the country")).toEqual(["north-korea"]);
  });

  it("names nothing when no place was named before", () => {
    expect(placeOf("Lavrov last came to the country in October 2023.\n", "the country")).toEqual([]);
  });
});
