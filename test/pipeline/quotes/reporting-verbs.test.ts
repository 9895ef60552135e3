// Verbs that voice quoted words (lang/*/reporting_verbs.csv), before or after the quotation, inverted or passive: whose
// words they are. Sentences are written for the tests; each test fails without the rule or data row it names, or guards
// what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const quotes = (text: string, published = "2024-11-01") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

const read = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.kind, q.speaker_id, q.speaker_text]);

describe("an answer or reply told by an inverted verb after the quotation (reporting_verbs.csv: jawab, balas, sahut)", () => {
  it.each(["jawab", "balas", "sahut"])("'\"…,\" %s <name>' is the named answerer's, not the last speaker's", (verb) => {
    const text = `Sergei Lavrov menerima Choe Son Hui di Moskwa.\n\n"Selamat datang kembali di Moskwa," kata Lavrov.\n\n"Kami senang bisa datang lagi," ${verb} Choe Son Hui.\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov", "choe-son-hui"]);
  });

  it("'\"…,\" jawabnya' carries the last speaker", () => {
    const text = `Sergei Lavrov menerima Choe Son Hui di Moskwa.\n\n"Bagaimana perjalanan Anda?" tanya Lavrov.\n\n"Sangat menyenangkan," jawab Choe Son Hui.\n\n"Terima kasih atas undangannya," jawabnya.\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov", "choe-son-hui", "choe-son-hui"]);
  });
});

