import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSpans, type Quote } from "../../src/pipeline/quotes/quotes.ts";
import { quotes, run, type Options } from "../helpers/quote-run.ts";


function only(text: string, options?: Options): Quote {
  const found = run(text, options).quotes;
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("findQuotes({article, …}) finds quotation spans", () => {
  it("returns nothing for an empty or blank article", () => {
    expect(run("")).toEqual({ quotes: [], findings: [] });
    expect(run(" \n\u00a0\n")).toEqual({ quotes: [], findings: [] });
  });

  it("returns nothing for an article without quotation marks or reporting verbs", () => {
    expect(run("Sergey Lavrov tiba di Pyongyang pada Rabu. Ia disambut Choe Son-hui.").quotes).toEqual([]);
  });

  it("takes straight, curly and angle marks, the text without the marks", () => {
    expect(quotes('"Kami siap bekerja sama," kata Sergey Lavrov.')[0]![0]).toBe("Kami siap bekerja sama,");
    expect(quotes("“Kami siap bekerja sama,” kata Sergey Lavrov.")[0]![0]).toBe("Kami siap bekerja sama,");
    expect(quotes("«Kami siap bekerja sama,» kata Sergey Lavrov.")[0]![0]).toBe("Kami siap bekerja sama,");
  });

  it("keeps a quotation over several sentences whole", () => {
    const q = only("“Hubungan kita kuat. Kita akan terus bekerja sama,” kata Vladimir Putin.");
    expect([q.text, q.speaker_id, q.kind]).toEqual(["Hubungan kita kuat. Kita akan terus bekerja sama,", "vladimir-putin", "direct"]);
  });

  it("continues a quotation into the next paragraph when that paragraph opens with a new mark", () => {
    const text = "“Hubungan kita kuat dan terus tumbuh.\n“Kita akan terus bekerja sama,” kata Vladimir Putin.";
    const q = only(text);
    expect(q.text).toBe("Hubungan kita kuat dan terus tumbuh.\n“Kita akan terus bekerja sama,");
    expect([q.speaker_id, q.kind]).toEqual(["vladimir-putin", "direct"]);
  });

  it("reports a mark never closed as a warning with its line, and guesses no quote from it", () => {
    const { quotes: found, findings } = run('Sergey Lavrov tiba.\nLavrov mengatakan "kami siap bekerja sama.\nIa lalu pergi.');
    expect(found.filter((q) => q.kind !== "reported")).toEqual([]);
    expect(findings).toEqual([
      { article_id: "a", file: "articles/a.txt", severity: "warning", code: "unclosed-quote", message: expect.stringContaining("kami siap") as unknown as string, line: 2 }
    ]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(run("Mi’raj News Agency melaporkan dari Jum'at hingga Qur'an.").findings).toEqual([]);
    expect(quotes("Mi’raj News Agency melaporkan dari Jum'at hingga Qur'an.").filter(([, , kind]) => kind !== "reported")).toEqual([]);
  });

  it("skips empty quotation marks", () => {
    expect(quotes('Ia menulis "" dan “ ” di sana.')).toEqual([]);
  });

  it("gives quote ids by position and offsets into the stored text", () => {
    const text = 'Sergey Lavrov tiba.\n"Satu dua tiga empat," kata Lavrov. "Lima enam tujuh delapan," ujar Vladimir Putin.';
    const found = run(text).quotes;
    expect(found.map((q) => q.quote_id)).toEqual(["a-q001", "a-q002"]);
    for (const q of found) expect(text.slice(q.char_start, q.char_end)).toBe(q.text);
  });
});

describe("findSpans(text, paragraphs)", () => {
  it("marks a single-quoted phrase inside a quotation as nested", () => {
    const text = "“Dalam ‘perang suci’ mereka,” katanya.";
    const { spans } = findSpans(text, [{ article_id: "a", paragraph: 1, start: 0, end: text.length }]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.nested])).toEqual([
      ["perang suci", true],
      ["Dalam ‘perang suci’ mereka,", false]
    ]);
  });
  it("keeps a quotation whose straight mark is followed by a space, and reports one that never closes", () => {
    const one = (text: string) => findSpans(text, [{ article_id: "a", paragraph: 1, start: 0, end: text.length }]);
    const text = 'Lavrov said: " We will deepen cooperation," he added.';
    expect(one(text).spans.map((s) => text.slice(s.start, s.end))).toEqual(["We will deepen cooperation,"]);
    expect(one('A "quote" here " and there.').unclosed).toEqual([15]);
    expect(one('He said "yes" and "no".').spans).toHaveLength(2);
  });
});

