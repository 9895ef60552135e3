// The five seed articles through ingest → clean → segment: every piece of boilerplate they carry is
// reported, none of it reaches a sentence, and every sentence is a slice of the stored text.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../../src/io/read.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const result = runPipeline(await readDataDir(join(DATA, "..", "test", "fixtures", "seeds")), await loadResources(DATA));
const byFile = (prefix: string) => result.articles.find((a) => a.file.startsWith(`articles/${prefix}`))!;

/** [line, pattern] of every removed line of the article stored in articles/<prefix>…, in order. */
function removed(prefix: string): Array<[number | null, string]> {
  const article = byFile(prefix);
  return result.findings
    .filter((f) => f.article_id === article.article_id && (f.code === "boilerplate-removed" || f.code === "metadata"))
    .map((f) => [f.line, /\(([a-z0-9-]+)\)$/.exec(f.message)![1]!]);
}

describe("the seed articles", () => {
  it("are five, each with an outlet and a publication date, all ingested without a warning", () => {
    expect(result.articles.map((a) => [a.article_id, a.outlet, a.published, a.published_precision, a.status])).toEqual([
      ["antara-2024-11-lavrov-choe", "ANTARA", "2024-11", "month", "ok"],
      ["medcom-2023-10-20-kim-lavrov", "Medcom.id", "2023-10-20", "day", "ok"],
      ["mina-2024-01-putin-choe", "MINA (Mi'raj News Agency)", "2024-01", "month", "ok"],
      ["tempo-2024-11-02-choe-lavrov", "TEMPO.CO", "2024-11-02", "day", "ok"],
      ["vietnam-2023-10-lavrov-pyongyang", "Vietnamese outlet (machine-translated)", "2023-10", "month", "ok"]
    ]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("ANTARA: the source, both 'Baca juga' links, the credits and the copyright line", () => {
    expect(removed("000")).toEqual([
      [19, "source"],
      [21, "baca-juga"],
      [22, "baca-juga"],
      [24, "translator"],
      [25, "editor"],
      [26, "copyright"]
    ]);
    expect(result.cleaned.find((c) => c.article_id === "antara-2024-11-lavrov-choe")!.metadata).toEqual({
      byline: [],
      translator: ["Cindy Frishanti Octavia"],
      editor: ["Arie Novarina"],
      source: ["Anadolu"],
      title: []
    });
  });

  it("Vietnamese outlet: the photo caption, the byline, '[iklan_2]', 'Tautan sumber' and 'Komentar (0)'", () => {
    expect(removed("001")).toEqual([
      [6, "caption"],
      [10, "byline-menurut"],
      [11, "iklan-slot"],
      [12, "tautan-sumber"],
      [13, "komentar-count"]
    ]);
  });

  it("TEMPO: four 'Baca berita dengan sedikit iklan' prompts and 'Pilihan editor'", () => {
    expect(removed("002")).toEqual([
      [1, "baca-berita-iklan"],
      [3, "baca-berita-iklan"],
      [5, "baca-berita-iklan"],
      [6, "baca-berita-iklan"],
      [16, "pilihan-editor"]
    ]);
  });

  it("Medcom: the caption printed twice, the headline, the byline, 'Baca juga', 'Cek Berita … Google News' and the footer", () => {
    expect(removed("003")).toEqual([
      [1, "caption-credit"],
      [2, "caption-credit"],
      [4, "headline"],
      [6, "byline-dated"],
      [27, "baca-juga"],
      [29, "cek-berita"],
      [30, "google-news"],
      [31, "reporter-code"],
      [36, "terkait"],
      [38, "berita-lainnya"],
      [40, "follow-us"],
      [42, "ikuti-media-sosial"]
    ]);
    const medcom = result.cleaned.find((c) => c.article_id === "medcom-2023-10-20-kim-lavrov")!;
    expect(medcom.metadata.title).toEqual(["Kim Jong-un Bertekad Penuhi Perjanjian yang Telah Disepakati dengan Putin"]);
    expect(medcom.metadata.byline).toEqual(["Willy Haryono"]);
  });

  it("MINA: both 'Baca Juga' links, the desk code after the last paragraph and the agency sign-off", () => {
    expect(removed("004")).toEqual([
      [5, "baca-juga"],
      [8, "reporter-code-tail"],
      [9, "baca-juga"],
      [10, "agency-signoff"]
    ]);
  });

  it("keep no boilerplate inside any sentence", () => {
    const markers = [
      "Baca juga", "Baca Juga", "iklan", "Tautan sumber", "Komentar (", "Pilihan editor", "Cek Berita", "Google News", "TERKAIT",
      "BERITA LAINNYA", "FOLLOW US", "Ikuti media sosial", "Copyright", "Penerjemah", "Editor:", "Sumber:", "Handout", "Foto:",
      "Huyen Le", "Willy Haryono", "(WIL)", "(T/RI-1/P2)", "News Agency (MINA)", "Bertekad Penuhi"
    ];
    for (const s of result.sentences) {
      for (const marker of markers) expect(s.text, s.sentence_id).not.toContain(marker);
    }
  });

  it("give sentences that are exactly the stored text between their offsets, trimmed and non-empty", () => {
    const texts = new Map(result.articles.map((a) => [a.article_id, a.text]));
    for (const s of result.sentences) {
      expect(texts.get(s.article_id)!.slice(s.start, s.end), s.sentence_id).toBe(s.text);
      expect(s.text.trim(), s.sentence_id).toBe(s.text);
      expect(s.text.length).toBeGreaterThan(0);
    }
  });

  it("give paragraphs that contain their sentences, in order", () => {
    for (const s of result.sentences) {
      const p = result.paragraphs.find((x) => x.article_id === s.article_id && x.paragraph === s.paragraph)!;
      expect(p.start <= s.start && s.end <= p.end, s.sentence_id).toBe(true);
    }
  });

  it("ANTARA: Choe's quotation of Kim, with its 'katanya', is one sentence", () => {
    const quote =
      "\"Kim Jong-un menginstruksikan kami, tanpa menoleh ke belakang kepada siapa pun, untuk secara konsisten dan kuat mendukung dan membantu tentara Rusia dan rakyat Rusia dalam 'perang suci' mereka,\" katanya.";
    expect(result.sentences.filter((s) => s.text === quote).map((s) => s.sentence_id)).toEqual(["antara-2024-11-lavrov-choe-s007"]);
  });

  it("keep each dateline with its first sentence", () => {
    const first = result.sentences.filter((s) => s.index === 1).map((s) => s.text.slice(0, 20));
    expect(first).toEqual([
      "Moskow (ANTARA) - Me",
      "Pyongyang: Pemimpin ",
      "Moskow, MINA – Presi",
      "TEMPO.CO, Jakarta - ",
      "Menteri Luar Negeri "
    ]);
  });

  it("split multi-sentence quotations only where the quotation closes", () => {
    const tempo = result.sentences.filter((s) => s.article_id === "tempo-2024-11-02-choe-lavrov").map((s) => s.text);
    expect(tempo).toContain(
      "“Sebagai hasil kunjungan Anda ke Rusia tahun lalu, hubungan antarnegara kita saat ini mencapai kemajuan signifikan. Hari ini, dokumen fundamental baru yang akan menjadi dasar hubungan kita untuk jangka panjang telah disiapkan,” kata Putin dikutip dari Antara."
    );
    const medcom = result.sentences.filter((s) => s.article_id === "medcom-2023-10-20-kim-lavrov").map((s) => s.text);
    expect(medcom).toContain("Lavrov menyampaikan salam Putin kepada Kim, lapor KCNA.");
  });

  it("give the same sentence count on every run", () => {
    expect(result.sentences.length).toBe(63);
  });

  it("event mentions come only from kept body lines, and each evidence is its exact slice of the stored text", () => {
    expect(result.mentions.length).toBeGreaterThan(0);
    for (const m of result.mentions) {
      const article = result.articles.find((a) => a.article_id === m.article_id)!;
      const kept = result.cleaned.find((c) => c.article_id === m.article_id)!.kept;
      expect(article.text.slice(m.char_start, m.char_end), m.mention_id).toBe(m.evidence);
      expect(kept.some((k) => k.start <= m.char_start && m.char_end <= k.end), m.mention_id).toBe(true);
    }
  });

  it("nothing is dated from boilerplate: no mention or event falls in 2025 (MINA's related links)", () => {
    expect(result.mentions.filter((m) => m.date_start.startsWith("2025"))).toEqual([]);
    expect(result.events.filter((e) => e.date_start.startsWith("2025"))).toEqual([]);
  });
});
