// "Menurut X mengatakan bahwa …": "according to" run on into a reporting verb with no comma between (a subject
// written twice, common in Indonesian copy) names the speaker; "Menurut X, …" stays a fronted credit
// (quotes/speaker.ts subjectOfChunk). Found by the held-out round 2026-12-03-mix, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string) => run(text, { lang: "id", published: "2023-09-12" }).quotes.map((q) => [q.kind, q.speaker_id, q.speaker_text]);

describe("'menurut' before a reporting verb", () => {
  it("a listed person: the reported clause and the next 'katanya' are theirs", () => {
    const text = "Menurut Sergei Lavrov mengatakan bahwa hubungan kedua negara terus membaik.\n\"Kami akan terus bekerja sama,\" katanya.";
    expect(quotes(text)).toEqual([
      ["reported", "sergey-lavrov", "Sergei Lavrov"],
      ["direct", "sergey-lavrov", "katanya"]
    ]);
  });

  it("a person the gazetteer lacks, described before the name, speaks by that description and name", () => {
    const text = "Menurut peneliti dari sebuah universitas di Vladivostok Ivan Petrenko mengatakan bahwa pertemuan itu penting bagi kedua pihak.\n\"Ini sinyal yang jelas,\" katanya.";
    const found = quotes(text);
    expect(found.map(([kind]) => kind)).toEqual(["reported", "direct"]);
    for (const [, id, text] of found) expect([id, text]).toEqual(["", expect.stringContaining("Ivan Petrenko")]);
  });

  it("with a comma it is still a credit before the clause ('Menurut X, …')", () => {
    expect(quotes("Menurut Sergei Lavrov, hubungan kedua negara terus membaik tahun ini.")).toEqual([["reported", "sergey-lavrov", "Sergei Lavrov"]]);
  });
});