describe("findQuotes decides the kind", () => {
  it("direct: a statement in marks with its attribution", () => {
    expect(only("Sergey Lavrov menyatakan bahwa “kami akan terus menyerukan perdamaian.”").kind).toBe("direct");
  });

  it("partial: a quoted phrase inside reported speech", () => {
    const q = only('Kim Jong-un berjanji untuk "mengembangkan hubungan kedua negara di era baru," sebut KCNA.', { published: "2023-10-20" });
    expect([q.speaker_id, q.kind, q.cue, q.via]).toEqual(["kim-jong-un", "partial", "berjanji", "KCNA"]);
    expect(only('Sergey Lavrov mengatakan bahwa perjanjian itu memiliki "dampak stabilisasi" di Eurasia.').kind).toBe("partial");
  });

  it("term: a listed term however it is spaced, cased and punctuated, even with a speaker after it", () => {
    // The term list is read only for quotations of no more words than its longest term: the count must survive
    // the normalising of spaces, case and punctuation.
    const q = only("“Operasi  Militer\u00a0khusus!” kata Sergey Lavrov.");
    expect([q.kind, q.speaker_id]).toEqual(["term", ""]);
    expect(only("“Operasi militer khusus di Ukraina,” kata Sergey Lavrov.").kind).toBe("direct");
  });

  it("partial, not direct, when the sentence goes on after the marks", () => {
    expect(only('Pyongyang menekankan bahwa "kebijakan hegemonik" AS adalah penyebab perang.').kind).toBe("partial");
  });

  it("indirect: reported speech without marks, the text being the reported clause", () => {
    const q = only("Sergey Lavrov mengatakan bahwa hubungan kedua negara telah mencapai tingkat yang baru.");
    expect([q.text, q.speaker_id, q.kind, q.cue]).toEqual(["hubungan kedua negara telah mencapai tingkat yang baru", "sergey-lavrov", "reported", "mengatakan"]);
  });

  it("indirect: a sentence that ends with its attribution, or opens with Menurut", () => {
    expect(quotes("Kedua negara akan memperluas perdagangan, menurut Lavrov.")).toEqual([["Kedua negara akan memperluas perdagangan", "sergey-lavrov", "reported", "after"]]);
    expect(quotes("Menurut KCNA, kedua negara sepakat memperluas kerja sama.")).toEqual([["kedua negara sepakat memperluas kerja sama", "kcna", "reported", "after"]]);
  });

  it("indirect: two reporting verbs in one sentence give two clauses", () => {
    expect(quotes("Choe Son-hui sependapat dengan Lavrov, mengatakan perjanjian telah dipraktikkan, menekankan perlunya koordinasi lebih lanjut.")).toEqual([
      ["perjanjian telah dipraktikkan", "choe-son-hui", "reported", "before"],
      ["perlunya koordinasi lebih lanjut", "choe-son-hui", "reported", "before"]
    ]);
  });

  it("no quote when several speakers speak as one or the verb narrates an act", () => {
    expect(quotes("Korea Utara dan Rusia menegaskan kembali komitmen mereka untuk bekerja sama.")).toEqual([]);
    expect(quotes("Mereka mengatakan pasukan telah dikerahkan ke Kursk.")).toEqual([]);
    expect(quotes("Korea Utara dan Rusia berjanji untuk saling membantu.")).toEqual([]);
    expect(quotes("Menurut laporan media setempat, kedua menteri bertemu di Moskow.")).toEqual([]);
  });

  it("term: a known scare-quoted label, even after a reporting verb", () => {
    expect(quotes('Sergey Lavrov mengatakan Rusia "sangat menghargai dukungan" terkait "operasi militer khusus" di Ukraina.')).toEqual([
      ["sangat menghargai dukungan", "sergey-lavrov", "partial", "before"],
      ["operasi militer khusus", "", "term", "none"]
    ]);
  });

  it("term: a short quoted label nobody is reported as saying", () => {
    expect(quotes('Choe Son-hui tiba untuk mengadakan "konsultasi strategis" dengan Lavrov.')).toEqual([["konsultasi strategis", "", "term", "none"]]);
    expect(quotes('Pertemuan itu disebut "dialog strategis baru antara kedua negara".')).toEqual([["dialog strategis baru antara kedua negara", "", "term", "none"]]);
  });

  it("term: a short single-quoted phrase nested in a quotation; the quotation stays direct", () => {
    expect(quotes("“Kami mendukung tentara Rusia dalam ‘perang suci’ mereka,” kata Choe Son-hui.")).toEqual([
      ["Kami mendukung tentara Rusia dalam ‘perang suci’ mereka,", "choe-son-hui", "direct", "after"],
      ["perang suci", "", "term", "none"]
    ]);
  });

  it("no term from a long quotation nested in a quotation: it is part of the statement", () => {
    expect(quotes("“Ia berkata ‘kami akan selalu bersama kalian sampai akhir’ kemarin,” kata Choe Son-hui.")).toHaveLength(1);
  });
});

