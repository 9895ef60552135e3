import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBoilerplate } from "../../src/pipeline/ingest/boilerplate.ts";
import { clean, cleanFindings } from "../../src/pipeline/ingest/clean.ts";
import type { Article, BoilerplatePattern } from "../../src/pipeline/types.ts";

const LEXICON = "data/lexicon/boilerplate.csv";
const patterns = parseBoilerplate(readFileSync(join(import.meta.dirname, "..", "..", LEXICON), "utf8"), LEXICON);

function article(text: string): Article {
  return {
    article_id: "a",
    file: "articles/a.txt",
    outlet: "X",
    url: "",
    language: "id",
    published: "2024",
    published_precision: "year",
    title: "",
    text,
    chars: text.length,
    sha256: "",
    encoding: "utf-8",
    status: "ok"
  };
}

/** The pattern that removes `line` when it stands alone in an article, or null when it is kept. */
function verdict(line: string, lexicon: readonly BoilerplatePattern[] = patterns): string | null {
  const { removed } = clean(article(line), lexicon);
  return removed[0]?.pattern_id ?? null;
}

function keptText(text: string, lexicon: readonly BoilerplatePattern[] = patterns): string[] {
  return clean(article(text), lexicon).kept.map((k) => text.slice(k.start, k.end));
}

