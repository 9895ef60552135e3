import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePack, type PackFile } from "../../src/pipeline/lang/pack.ts";
import { loadPacks } from "../../src/io/read.ts";
import { abbreviationsOf, segment, splitSentences } from "../../src/pipeline/ingest/segment.ts";
import type { Cleaned } from "../../src/pipeline/types.ts";

const packs = await loadPacks(join(import.meta.dirname, "..", "..", "data"));
const ID = packs.get("id");
const EN = packs.get("en");

/** The sentences of `text` with the abbreviations of `pack` (Indonesian unless given). */
function sentences(text: string, pack = ID): string[] {
  return splitSentences(text, 0, text.length, abbreviationsOf(pack)).map(([s, e]) => text.slice(s, e));
}

function cleaned(kept: Cleaned["kept"]): Cleaned {
  return { article_id: "a", kept, removed: [], metadata: { byline: [], translator: [], editor: [], source: [], title: [] } };
}

describe("splitSentences(text)", () => {
  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \u00A0\t ")).toEqual([]);
  });

  it("ends no sentence inside any of several quotations, and ends one after each", () => {
    const text = 'Ia berkata "Satu. Dua." Lalu "Tiga. Empat." Kemudian ia pergi. Akhirnya "Lima." Selesai.';
    expect(sentences(text)).toEqual(['Ia berkata "Satu. Dua."', 'Lalu "Tiga. Empat."', "Kemudian ia pergi.", 'Akhirnya "Lima."', "Selesai."]);
  });

  it("returns one sentence for text without a sentence end", () => {
    expect(sentences("Hubungan Rusia-Korea Utara")).toEqual(["Hubungan Rusia-Korea Utara"]);
  });

  it("splits at . ! and ? followed by a capital", () => {
    expect(sentences("Satu dua. Tiga empat! Lima enam? Tujuh.")).toEqual(["Satu dua.", "Tiga empat!", "Lima enam?", "Tujuh."]);
  });

  it("trims each sentence so that its offsets exclude surrounding whitespace", () => {
    const text = "  Satu.   Dua.  ";
    expect(splitSentences(text)).toEqual([
      [2, 7],
      [10, 14]
    ]);
  });

  it("splits before a sentence that opens with a digit or a quotation", () => {
    expect(sentences('Ia datang. 2024 menjadi tahun penting. "Kami siap," katanya. “Ya,” ujarnya.')).toEqual([
      "Ia datang.",
      "2024 menjadi tahun penting.",
      '"Kami siap," katanya.',
      "“Ya,” ujarnya."
    ]);
  });

  it("does not split before a lower-case word", () => {
    expect(sentences("Bantuan itu dll. dikirim kemarin.")).toEqual(["Bantuan itu dll. dikirim kemarin."]);
    expect(sentences("Harga naik 5 pct. dari tahun lalu.")).toEqual(["Harga naik 5 pct. dari tahun lalu."]);
  });

  it("does not split without whitespace after the period: numbers, domains, decimals", () => {
    expect(sentences("Sebanyak 1.000 tentara dan 3.5 persen, lapor TEMPO.CO hari ini.")).toEqual([
      "Sebanyak 1.000 tentara dan 3.5 persen, lapor TEMPO.CO hari ini."
    ]);
  });

  it("splits after a number that ends a sentence", () => {
    expect(sentences("Konflik pecah pada Desember 2022. Pyongyang mendukung Rusia.")).toEqual([
      "Konflik pecah pada Desember 2022.",
      "Pyongyang mendukung Rusia."
    ]);
  });

  it.each(["Dr.", "Prof.", "H.", "Hj.", "Jl.", "No.", "Yth.", "St.", "Sdr.", "Bpk.", "Tn.", "Ny.", "Ir.", "Kol.", "Jan.", "Feb.", "Okt.", "Des.", "Sept."])(
    "does not split after the abbreviation %s",
    (abbr) => {
      expect(sentences(`Ia bertemu ${abbr} Sutrisno di Jakarta. Lalu pulang.`)).toEqual([`Ia bertemu ${abbr} Sutrisno di Jakarta.`, "Lalu pulang."]);
    }
  );

  it("does not split after list endings dll. and dsb. even before a capital", () => {
    expect(sentences("Bidang budaya, dagang, dll. Rusia dan Korea Utara sepakat.")).toEqual(["Bidang budaya, dagang, dll. Rusia dan Korea Utara sepakat."]);
    expect(sentences("Bidang budaya, dsb. Moskow setuju.")).toEqual(["Bidang budaya, dsb. Moskow setuju."]);
  });

  it("does not split after initials or dotted abbreviations", () => {
    expect(sentences("Sergei V. Lavrov bertemu J. Smith dan M. Yusuf. Mereka sepakat.")).toEqual([
      "Sergei V. Lavrov bertemu J. Smith dan M. Yusuf.",
      "Mereka sepakat."
    ]);
    expect(sentences("Surat a.n. Menteri dan gelar S.H. Budi dibacakan.")).toEqual(["Surat a.n. Menteri dan gelar S.H. Budi dibacakan."]);
  });

  it("keeps a quotation over several sentences whole with its attribution", () => {
    expect(sentences('"Kalimat satu. Kalimat dua," kata Ali. Lalu ia pergi.')).toEqual(['"Kalimat satu. Kalimat dua," kata Ali.', "Lalu ia pergi."]);
    expect(sentences("“Kalimat satu. Kalimat dua,” kata Ali. Lalu ia pergi.")).toEqual(["“Kalimat satu. Kalimat dua,” kata Ali.", "Lalu ia pergi."]);
  });

  it("keeps a quotation that closes the paragraph whole with the sentence that opens it", () => {
    expect(sentences("Lavrov menyatakan bahwa “politik AS tidak membantu. Kami akan terus menyerukan penghentian.”")).toEqual([
      "Lavrov menyatakan bahwa “politik AS tidak membantu. Kami akan terus menyerukan penghentian.”"
    ]);
  });

  it("splits after a quotation that ends with its sentence's period", () => {
    expect(sentences('Mereka membahas "hubungan yang solid." Lavrov menyampaikan salam.')).toEqual([
      'Mereka membahas "hubungan yang solid."',
      "Lavrov menyampaikan salam."
    ]);
    expect(sentences("Mereka membahas “hubungan yang solid.” Lavrov menyampaikan salam.")).toEqual([
      "Mereka membahas “hubungan yang solid.”",
      "Lavrov menyampaikan salam."
    ]);
  });

  it("ignores apostrophes and single quotes inside a quotation", () => {
    expect(sentences(`"Dalam 'perang suci' mereka. Kami mendukung," katanya. Mi'raj melaporkan.`)).toEqual([
      `"Dalam 'perang suci' mereka. Kami mendukung," katanya.`,
      "Mi'raj melaporkan."
    ]);
  });

  it("does not let an unclosed quotation swallow the rest of the paragraph", () => {
    expect(sentences('Ia berkata "tidak. Kami pergi. Mereka datang.')).toEqual(['Ia berkata "tidak.', "Kami pergi.", "Mereka datang."]);
    expect(sentences("Ia berkata “tidak. Kami pergi.")).toEqual(["Ia berkata “tidak.", "Kami pergi."]);
  });

  it("splits after a closing parenthesis that follows a period", () => {
    expect(sentences("Ia tiba (kemarin.) Lalu pergi.")).toEqual(["Ia tiba (kemarin.)", "Lalu pergi."]);
  });

  it("treats an ellipsis and repeated marks as one sentence end", () => {
    expect(sentences("Tunggu... Lalu apa?! Tidak tahu… Sudahlah.")).toEqual(["Tunggu...", "Lalu apa?!", "Tidak tahu…", "Sudahlah."]);
  });

  it.each([
    "Moskow (ANTARA) - Menteri Luar Negeri Rusia Sergey Lavrov, Jumat, mengatakan sesuatu.",
    "TEMPO.CO, Jakarta - Menteri Luar Negeri Korea Utara dan Rusia menegaskan kembali komitmen mereka.",
    "Moskow, MINA – Presiden Rusia Vladimir Putin menjamu Menteri Luar Negeri Korea Utara.",
    "Pyongyang: Pemimpin Korea Utara Kim Jong-un menyatakan tekadnya."
  ])("keeps the dateline with its first sentence: %j", (first) => {
    expect(sentences(`${first} Kalimat kedua.`)).toEqual([first, "Kalimat kedua."]);
  });

  it("splits only inside [start, end)", () => {
    const text = "Luar. Dalam satu. Dalam dua. Luar.";
    expect(splitSentences(text, 6, 28).map(([s, e]) => text.slice(s, e))).toEqual(["Dalam satu.", "Dalam dua."]);
  });

  it("handles non-breaking spaces as whitespace", () => {
    expect(sentences("Satu.\u00A0Dua.")).toEqual(["Satu.", "Dua."]);
  });
});