describe("findQuotes attributes the speaker", () => {
  it("before: the subject of the verb, skipping fronted phrases and names after prepositions", () => {
    const q = only("Berbicara dalam pertemuan dengan Menteri Luar Negeri Korea Utara Choe Son-hui di Moskow, Sergey Lavrov mengatakan perjanjian itu menjadi dasar kerja sama.");
    expect([q.speaker_id, q.attribution]).toEqual(["sergey-lavrov", "before"]);
    const r = run('Sementara itu, Choe Son-hui yang tiba di Rusia untuk berunding dengan Sergey Lavrov, mengatakan "tanpa menoleh ke belakang kepada siapa pun" Korea Utara mendukung Rusia.');
    expect(r.quotes.map((x) => x.speaker_id)).toEqual(["choe-son-hui"]);
  });

  it("before: a state speaking by its capital", () => {
    const q = only('Pyongyang telah berulang kali mendukung Rusia di PBB, menekankan bahwa "kebijakan hegemonik" AS adalah penyebab perang.');
    expect([q.speaker_id, q.speaker_kind, q.speaker_text]).toEqual(["north-korea", "organisation", "Pyongyang"]);
  });

  it("after: the name after an inverted verb, with the relay credited after it", () => {
    const q = only("“Hubungan kita mencapai kemajuan signifikan,” kata Presiden Rusia Vladimir Putin dikutip dari Antara.");
    expect([q.speaker_id, q.attribution, q.cue, q.via]).toEqual(["vladimir-putin", "after", "kata", "Antara"]);
  });

  it("title: a speaker named by a title alone resolves through the gazetteer", () => {
    const q = only("“Tanggal kunjungan belum ditentukan,” kata Juru Bicara Kremlin kepada media.");
    expect([q.speaker_id, q.attribution, q.speaker_text]).toEqual(["dmitry-peskov", "title", "Juru Bicara Kremlin"]);
  });

  it("carry-over: katanya takes the subject of the preceding reported speech, not a name inside the quote", () => {
    const text =
      "Menteri Luar Negeri Korea Utara Choe Son-hui mengatakan Korea Utara mendukung Rusia.\n" +
      '"Kim Jong-un menginstruksikan kami untuk membantu tentara Rusia," katanya.';
    expect(quotes(text).map(([, speaker, , attribution]) => [speaker, attribution])).toEqual([
      ["choe-son-hui", "before"],
      ["choe-son-hui", "carry-over"]
    ]);
  });

  it("carry-over: ujarnya, lanjutnya, Menurutnya, Ia and 'Menteri Rusia itu' refer back", () => {
    const text =
      '"Kami siap bekerja sama dengan semua pihak," kata Sergey Lavrov. "Hubungan itu akan terus tumbuh," ujarnya.\n' +
      '"Kami juga mendukung perdamaian di kawasan," lanjutnya. Menurutnya, kunjungan itu memberikan kejelasan.\n' +
      "Ia juga menyatakan bahwa Moskow akan terus memperjuangkan perdamaian. Menteri Rusia itu juga menekankan perlunya dialog yang lebih erat.";
    expect(run(text).quotes.map((q) => [q.speaker_id, q.attribution, q.cue])).toEqual([
      ["sergey-lavrov", "after", "kata"],
      ["sergey-lavrov", "carry-over", "ujarnya"],
      ["sergey-lavrov", "carry-over", "lanjutnya"],
      ["sergey-lavrov", "carry-over", "Menurutnya"],
      ["sergey-lavrov", "carry-over", "menyatakan"],
      ["sergey-lavrov", "carry-over", "menekankan"]
    ]);
  });

  it("carry-over: a quotation opening a sentence without a verb continues the previous speaker", () => {
    const text = '"Kami siap bekerja sama," kata Sergey Lavrov. "Hubungan kedua negara akan terus tumbuh pesat."';
    expect(quotes(text).map(([, speaker, kind, attribution]) => [speaker, kind, attribution])).toEqual([
      ["sergey-lavrov", "direct", "after"],
      ["sergey-lavrov", "direct", "carry-over"]
    ]);
  });

  it("organisation: an agency that speaks (tutur, sebut, lapor KCNA)", () => {
    const q = only('"Kedua belah pihak mencapai konsensus mengenai masalah tersebut," tutur KCNA.');
    expect([q.speaker_id, q.speaker_kind, q.kind, q.via]).toEqual(["kcna", "organisation", "direct", ""]);
    expect(quotes("Lavrov menyampaikan salam Putin kepada Kim, lapor KCNA.")).toEqual([["Lavrov menyampaikan salam Putin kepada Kim", "kcna", "reported", "after"]]);
  });

  it("organisation: an unattributed fragment takes the attribution of its paragraph", () => {
    const q = run('Kim dan Lavrov membahas kerja sama berdasarkan "hubungan kepercayaan politik yang solid." Lavrov menyampaikan salam Putin kepada Kim, lapor KCNA.').quotes[0]!;
    expect([q.text, q.speaker_id, q.kind, q.attribution, q.cue]).toEqual(["hubungan kepercayaan politik yang solid.", "kcna", "partial", "paragraph", "lapor"]);
  });

  it("document: a treaty's article speaks from the day the treaty was signed", () => {
    const text = "“Pihak lain akan memberikan bantuan militer tanpa penundaan,” bunyi satu pasal dalam perjanjian yang dilaporkan KCNA.";
    const q = only(text);
    expect([q.speaker_id, q.speaker_kind, q.cue, q.via]).toEqual(["treaty-2024", "document", "bunyi", "KCNA"]);
    expect(only(text, { published: "2023-10-20" }).speaker_id).toBe("");
  });

  it("an unknown speaker keeps the words that named them and no id", () => {
    const q = only("“Ini langkah berbahaya,” kata seorang analis.");
    expect([q.speaker_id, q.speaker_text, q.speaker_kind]).toEqual(["", "seorang analis", "person"]);
  });
});