describe("data/lexicon/boilerplate.csv", () => {
  it.each([
    ["Baca juga: Rusia terkejut Turki lanjutkan kerja sama", "baca-juga"],
    ["Baca Juga: PM Baru Lebanon Janji Bangun Kembali", "baca-juga"],
    ["BACA JUGA : Sesuatu", "baca-juga"],
    ["Baca juga:\u00A0\u00A0 Kim Jong-un Bahas Isu Praktis", "baca-juga"],
    ["Baca berita dengan sedikit iklan, klik di sini", "baca-berita-iklan"],
    ["[iklan_2]", "iklan-slot"],
    ["[iklan_10]", "iklan-slot"],
    ["[IKLAN]", "iklan-slot"],
    ["ADVERTISEMENT", "advertisement"],
    ["Tautan sumber", "tautan-sumber"],
    ["Komentar (0)", "komentar-count"],
    ["Komentar (12)", "komentar-count"],
    ["Pilihan editor: Israel DIserang Proyektil dari Lebanon, 19 Orang Terluka", "pilihan-editor"],
    ["Pilihan Editor: Apa Saja", "pilihan-editor"],
    ["Cek Berita dan Artikel yang lain di", "cek-berita"],
    ["TERKAIT", "terkait"],
    ["BERITA TERKAIT", "terkait"],
    ["BERITA LAINNYA", "berita-lainnya"],
    ["FOLLOW US", "follow-us"],
    ["Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan", "ikuti-media-sosial"],
    ["Copyright © ANTARA 2024", "copyright"],
    ["© 2023 Medcom.id", "copyright"],
    ["Hak cipta (c) Kompas 2022", "copyright"],
    ["Mi’raj News Agency (MINA)", "agency-signoff"],
    ["Mi'raj News Agency (MINA)", "agency-signoff"],
    ["(WIL)", "reporter-code"],
    ["(T/RI-1/P2)", "reporter-code"],
    ["Menteri Lavrov dan Choe pada pesta penyambutan di Pyongyang pada 18 Oktober. Foto: AFP", "caption"],
    ["Foto: Dok. Kemlu", "caption"],
    ["Kim Jong-un (kiri) menyambut Lavrov di Pyongyang, 19 Oktober 2023. (Handout / RUSSIAN FOREIGN MINISTRY / AFP)", "caption-credit"],
    ["Presiden Prabowo di Istana. (ANTARA FOTO/Hafidz Mubarak A)", "caption-credit"],
    ["Willy Haryono • 20 Oktober 2023 12:29", "byline-dated"],
    ["Willy Haryono • 20 Oktober 2023", "byline-dated"],
    ["Huyen Le (Menurut AFP , Reuters )", "byline-menurut"],
    ["Pewarta: Yuni Arisandy", "byline-label"],
    ["Penerjemah: Cindy Frishanti Octavia", "translator"],
    ["Editor: Arie Novarina", "editor"],
    ["Redaktur: Siapa Saja", "editor"],
    ["Sumber: Anadolu", "source"]
  ])("removes %j with pattern %s", (line, id) => {
    expect(verdict(line)).toBe(id);
  });

  it.each([
    "Lavrov mengatakan kepada wartawan bahwa Rusia akan membaca juga dokumen itu.",
    "Rakyat Korea Utara terkait erat dengan Rusia, kata Choe.",
    "Terkait",
    "Follow us",
    "Google News",
    "Menurut KCNA, perjanjian baru tersebut juga mengharuskan kedua belah pihak.",
    "Adapun North Atlantic Treaty Organization (NATO) atau Pakta Pertahanan Atlantik Utara",
    "Korea Utara mengecam latihan tersebut sebagai ancaman (AS).",
    "Sumber-sumber diplomatik mengatakan pertemuan itu berlangsung tertutup, dan tidak ada pernyataan bersama yang dikeluarkan setelah pembicaraan yang berlangsung hampir tiga jam di Moskow.",
    "Editor senior itu mengatakan bahwa kunjungan itu penting.",
    "Menteri Luar Negeri Rusia Sergey Lavrov, Jumat, mengatakan bahwa kerja sama memiliki \"dampak stabilisasi\" di benua Eurasia.",
    "Hubungan Rusia-Korea Utara",
    "Copyright dalam undang-undang baru tidak mengatur karya jurnalistik, kata pakar hukum itu, sebagaimana dikutip oleh banyak media di Jakarta dan daerah lain pada hari Senin."
  ])("keeps %j", (line) => {
    expect(verdict(line)).toBeNull();
  });

  it("removes 'Google News' only right after 'Cek Berita …', blank lines between allowed", () => {
    const text = "Cek Berita dan Artikel yang lain di\n\u00A0\nGoogle News\nIsi.\nGoogle News";
    expect(clean(article(text), patterns).removed.map((r) => [r.line, r.pattern_id])).toEqual([
      [1, "cek-berita"],
      [3, "google-news"]
    ]);
    expect(keptText(text)).toEqual(["Isi.", "Google News"]);
  });

  it("removes a related-links block: its heading and the headline lines right below it, until a blank line", () => {
    const text = [
      "Putin menyambut Kim di Vladivostok.",
      "Baca juga:",
      "Trump dan Kim Jong Un Bertemu di Hanoi, Pulang Tanpa Kesepakatan",
      "Isi kedua.",
      "Berita Terkait",
      "Putin Terima Menlu Korut Choe Son Hui di Kremlin",
      "Kim Jong Un Kunjungi Pabrik Pesawat di Komsomolsk-on-Amur",
      "",
      "Choe kemudian dijadwalkan mengunjungi Vladivos"
    ].join("\n");
    expect(keptText(text)).toEqual(["Putin menyambut Kim di Vladivostok.", "Isi kedua.", "Choe kemudian dijadwalkan mengunjungi Vladivos"]);
    expect(clean(article(text), patterns).removed.map((r) => r.pattern_id)).toEqual([
      "related-heading",
      "related-item",
      "related-heading",
      "related-item",
      "related-item"
    ]);
  });

  it.each([
    ["Related Articles\nN. Korean leader inspects Russian fighter jet plant\nPutin, Kim hold summit at Vostochny Cosmodrome\n\nThe trip came after Lavrov visited Pyongyang."],
    ["Lihat Juga :\nPutin Undang Kim Jong Un ke Moskow, Kremlin Belum Tetapkan Tanggal\n\nThe trip came after Lavrov visited Pyongyang."],
    ["Most Popular\nLee Jae-myung meets Japan's Ishiba at G7 summit\nKim Jong-un, Putin to meet in Moscow next year: report\nThe trip came after Lavrov visited Pyongyang."],
    ["Read also\nPutin receives DPRK foreign minister at Kremlin\nShoigu, Kim Jong Un hold talks in Pyongyang\n\nThe trip came after Lavrov visited Pyongyang."]
  ])("keeps only the body after a related block in %j", (text) => {
    expect(keptText(text)).toEqual(["The trip came after Lavrov visited Pyongyang."]);
  });

  it("keeps a subheading that follows a paragraph, and a short line after an inline 'Baca juga: …' link", () => {
    expect(keptText("Isi.\nSaling Tukar Senapan\nIsi dua.")).toEqual(["Isi.", "Saling Tukar Senapan", "Isi dua."]);
    expect(keptText("Baca juga: Korut sebut pasukannya di Rusia sesuai hukum\nSaling Tukar Senapan")).toEqual(["Saling Tukar Senapan"]);
  });

  it.each([
    ["Baca juga Kim Jong Un dan Shoigu Bertemu, Bahas Kerja Sama Militer", "baca-juga-inline"],
    ["Related: Trump says he is in no rush on North Korea after Hanoi summit collapse", "related-inline"],
    ["Simak Video \"Momen Kim Jong Un Tiba di Vladivostok Naik Kereta\"", "simak-video"],
    ["Simak juga Video: Momen Kim Jong Un Naik Mobil Aurus Hadiah Putin", "simak-video"],
    ["[Gambas:Video 20detik]", "simak-video"],
    ["Sign up here.", "sign-up"],
    ["Sign up for the NK News newsletter.", "sign-up"],
    ["We use cookies to give you the best experience. Cookie settings | Accept all", "cookie-banner"],
    ["list 1 of 4", "aljazeera-widgets"],
    ["Our Standards: The Thomson Reuters Trust Principles., opens new tab", "promo-channel"],
    ["(read more: Xi Jinping Sambut Putin Dan Kim Jong Un Di Parade Militer Terbesar China)", "related-paren"],
    ["(Baca juga: Putin Terima Menlu Korut Choe Son Hui di Kremlin)", "related-paren"],
    ["Bergabunglah dengan perbincangan ini", "comments-widget"]
  ])("removes the furniture line %j (%s)", (line, id) => {
    expect(verdict(line)).toBe(id);
  });

  it.each([
    "Baca juga Pasal 5 undang-undang itu.",
    "The two leaders agreed to sign up to a new framework on energy.",
    "Accept"
  ])("keeps the body line %j", (line) => {
    expect(verdict(line)).toBeNull();
  });

  it("removes a cookie notice's button only right after the notice", () => {
    expect(keptText("Kami menggunakan cookie untuk meningkatkan pengalaman Anda.\nSetuju\nIsi.\nSetuju")).toEqual(["Isi.", "Setuju"]);
  });

  it("strips reporter initials after a paragraph's last sentence and keeps the sentence", () => {
    const text = "Korea Utara mengecam latihan tersebut. (T/RI-1/P2)\n";
    const { kept, removed } = clean(article(text), patterns);
    expect(kept).toEqual([{ line: 1, start: 0, end: 38 }]);
    expect(removed).toEqual([{ line: 1, start: 39, end: 50, text: "(T/RI-1/P2)", pattern_id: "reporter-code-tail", action: "drop" }]);
    expect(text.slice(0, 38)).toBe("Korea Utara mengecam latihan tersebut.");
  });

  it("keeps a parenthesis at the end of a paragraph when it is not after a sentence end", () => {
    expect(keptText("Pakta Pertahanan Atlantik Utara (NATO)")).toEqual(["Pakta Pertahanan Atlantik Utara (NATO)"]);
  });
});