describe("splitSentences: English", () => {
  it.each(["Mr.", "Mrs.", "Gen.", "Lt.", "Col.", "Dr.", "Jr.", "St.", "No.", "Oct.", "Sept."])(
    "does not split after the abbreviation %s",
    (abbr) => {
      expect(sentences(`He met ${abbr} Park in Seoul. Then he left.`, EN)).toEqual([`He met ${abbr} Park in Seoul.`, "Then he left."]);
    }
  );

  it("does not split after U.S., U.N. or the initial of N. Korea and S. Korea", () => {
    expect(sentences("The U.S. State Department and the U.N. Security Council spoke. N. Korea and S. Korea did not.", EN)).toEqual([
      "The U.S. State Department and the U.N. Security Council spoke.",
      "N. Korea and S. Korea did not."
    ]);
  });

  it("keeps a wire dateline with an abbreviated month in its sentence", () => {
    expect(sentences("SEOUL, Oct. 19 (Yonhap) -- North Korea's Kim met Lavrov. Talks followed.", EN)).toEqual([
      "SEOUL, Oct. 19 (Yonhap) -- North Korea's Kim met Lavrov.",
      "Talks followed."
    ]);
  });

  it("uses the article's own language: the Indonesian list has no Gen.", () => {
    expect(sentences("He met Gen. Park. Then he left.", ID)).toEqual(["He met Gen.", "Park.", "Then he left."]);
  });

  it("reads its abbreviations from the pack: without the row, the period ends a sentence", () => {
    const text = "He met Gen. Park. Then he left.";
    expect(sentences(text, withoutRow(EN, "abbreviations", "gen"))).toEqual(["He met Gen.", "Park.", "Then he left."]);
  });
});