describe("findQuotes credits relays", () => {
  it("credits the article's single source to every quotation but terms", () => {
    const found = run('"Kami siap bekerja sama," kata Sergey Lavrov soal "operasi militer khusus".', { relays: ["Anadolu"] }).quotes;
    expect(found.map((q) => [q.kind, q.via])).toEqual([
      ["direct", "Anadolu"],
      ["term", ""]
    ]);
  });

  it("credits no relay when the article credits several at once", () => {
    expect(only('"Kami siap bekerja sama," kata Sergey Lavrov.', { relays: ["AFP", "Reuters"] }).via).toBe("");
  });

  it("never takes a quotation from boilerplate", () => {
    expect(quotes('Baca juga: "Rusia siap," kata Lavrov soal kerja sama pertahanan')).toEqual([]);
  });
});

describe("findQuotes on any text (property)", () => {
  const alphabet = fc.constantFrom(..."ab Lavrov kata, mengatakan bahwa. “”‘’\"'«»\n\u00a0Kim KCNA".split(""), " kata ", " katanya", " Lavrov", " Sergey Lavrov ", " tutur KCNA", ". ", "\n\n");
  it("never throws, keeps offsets within the text and every quote an exact slice of it", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((parts) => parts.join("")), (text) => {
        const { quotes: found, findings } = run(text);
        for (const q of found) {
          expect(q.char_start).toBeGreaterThanOrEqual(0);
          expect(q.char_end).toBeLessThanOrEqual(text.length);
          expect(q.char_start).toBeLessThan(q.char_end);
          expect(text.slice(q.char_start, q.char_end)).toBe(q.text);
        }
        for (const f of findings) expect(f.line).toBeGreaterThanOrEqual(1);
        expect(new Set(found.map((q) => q.quote_id)).size).toBe(found.length);
      }),
      { numRuns: 300, seed: 20241101 }
    );
  });

  it("never throws on arbitrary unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        for (const q of run(text).quotes) expect(text.slice(q.char_start, q.char_end)).toBe(q.text);
      }),
      { numRuns: 200, seed: 7 }
    );
  });
});