describe("clean(article, patterns)", () => {
  it("returns nothing for empty text", () => {
    expect(clean(article(""), patterns)).toEqual({
      article_id: "a",
      kept: [],
      removed: [],
      metadata: { byline: [], translator: [], editor: [], source: [], title: [] }
    });
  });

  it("keeps body lines as offsets without their surrounding whitespace or newline", () => {
    const text = "  Satu.\u00A0\nDua.\n\tTiga.";
    expect(clean(article(text), patterns).kept).toEqual([
      { line: 1, start: 2, end: 7 },
      { line: 2, start: 9, end: 13 },
      { line: 3, start: 15, end: 20 }
    ]);
  });

  it("neither keeps nor reports lines of only whitespace or NBSP", () => {
    const { kept, removed } = clean(article("Satu.\n\u00A0\n \t\n\nDua.\n"), patterns);
    expect(kept.map((k) => k.line)).toEqual([1, 5]);
    expect(removed).toEqual([]);
  });

  it("accounts for every non-blank line exactly once, as kept or removed", () => {
    const text = readFileSync(join(import.meta.dirname, "..", "..", "data", "articles", "003_94e796d2480e38fb.txt"), "utf8");
    const { kept, removed } = clean(article(text), patterns);
    const nonBlank = text.split("\n").flatMap((line, i) => (line.trim() === "" ? [] : [i + 1]));
    expect([...kept.map((k) => k.line), ...removed.map((r) => r.line)].sort((a, b) => a - b)).toEqual(nonBlank);
  });

  it("reports each removed line with its number, offsets and trimmed text", () => {
    const text = "Isi.\n  Baca juga: Lain  \n";
    expect(clean(article(text), patterns).removed).toEqual([
      { line: 2, start: 7, end: 22, text: "Baca juga: Lain", pattern_id: "baca-juga", action: "drop" }
    ]);
    expect(text.slice(7, 22)).toBe("Baca juga: Lain");
  });

  it("collects credits as metadata, the captured name when the pattern has one", () => {
    const text = "Isi.\nSumber: Anadolu\nPenerjemah: Cindy Frishanti Octavia\nEditor: Arie Novarina\nHuyen Le (Menurut AFP , Reuters )";
    expect(clean(article(text), patterns).metadata).toEqual({
      byline: ["Huyen Le"],
      translator: ["Cindy Frishanti Octavia"],
      editor: ["Arie Novarina"],
      source: ["Anadolu"],
      title: []
    });
  });

  it("drops the second of two identical consecutive lines, blank lines between, and keeps the first", () => {
    const text = "Baris yang sama.\n\n\u00A0\nBaris yang sama.\nBaris yang sama.\nLain.\nBaris yang sama.";
    const { kept, removed } = clean(article(text), patterns);
    expect(kept.map((k) => k.line)).toEqual([1, 6, 7]);
    expect(removed.map((r) => [r.line, r.pattern_id])).toEqual([
      [4, "repeated-line"],
      [5, "repeated-line"]
    ]);
  });

  it("drops both copies of a repeated caption, as the caption pattern matches each", () => {
    const caption = "Kim (kiri) menyambut Lavrov di Pyongyang. (Handout / KCNA / AFP)";
    const { kept, removed } = clean(article(`${caption}\n${caption}\nIsi.`), patterns);
    expect(removed.map((r) => [r.line, r.pattern_id])).toEqual([
      [1, "caption-credit"],
      [2, "caption-credit"]
    ]);
    expect(kept.map((k) => k.line)).toEqual([3]);
  });

  it("leaves repeated lines alone when the lexicon has no repeated-line rule", () => {
    const lexicon = patterns.filter((p) => p.pattern_id !== "repeated-line");
    expect(keptText("Sama.\nSama.", lexicon)).toEqual(["Sama.", "Sama."]);
  });

  it("takes a short unpunctuated line right before a byline near the top as the title", () => {
    const text = "Caption. Foto: AFP\n\nKim Bertekad Penuhi Perjanjian\n\nWilly Haryono • 20 Oktober 2023 12:29\nPyongyang: Isi.";
    const { kept, removed, metadata } = clean(article(text), patterns);
    expect(metadata.title).toEqual(["Kim Bertekad Penuhi Perjanjian"]);
    expect(metadata.byline).toEqual(["Willy Haryono"]);
    expect(removed.map((r) => [r.line, r.action, r.pattern_id])).toEqual([
      [1, "drop", "caption"],
      [3, "title", "headline"],
      [5, "byline", "byline-dated"]
    ]);
    expect(kept.map((k) => k.line)).toEqual([6]);
  });

  it.each([
    ["ends with a period", "Kim Bertekad Penuhi Perjanjian.\nWilly Haryono • 20 Oktober 2023"],
    ["is 120 characters or longer", `${"Kata ".repeat(25)}\nWilly Haryono • 20 Oktober 2023`],
    ["has no byline after it", "Kim Bertekad Penuhi Perjanjian\nIsi."],
    ["has its byline beyond the first lines", `Judul Pendek\n${"Isi.\n".repeat(8)}Willy Haryono • 20 Oktober 2023`]
  ])("takes no title when the candidate %s", (_, text) => {
    expect(clean(article(text), patterns).metadata.title).toEqual([]);
  });

  it("takes no title when the lexicon has no headline rule", () => {
    const lexicon = patterns.filter((p) => p.pattern_id !== "headline");
    expect(clean(article("Judul\nWilly Haryono • 20 Oktober 2023"), lexicon).metadata.title).toEqual([]);
  });

  it("treats a file without a final newline like one with it", () => {
    expect(keptText("Satu.\nKomentar (0)")).toEqual(["Satu."]);
    expect(keptText("Satu.\nKomentar (0)\n")).toEqual(["Satu."]);
  });

  it("lists removed lines in text order, the title among them", () => {
    const text = "Judul Berita\nWilly Haryono • 1 Mei 2024\nIsi. (WIL)\nBaca juga: X";
    expect(clean(article(text), patterns).removed.map((r) => r.start)).toEqual([0, 13, 45, 51]);
  });
});

