// An official whose title names no country takes the country its domain had earlier in the article
// ("Kementerian Keuangan Rusia …" then "Deputi Keuangan <name>"), and a rank right before a domain is a deputy's
// office (recognise/title-domains.ts, title-shapes.ts). A domain the article gave both sides gives none.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));
const unlisted = (text: string, published = "2012-06-25", language = "id") =>
  runPipeline(
    {
      sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},${published},,\n` },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
    },
    resources
  ).unlisted.map((p) => [p.person_id, p.country, p.level]);

describe("an official whose title names no country", () => {
  const visit = "Rencana itu berawal dari kunjungan Deputi Keuangan Sergei Petrovsky ke Pyongyang awal bulan Juni.\n";

  it("is of the country the title's domain had before in the article", () => {
    expect(unlisted("Kementerian Keuangan Rusia pada Sabtu setuju menghapus utang Korea Utara.\n" + visit)).toEqual([["sergei-petrovsky", "RUS", "deputy"]]);
  });

  it("is nobody's with no such domain before, or one the article gave both sides", () => {
    expect(unlisted("Rusia pada Sabtu setuju menghapus utang Korea Utara.\n" + visit)).toEqual([]);
    expect(unlisted("Kementerian Keuangan Rusia dan Kementerian Keuangan Korea Utara pada Sabtu sepakat menghapus utang.\n" + visit)).toEqual([]);
  });
});

describe("the domain's country a title borrows", () => {
  it("is no minister's: a title with an office word but no country names the other side's official as often as not", () => {
    const text =
      "Kementerian Luar Negeri Rusia pada Senin menyatakan siap menerima tamu.\n" +
      "Wakil Menteri Luar Negeri Pak Myong Guk mengatakan kunjungan itu penting.\n";
    expect(unlisted(text, "2024-11-01")).toEqual([]);
    const en = "The Russian Ministry of Foreign Affairs said on Monday it was ready for the guests.\nDeputy Minister of Foreign Affairs Pak Myong Guk said the trip mattered.\n";
    expect(unlisted(en, "2024-11-01", "en")).toEqual([]);
  });

  it("is no minister's when the other side's delegation comes in between", () => {
    const text =
      "Kementerian Pertahanan Rusia pada Senin menyatakan siap menerima tamu.\n" +
      "Delegasi Korea Utara dipimpin Menteri Pertahanan Jo Kwang Sam yang bertemu pejabat Rusia.\n";
    expect(unlisted(text, "2024-11-01").filter(([, country]) => country === "RUS")).toEqual([]);
  });

  it("is forgotten after the next sentence that names a person", () => {
    const text =
      "Kementerian Keuangan Rusia pada Sabtu setuju menghapus utang.\n" +
      "Presiden Vladimir Putin membahas rinciannya selama dua hari.\n" +
      "Sergei Lavrov ikut dalam pembicaraan itu.\n" +
      "Deputi Keuangan Sergei Petrovsky lalu pulang.\n";
    expect(unlisted(text)).toEqual([]);
  });

  it("holds over sentences that name no person", () => {
    const text = "Kementerian Keuangan Rusia pada Sabtu setuju menghapus utang.\nJumlahnya besar sekali.\nSisanya dibahas di Moskow.\nDeputi Keuangan Sergei Petrovsky lalu pulang.\n";
    expect(unlisted(text)).toEqual([["sergei-petrovsky", "RUS", "deputy"]]);
  });

  it("cancels when a delegation of the other side is named between, even for a rank before a domain", () => {
    const text = "Kementerian Keuangan Rusia pada Sabtu menyambut delegasi Korea Utara. Deputi Keuangan Sergei Petrovsky berbicara.\n";
    expect(unlisted(text)).toEqual([]);
  });
});

describe("capitalised words after a title with no country", () => {
  it("are no official of the domain's country when they are no person's name the recogniser read", () => {
    const text = "Menteri Luar Negeri Korea Utara dan Rusia kembali menegaskan komitmen kedua negara di Moskow.\n";
    expect(unlisted(text, "2024-11-01")).toEqual([]);
  });
});

describe("a party official's apposed title with a department and 'ruling' (lang/en/office_titles.csv 'department', 'ruling')", () => {
  it("'Han Man-hyok, vice department director of the Central Committee of the North's ruling Workers' Party' is a North Korean official", () => {
    expect(unlisted("Meanwhile, Han Man-hyok, vice department director of the Central Committee of the North's ruling Workers' Party also made a visit to Russia earlier this month.\n", "2019-03-20", "en").map((p) => p.slice(0, 2))).toEqual([["han-man-hyok", "PRK"]]);
  });

  it("guard: a department of a third country's government names no official of either side ('a US State Department spokesman Ned Price')", () => {
    expect(unlisted("US State Department spokesman Ned Price said Lavrov met Choe Son Hui in Moscow on March 5.\n", "2019-03-20", "en")).toEqual([]);
  });
});