describe("findQuotes: speakers, terms and relays on unseen Indonesian shapes (issue 11)", () => {
  it("credits a quotation an outlet quotes to the one it quotes, with the outlet as relay", () => {
    const q = only("Kim Jong-un bertemu Andrei Belousov.\n“Pemerintah dan rakyat kami akan selalu mendukung Rusia,” KCNA mengutip pernyataan Kim.");
    expect([q.speaker_id, q.kind, q.via]).toEqual(["kim-jong-un", "direct", "KCNA"]);
  });

  it("resolves a speaker called by one word of a name the article gave in full, and only then", () => {
    const text = "Sergey Lavrov bertemu Ri Yong Ho di Moskow.\n“Situasi saat ini mengharuskan kita bekerja sama,” ujar Ri.";
    expect(quotes(text, { published: "2018-04-10" }).find((q) => q[2] === "direct")![1]).toBe("ri-yong-ho");
    expect(quotes("“Situasi saat ini mengharuskan kita bekerja sama,” ujar Ri.", { published: "2018-04-10" })[0]![1]).toBe("");
  });

  it("takes a single quoted word, or a quoted name, inside someone's sentence as a term", () => {
    expect(quotes("Lavrov mengatakan Moskow akan bertindak \"segera\" setelah pertemuan.").filter((q) => q[2] !== "reported")).toEqual([
      ["segera", "", "term", "none"]
    ]);
    expect(quotes("Lavrov mengatakan latihan \"Vostok 2024\" berjalan lancar.").filter((q) => q[2] !== "reported")[0]![2]).toBe("term");
    expect(quotes("Ri mengatakan kedua negara akan menciptakan \"tonggak baru\" tahun ini.").filter((q) => q[2] !== "reported")[0]![2]).toBe("partial");
  });

  it("keeps a quotation cut off by the end of an excerpt, and only at the very end", () => {
    const text = "Putin bertemu Kim. Tidak hanya senapan, sebut Dmitry Peskov, Putin juga menghadiahkan sebuah 'sarung tangan dari pakaian seragam l";
    const q = run(text).quotes.find((x) => x.kind === "partial")!;
    expect([q.text, q.speaker_id]).toEqual(["sarung tangan dari pakaian seragam l", "dmitry-peskov"]);
    expect(run(`${text}ama.\nPutin pulang.`).quotes.filter((x) => x.kind === "partial")).toEqual([]);
  });

  it("credits a verbless quotation to the named person the sentence before is about", () => {
    const q = only("Dan Presiden Dmitry Medvedev pun memperlihatkan kepuasan atas pertemuan ini. \"Saya memiliki kesan positif dari pertemuan ini.\"", { published: "2011-08-25" });
    expect([q.speaker_id, q.attribution]).toEqual(["dmitry-medvedev", "carry-over"]);
  });

  it("never carries 'katanya' over to a person named inside the quotation", () => {
    const text = "Sergey Lavrov tiba di Pyongyang. “Kami menghormati Pemimpin Korea Utara Kim Jong Un,” katanya.";
    expect(only(text).speaker_id).toBe("sergey-lavrov");
    expect(only("“Kami menghormati Pemimpin Korea Utara Kim Jong Un,” katanya.").speaker_id).toBe("");
  });

  it("makes an organisation the speaker only when it heads the subject", () => {
    const aide = quotes("Seorang ajudan Kremlin menolak pernyataan itu, dengan mengatakan “tidak ada yang memiliki ini dalam pikiran mereka”.");
    expect(aide.find((q) => q[2] === "direct")!.slice(1, 3)).toEqual(["", "direct"]);
    expect(only("Kremlin mengatakan “tidak ada yang memiliki ini dalam pikiran mereka”.").speaker_id).toBe("kremlin");
  });
});