describe("cleanFindings(article, cleaned)", () => {
  it("reports dropped lines as boilerplate-removed and credits as metadata, with line numbers", () => {
    const a = article("Judul\nWilly Haryono • 1 Mei 2024\nIsi.\n\nBaca juga: Lain");
    expect(cleanFindings(a, clean(a, patterns))).toEqual([
      { article_id: "a", file: "articles/a.txt", severity: "info", code: "metadata", message: 'title "Judul" (headline)', line: 1 },
      { article_id: "a", file: "articles/a.txt", severity: "info", code: "metadata", message: 'byline "Willy Haryono • 1 Mei 2024" (byline-dated)', line: 2 },
      { article_id: "a", file: "articles/a.txt", severity: "info", code: "boilerplate-removed", message: 'removed "Baca juga: Lain" (baca-juga)', line: 5 }
    ]);
  });

  it("truncates quoted lines to 120 characters", () => {
    const a = article(`Baca juga: ${"x".repeat(200)}`);
    const [finding] = cleanFindings(a, clean(a, patterns));
    expect(finding!.message).toBe(`removed "Baca juga: ${"x".repeat(108)}…" (baca-juga)`);
  });

  it("reports nothing for an article without boilerplate", () => {
    const a = article("Satu.\nDua.");
    expect(cleanFindings(a, clean(a, patterns))).toEqual([]);
  });
});