describe("a passive attribution closing a quotation ('\"…,\" dikatakan Lavrov'; reporting_verbs.csv: dikatakan, disampaikan, both positions)", () => {
  it.each([
    "dikatakan Lavrov",
    "dikatakan oleh Lavrov",
    "seperti dikatakan Lavrov",
    "seperti dikatakan oleh Lavrov",
    "demikian dikatakan Lavrov",
    "disampaikan Lavrov kepada wartawan"
  ])("'\"…,\" %s' is the named speaker's, not the last one named", (tail) => {
    const text = `Kim Jong Un menerima Sergei Lavrov di Pyongyang.\n\n"Hubungan kedua negara berada pada tingkat tertinggi," ${tail}.\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });

  it("still reads the passive before the quotation ('Seperti dikatakan Lavrov, \"…\"')", () => {
    const text = `Kim Jong Un menerima Sergei Lavrov di Pyongyang.\n\nSeperti dikatakan Lavrov, "Hubungan kedua negara berada pada tingkat tertinggi."\n`;
    expect(quotes(text).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });
});

describe("words in marks that someone conveyed are theirs (lang/en/reporting_verbs.csv 'conveyed')", () => {
  const en = { lang: "en", published: "2024-11-04" };

  it("'Choe conveyed “cordial regards” from Kim' is Choe's partial quote, not a term", () => {
    expect(read("Choe Son Hui conveyed “cordial regards” from Kim Jong Un to the Russian president.", en)).toEqual([
      ["cordial regards", "partial", "choe-son-hui", "Choe Son Hui"]
    ]);
  });

  it("after a relative pronoun the one it stands for conveys ('Putin met Choe, who conveyed …')", () => {
    expect(read("Vladimir Putin received Choe Son Hui, who conveyed “the best wishes” of her leader.", en).map((q) => q[2])).toEqual(["choe-son-hui"]);
  });
});

describe("a wish quoted after 'hoped that' or 'expected that'", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);
  const en: Options = { lang: "en", published: "2005-08-16" };

  it("'Putin expected that \"…\"' and 'He also hoped that \"…\"' are Putin's words", () => {
    const text = 'In his message, Putin expected that "friendly ties between the two nations would keep growing." He also hoped that "the regular dialogue on regional matters," would continue.';
    expect(speakers(text, en)).toEqual([
      ["friendly ties", "vladimir-putin"],
      ["the regular", "vladimir-putin"]
    ]);
  });

  it("'is expected to' before a quotation names no speaker: a plan, not speech", () => {
    const text = 'Putin is expected to sign what officials call "a new basic treaty" next week.';
    expect(speakers(text, en).filter(([, id]) => id === "vladimir-putin")).toEqual([]);
  });
});

describe("a stance verb before words in marks ('menyerukan', 'bangga dengan', 'percaya bahwa')", () => {
  const speakers = (text: string, published: string) =>
    run(text, { published })
      .quotes.filter((q) => q.kind !== "reported" && q.kind !== "term")
      .map((q) => q.speaker_id);

  it("'menyerukan' (called for): the words in marks are the subject's", () => {
    const text = "Dalam pertemuan itu, Menhan Rusia Andrei Belousov menyerukan kerja sama yang “lebih erat dan lebih dalam” antara kedua angkatan bersenjata.";
    expect(speakers(text, "2024-11-30")).toEqual(["andrei-belousov"]);
  });

  it("'bangga dengan' and 'Ia percaya bahwa': the subject's wording, a short one too", () => {
    const text =
      "Menlu Rusia Sergei Lavrov, di sisi lain, bangga dengan hubungan “yang sudah teruji oleh waktu” antara kedua negara. Ia percaya bahwa kerja sama itu membantu keduanya menjaga “stabilitas kawasan”.";
    expect(speakers(text, "2024-11-02")).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });
});

describe("a partial quotation voiced by an office holder (gazetteer/person_aliases.csv, lang/en/reporting_verbs.csv)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.cue]);
  const en: Options = { lang: "en", published: "2019-10-22" };

  it("'Russia's upper house speaker also voiced hope that … \"…\"' is Matviyenko's", () => {
    const text = "The North Korean parliament chief arrived in Moscow on Monday.\n\nRussia's upper house speaker also voiced hope that the visit would \"open a new page in our ties\" and bring the parliaments closer.";
    expect(speakers(text, en)).toEqual([["open a", "valentina-matviyenko", "voiced"]]);
  });
});

describe("verbs that voice the quoted words after them: 'pointed out that', 'termed … as', 'referred to' (lang/en/reporting_verbs.csv)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);
  const en: Options = { lang: "en", published: "2023-09-14" };

  it("'pointed out that … “…”' is the subject's", () => {
    const text = "Putin pointed out that the talks were held “in a year of anniversaries” for both nations.";
    expect(speakers(text, en)).toEqual([["in a", "vladimir-putin"]]);
  });

  it("'termed … as “…”' is the subject's, not a scare quote", () => {
    const text = "Kim Jong Un termed the ties with Moscow as “our first concern” in foreign affairs.";
    expect(speakers(text, en)).toEqual([["our first", "kim-jong-un"]]);
  });

  it("'referred to …'s “…”' is the subject's, before the report that carries it", () => {
    const text = "During the talks, the North Korean leader referred to his country's “firm and unchanging position on the region” and exchanged views with Shoigu, the agency said.";
    expect(speakers(text, { lang: "en", published: "2023-07-27" })).toEqual([["firm and", "kim-jong-un"]]);
  });
});

describe("a quoted promise or charge after 'menjanjikan' or 'menuduh' (reporting_verbs.csv)", () => {
  const speakers = (text: string, published = "2024-11-30") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

  it("is the subject's, however short", () => {
    const text = "Lavrov tiba di Pyongyang.\n\nLavrov menjanjikan \"dukungan mutlak\" bagi Pyongyang.\n";
    expect(speakers(text)).toEqual([["dukungan mutlak", "sergey-lavrov", "partial"]]);
  });
});

describe("verbs that voice the quoted words after them: 'suggested that', 'revealed plans' (lang/en/reporting_verbs.csv)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

  it("'suggested that … “…”' is the subject's", () => {
    const text = "Foreign Minister Sergey Lavrov suggested that the talks opened “a new chapter in our ties” with Pyongyang.";
    expect(speakers(text, { lang: "en", published: "2024-11-02" })).toEqual([["a new", "sergey-lavrov", "partial"]]);
  });

  it("'revealed plans to set up a “…”' is the subject's", () => {
    const text = "Governor Oleg Kozhemyako also revealed plans to open a “joint logistics hub” on the border.";
    expect(speakers(text, { lang: "en", published: "2023-12-12" })).toEqual([["joint logistics", "oleg-kozhemyako", "partial"]]);
  });
});

describe("an inverted 'commented' after a quotation (lang/en/reporting_verbs.csv)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);

  it("'\"…,\" commented Kozlov, Minister of …' is Kozlov's", () => {
    const text = "The commission met in Moscow on Friday.\n\n\"Our agenda covers farming, transport and schools, where we can help each other,\" commented Kozlov, Minister of Natural Resources.";
    expect(speakers(text, { lang: "en", published: "2025-03-21" })).toEqual([["Our agenda", "alexander-kozlov"]]);
  });
});