describe("findQuotes: a speaker's own wording in reported speech", () => {
  it("gives a short quoted phrase in a named person's reported speech to that person, as English does", () => {
    const found = quotes("Kim Jong Un mengatakan Rusia sedang berjuang dalam “perang suci” melawan Barat.", { published: "2023-09-13" });
    expect(found.filter((q) => q[2] !== "reported")).toEqual([["perang suci", "kim-jong-un", "partial", "before"]]);
  });
});

describe("findQuotes on English (issue 12)", () => {
  const en = (text: string, published = "2024-06-19") => quotes(text, { lang: "en", published }).filter((q) => q[2] !== "reported");

  it("takes the speaker before or after the verb, a pronoun and a title by reference", () => {
    expect(en("“We are ready to work together,” Vladimir Putin said.")).toEqual([["We are ready to work together,", "vladimir-putin", "direct", "before"]]);
    expect(en("“We are ready to work together,” said Vladimir Putin.")[0]!.slice(1, 3)).toEqual(["vladimir-putin", "direct"]);
    const pronoun = en("Vladimir Putin met Kim Jong Un. “We are ready to work together,” he said.");
    expect(pronoun[0]!.slice(1, 4)).toEqual(["vladimir-putin", "direct", "carry-over"]);
  });

  it("joins a quotation split around its attribution to one speaker", () => {
    const split = en("“We are ready to work together,” Vladimir Putin said. “Our relations have reached a new level.”");
    expect(split.map((q) => q[1])).toEqual(["vladimir-putin", "vladimir-putin"]);
  });

  it("reads the old wire style ''…'' as double marks", () => {
    expect(en("''We need to do a further review and analysis,'' Vladimir Putin said.", "2000-07-20")[0]!.slice(0, 2)).toEqual([
      "We need to do a further review and analysis,",
      "vladimir-putin"
    ]);
  });

  it("credits the person a relay quotes and keeps the agency as via", () => {
    const passive = run("“We highly appreciate your support,” Vladimir Putin was quoted by RIA as saying.", { lang: "en" }).quotes[0]!;
    expect([passive.speaker_id, passive.via]).toEqual(["vladimir-putin", "RIA Novosti"]);
    const trailing = run("“We are always with you,” Kim Jong Un was quoted as saying by the Korean Central News Agency.", { lang: "en" }).quotes[0]!;
    expect([trailing.speaker_id, trailing.via]).toEqual(["kim-jong-un", "KCNA"]);
    const active = run("TASS quoted Vladimir Putin as saying that “our relations have reached a new level”.", { lang: "en" }).quotes.find((q) => q.kind !== "reported")!;
    expect([active.speaker_id, active.via]).toEqual(["vladimir-putin", "TASS"]);
  });

  it("gives a partial quotation in a clause to the clause's subject, not to the report that relays it", () => {
    const q = en("During talks, Vladimir Putin said the new document “will form the basis for long-term relations”, said the report.");
    expect(q[0]!.slice(1, 3)).toEqual(["vladimir-putin", "partial"]);
  });

  it("reports a sentence-final attribution's clause as indirect speech, and not a fronted phrase", () => {
    const found = quotes("Putin and Kim traveled to the talks in the same car, the Kremlin said in a post.", { lang: "en" });
    expect(found).toEqual([["Putin and Kim traveled to the talks in the same car", "kremlin", "reported", "before"]]);
    expect(quotes("On Monday, the Kremlin said in a post.", { lang: "en" })).toEqual([]);
  });
  it("credits an attribution set between commas to its own source, not to the person the clause is about", () => {
    const found = quotes("Sergei Lavrov held talks with Choe Son Hui on Thursday, North Korean state media said, a month after Kim visited Russia.", { lang: "en", published: "2023-10-19" });
    expect(found).toEqual([["Sergei Lavrov held talks with Choe Son Hui on Thursday", "north-korean-media", "reported", "before"]]);
    const quoted = run("Vladimir Putin met Choe Son Hui late Tuesday, Yonhap News Agency quoted the Kremlin as saying, without further details.", { lang: "en" }).quotes;
    expect(quoted.map((q) => [q.speaker_id, q.via])).toEqual([["kremlin", "Yonhap"]]);
  });

  it("gives a later clause with a subject of its own to nobody rather than to the sentence's first name", () => {
    const found = quotes("Choe Son Hui visited Moscow in November, as Ukraine and its allies say Pyongyang has sent troops to Russia.", { lang: "en" });
    expect(found.filter((q) => q[1] === "choe-son-hui")).toEqual([]);
    expect(quotes("Sergei Lavrov met Choe Son Hui in Pyongyang, and said the talks went well.", { lang: "en" })[0]!.slice(1, 3)).toEqual(["sergey-lavrov", "reported"]);
    expect(quotes("Sergei Lavrov met Choe Son Hui in Pyongyang, and also said the talks went well.", { lang: "en" })[0]!.slice(1, 3)).toEqual(["sergey-lavrov", "reported"]);
  });

  it("reads “the ministry”, “the agency” as the organisation named before, never as the last person", () => {
    const text = "Sergei Shoigu met Kim Jong Un on Wednesday, the Russian Defense Ministry said.\n\n“During the meeting, Sergei Shoigu handed over a letter,” the ministry said in a statement. The agency said nothing more.";
    const direct = run(text, { lang: "en", published: "2023-07-26" }).quotes.find((q) => q.kind === "direct")!;
    expect([direct.speaker_id, direct.speaker_kind]).toEqual(["russian-defence-ministry", "organisation"]);
    expect(en("“We are ready for cooperation,” the Kremlin said.")[0]!.slice(1, 2)).toEqual(["kremlin"]);
    const kcna = run("“Our two countries are friends,” KCNA quoted Kim Jong Un as saying. The agency said Kim Jong Un praised the army.", { lang: "en" }).quotes;
    expect(kcna.map((q) => [q.kind, q.speaker_id, q.via])).toEqual([
      ["direct", "kim-jong-un", "KCNA"],
      ["reported", "kcna", ""]
    ]);
  });
  it("reads a pronoun after a sentence that reports no speech as that sentence's subject, not the last speaker", () => {
    const text = "“We are very glad to see you,” Vladimir Putin told Kim Jong Un.\n\nKim Jong Un, speaking through an interpreter, thanked Putin for the invitation. He said Russia had risen to a “sacred fight” for its sovereignty. “We will always be with Russia,” he said.";
    expect(en(text, "2023-09-13").map((q) => q[1])).toEqual(["vladimir-putin", "kim-jong-un", "kim-jong-un"]);
  });

  it("credits the clause before “…, the ministry said in a statement” to the ministry named before", () => {
    const text = "No Kwang Chol met Andrei Belousov in Moscow, Russia's defense ministry said on Monday. The ministers discussed military cooperation, the ministry said in a statement published on Telegram.";
    expect(quotes(text, { lang: "en", published: "2024-09-02" }).map((q) => [q[0], q[1]])).toEqual([
      ["No Kwang Chol met Andrei Belousov in Moscow", "russian-defence-ministry"],
      ["The ministers discussed military cooperation", "russian-defence-ministry"]
    ]);
  });
  it("reads the audience of “told” as no part of what was said", () => {
    expect(quotes("Dmitry Peskov told reporters the meeting lasted about an hour.", { lang: "en" })).toEqual([]);
    expect(quotes("Dmitry Peskov told reporters that the meeting lasted about an hour.", { lang: "en" })).toEqual([
      ["the meeting lasted about an hour", "dmitry-peskov", "reported", "before"]
    ]);
  });
  it("credits “…, Russian officials have said, …” to the officials, whom the gazetteer cannot name", () => {
    const found = quotes("Kim Jong Un is expected to visit Moscow next year, Russian officials have said, though no date has been set.", { lang: "en", published: "2024-11-30" });
    expect(found).toEqual([["Kim Jong Un is expected to visit Moscow next year", "", "reported", "before"]]);
    expect(run("Kim Jong Un is expected to visit Moscow, Russian officials have said.", { lang: "en" }).quotes[0]!.speaker_text).toBe("Russian officials");
  });
  it("gives the words quoted after “called”, “hailed”, “menyebut” to the subject", () => {
    expect(en("Kim Jong Un called Putin “the dearest friend of the Korean people.” Putin called Kim Jong Un on Tuesday.")).toEqual([
      ["the dearest friend of the Korean people.", "kim-jong-un", "partial", "before"]
    ]);
    expect(quotes("Kim Jong Un menyebut Putin “sahabat terdekat rakyat Korea”.")[0]!.slice(1, 3)).toEqual(["kim-jong-un", "partial"]);
  });
  it("gives a quoted phrase in a sentence closed by “…, the ministry said” to that source", () => {
    const text = "No Kwang Chol met Andrei Belousov, Russia's defense ministry said.\n\nThe ministers discussed “the current state and prospects” of cooperation, the ministry said in a statement.";
    const partial = run(text, { lang: "en" }).quotes.find((q) => q.kind === "partial")!;
    expect([partial.text, partial.speaker_id]).toEqual(["the current state and prospects", "russian-defence-ministry"]);
  });

  it("reads “…, according to KCNA” after a clause with its own speaker as the relay only", () => {
    const found = run("Kim Jong Un also said military cooperation would be further expanded, according to the KCNA.", { lang: "en" }).quotes;
    expect(found.map((q) => [q.speaker_id, q.via])).toEqual([["kim-jong-un", "KCNA"]]);
  });
  it("credits “…,” Kremlin spokesman Alexei Gromov told reporters to the spokesman the gazetteer lacks, not to nobody", () => {
    const q = run("Kim Jong Il arrived in Moscow on Friday.\n\n“We are very glad to welcome our guests,” Kremlin spokesman Alexei Gromov told reporters.", { lang: "en", published: "2001-08-03" }).quotes[0]!;
    expect([q.speaker_id, q.speaker_kind, q.speaker_text]).toEqual(["", "person", "Kremlin spokesman Alexei Gromov"]);
  });
  it("reads an outlet's description before its name (“Russian state news agency TASS”, “Kantor berita KCNA”) as the outlet", () => {
    expect(quotes("Russian state news agency TASS said Kim Jong Un greeted Vladimir Putin at the airport.", { lang: "en" })[0]!.slice(1, 2)).toEqual(["tass"]);
    expect(quotes("Kantor berita KCNA melaporkan bahwa Kim Jong Un menyambut Vladimir Putin di bandara.")[0]!.slice(1, 2)).toEqual(["kcna"]);
  });
});