/** A copy of `pack` read again from its files with one row of one kind removed. */
function withoutRow(pack: typeof EN, kind: string, word: string) {
  const files = new Map<string, PackFile>();
  for (const k of ["abbreviations"]) {
    const rows = pack.rows(k).filter((row) => !(k === kind && row.word === word));
    files.set(`${k}.csv`, { file: `${k}.csv`, text: ["word,comment", ...rows.map((row) => `${row.word},`)].join("\n") });
  }
  return parsePack(pack.lang, files);
}

describe("segment(article_id, text, cleaned)", () => {
  it("returns nothing when no line is kept", () => {
    expect(segment("a", "Baca juga: X", cleaned([]), ID)).toEqual({ paragraphs: [], sentences: [] });
  });

  it("makes one paragraph of each kept line and numbers paragraphs and sentences from 1", () => {
    const text = "Satu. Dua.\nBaca juga: X\nTiga.";
    const result = segment("art", text, cleaned([
      { line: 1, start: 0, end: 10 },
      { line: 3, start: 24, end: 29 }
    ]), ID);
    expect(result.paragraphs).toEqual([
      { article_id: "art", paragraph: 1, start: 0, end: 10 },
      { article_id: "art", paragraph: 2, start: 24, end: 29 }
    ]);
    expect(result.sentences).toEqual([
      { article_id: "art", sentence_id: "art-s001", paragraph: 1, index: 1, start: 0, end: 5, text: "Satu." },
      { article_id: "art", sentence_id: "art-s002", paragraph: 1, index: 2, start: 6, end: 10, text: "Dua." },
      { article_id: "art", sentence_id: "art-s003", paragraph: 2, index: 3, start: 24, end: 29, text: "Tiga." }
    ]);
  });

  it("never runs a sentence across paragraphs, even without a final period", () => {
    const text = "Judul tanpa titik\nIsi.";
    const { sentences: s } = segment("a", text, cleaned([
      { line: 1, start: 0, end: 17 },
      { line: 2, start: 18, end: 22 }
    ]), ID);
    expect(s.map((x) => x.text)).toEqual(["Judul tanpa titik", "Isi."]);
  });

  it("skips empty kept spans", () => {
    expect(segment("a", "x", cleaned([{ line: 1, start: 0, end: 0 }]), ID)).toEqual({ paragraphs: [], sentences: [] });
  });

  it("pads sentence ids to three digits and keeps counting past 999", () => {
    const text = "Ya. ".repeat(1000).trim();
    const { sentences: s } = segment("a", text, cleaned([{ line: 1, start: 0, end: text.length }]), ID);
    expect([s[0]!.sentence_id, s[98]!.sentence_id, s[999]!.sentence_id]).toEqual(["a-s001", "a-s099", "a-s1000"]);
  });

  it("gives offsets into the stored text: text.slice(start, end) is the sentence", () => {
    const text = "\u00A0 Moskow (ANTARA) - Satu. “Dua. Tiga,” katanya.  \nEmpat 😀. Lima.";
    const { sentences: s } = segment("a", text, cleaned([
      { line: 1, start: 2, end: 47 },
      { line: 2, start: 50, end: text.length }
    ]), ID);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.text)).toEqual(["Moskow (ANTARA) - Satu.", "“Dua. Tiga,” katanya.", "Empat 😀.", "Lima."]);
  });
});