describe("parseBoilerplate(text, file)", () => {
  const HEAD = "pattern_id,action,match,flags,after,pattern,description\n";
  const fails = (rows: string) => () => parseBoilerplate(HEAD + rows, "data/lexicon/boilerplate.csv");

  it("reads the project's lexicon", () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns[0]).toMatchObject({ pattern_id: "baca-juga", action: "drop", match: "regex", line: 2 });
  });

  it("anchors regex and exact patterns to the whole line, and tail patterns to its end", () => {
    const [exact, regex, tail] = parseBoilerplate(HEAD + "e,drop,exact,,,a.b (c),\nr,drop,regex,i,,x+,\nt,drop,tail,,,\\(x\\),\n", "f");
    expect([exact!.regex!.test("a.b (c)"), exact!.regex!.test("axb (c)"), exact!.regex!.test("a.b (c) d")]).toEqual([true, false, false]);
    expect([regex!.regex!.test("XX"), regex!.regex!.test("xxy")]).toEqual([true, false]);
    expect([tail!.regex!.test("y (x)"), tail!.regex!.test("(x) y")]).toEqual([true, false]);
  });

  it("reads an 'after' list of ids, the row's own id among them", () => {
    const rows = parseBoilerplate(HEAD + "h,drop,exact,,,H,\nitem,drop,regex,,h|item,[a-z]+,\n", "f");
    expect(keptText("H\nabc\ndef\n\nghi\nH\n\njkl", rows)).toEqual(["ghi"]);
  });

  it("compiles no regex for a rule", () => {
    expect(parseBoilerplate(HEAD + "r,drop,rule,,,repeated-line,\n", "f")[0]!.regex).toBeNull();
  });

  it("names the file and line of an invalid regular expression", () => {
    expect(fails("a,drop,regex,,,x,\nb,drop,regex,,,(,\n")).toThrow("data/lexicon/boilerplate.csv line 3: pattern '(' is not a valid regular expression");
  });

  it.each([
    ["a,delete,regex,,,x,", "line 2: action 'delete' is not one of drop, byline, translator, editor, source, title"],
    ["a,drop,glob,,,x,", "line 2: match 'glob' is not one of exact, regex, tail, rule"],
    ["a,drop,regex,g,,x,", "line 2: flags 'g' is not empty or 'i'"],
    ["A,drop,regex,,,x,", "line 2: pattern_id 'A' is not a kebab-case id"],
    ["a,drop,regex,,,,", "line 2: pattern '' is empty"],
    ["a,drop,regex,,b,x,", "line 2: after 'b' is not a pattern_id defined above this line"],
    ["a,drop,regex,,,x,\nb,drop,regex,,a|c,y,", "line 3: after 'c' is not a pattern_id defined above this line"],
    ["a,drop,rule,,,magic,", "line 2: pattern 'magic' is not a rule (repeated-line, headline)"],
    ["a,drop,rule,,,headline,", "line 2: rule 'headline' takes action 'title', not 'drop'"],
    ["a,drop,regex,,,x,\na,drop,regex,,,y,", "line 3: pattern_id 'a' is already used on line 2"]
  ])("rejects %j", (rows, message) => {
    expect(fails(rows + "\n")).toThrow(`data/lexicon/boilerplate.csv ${message}`);
  });

  it("rejects a lexicon without a required column", () => {
    expect(() => parseBoilerplate("pattern_id,action\n", "f.csv")).toThrow("f.csv line 1: the header has no column 'match'");
  });
});