describe("a subordinate clause names its own speaker", () => {
  it("takes the subject after 'as'/'ketika', however far into the sentence the clause opens", () => {
    expect(quotes('The visit came as U.S. President Donald Trump said he was "ready to talk" with Kim Jong Un.', { lang: "en", published: "2025-10-28" })).toEqual([
      ["ready to talk", "donald-trump", "partial", "before"]
    ]);
    expect(quotes('Kunjungan itu berlangsung ketika Presiden AS Donald Trump mengatakan ia "siap berbicara" dengan Kim Jong Un.', { published: "2025-10-28" })).toEqual([
      ["siap berbicara", "donald-trump", "partial", "before"]
    ]);
  });
});

describe("a short quotation that is a sentence of its own", () => {
  it("continues the speaker of the split quotation before it, and is no label", () => {
    const found = quotes("Vladimir Putin met Kim Jong Un.\n“This is a new era,” Putin told Kim. “We are grateful.”", { lang: "en", published: "2024-06-19" });
    expect(found.map((q) => q.slice(0, 3))).toEqual([
      ["This is a new era,", "vladimir-putin", "direct"],
      ["We are grateful.", "vladimir-putin", "direct"]
    ]);
    // Inside a sentence, three words in marks stay a label.
    expect(quotes("The talks covered “military technical cooperation” and trade.", { lang: "en" }).map((q) => q[2])).toEqual(["term"]);
  });
});
