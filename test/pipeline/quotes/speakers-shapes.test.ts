// Speaker shapes of the held-out rounds holdout11en, holdout12en and holdout11id (and earlier sets' leftovers), in
// sentences written for these tests. Each names the rule or pack row it needs and fails without it: a description
// with a determiner referring back (anaphor_titles.csv), a title's country named in what it heads (speaker.ts
// countryIn, side_adjectives.csv), a name apposed before its description (speaker.ts subject), verbs that voice
// quoted words (reporting_verbs.csv), a single word after a possessive (quotes.ts ownStance), a quotation after a
// clause of its own (quotes.ts ownSubjectBetween), "which" after a name (speaker.ts relativeSubject; the clause it
// reports, reported-clause.ts relativeEnd and relays.ts inRelativeClause), a contrast before the subject
// (contrast_openers.csv), "he" after two people joined by "and" (speaker.ts carry), an institution or its statement
// after a quotation (attribution-after.ts unnamedSource), a name after a title and a comma (speaker.ts speakerAfter,
// names.ts nounEndsAt), a reported clause's unknown subject (names.ts innerReport), a one-word name before a
// relative clause (names.ts apposed), a dateline's place after a credit taken for the dateline (speaker.ts
// subjectOfChunk), a closing mark left off at a paragraph's end (quote-spans.ts), a quotation after one paragraph of
// background (quotes.ts afterAside), and a negated verb (reported-clause.ts).
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };
const id: Options = { lang: "id", published: "2024-11-20" };

/** The quotations in marks of `text` as [first two words, speaker_id, speaker_text, kind]. */
function marked(text: string, options: Options): Array<[string, string, string, string]> {
  return run(text, options)
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.speaker_text, q.kind]);
}

describe("a description with a determiner refers back to the person named before (anaphor_titles.csv)", () => {
  it("'the veteran parliamentarian said' is the parliament's head quoted just before", () => {
    const text =
      "Opening the session, “we will stand with our friends,” said Kim Yong Nam, head of the Presidium of the Supreme People's Assembly.\n\n" +
      "At dinner with the Russian guests on Tuesday, the veteran parliamentarian said Washington “keeps stirring tension in the region”.";
    expect(marked(text, { lang: "en", published: "2014-04-30" }).map((q) => q[1])).toEqual(["kim-yong-nam", "kim-yong-nam"]);
  });

  it("'the speaker said' after the upper house's speaker is hers", () => {
    const text =
      "“Our talks were long and useful,” Matviyenko said.\n\nMatviyenko pointed out that she handed over a letter.\n\n“He [Kim] thanked Russia for its help,” the speaker said.";
    expect(marked(text, { lang: "en", published: "2018-09-10" }).map((q) => q.slice(1, 3))).toEqual([
      ["valentina-matviyenko", "Matviyenko"],
      ["valentina-matviyenko", "the speaker"]
    ]);
  });

  it("'pakar itu' after an analyst named with his description is that analyst", () => {
    const text = "Budi Hartono, pakar Korea dari Universitas Indonesia, menilai pertemuan itu “langkah yang berani”.\n\nPakar itu menambahkan bahwa “Moskow butuh sekutu baru”.";
    expect(marked(text, id).map((q) => q[2])).toEqual(["Budi Hartono", "Budi Hartono"]);
  });
});

describe("a title's country named in what it heads (speaker.ts countryIn)", () => {
  it("'said the deputy head of the Russian ministry' is the Russian named before, not the Korean named last", () => {
    const text =
      "Roman Kurynin and Ri Ki Chol will visit the flood areas together this week.\n\n" +
      "“We came to share what our rescue services have learned over many years,” said the deputy head of the Russian Ministry of Emergency Situations.";
    expect(marked(text, { lang: "en", published: "2025-07-10" }).map((q) => q[1])).toEqual(["roman-kurynin"]);
  });
});

describe("a name the gazetteer lacks, apposed before its description (speaker.ts subject)", () => {
  it("'Jane Holm, a Russia expert at …, argued that “…”' and then 'The expert added that “…”' are Jane Holm's", () => {
    const text =
      "Jane Holm, a Russia expert at Kyung Hee University, argued that the trip signalled “more jobs for workers in the Far East,” citing labour shortages.\n\n" +
      "The expert added that “Moscow prefers to stay quiet about it” for now.";
    expect(marked(text, en).map((q) => q[2])).toEqual(["Jane Holm", "Jane Holm"]);
  });
});

describe("verbs that voice the quoted words after them (reporting_verbs.csv)", () => {
  it("'believes', 'criticized … as', 'invited … to discuss' and 'highlighted' attribute the words in marks", () => {
    expect(marked("Kim Yong Nam believes the dispute “must be settled by talks between equals”.", { lang: "en", published: "2014-04-30" })[0]!.slice(1, 2)).toEqual(["kim-yong-nam"]);
    expect(marked("Mikhail Gorbachev on Sunday criticized the closed stations as “a habit from another century,” in a radio interview.", { lang: "en", published: "2001-08-05" })[0]![1]).toBe("mikhail-gorbachev");
    expect(marked("Sergey Lavrov then invited Choe Son Hui to discuss “the whole agenda of our ties and world affairs.”", en)[0]![1]).toBe("sergey-lavrov");
    expect(marked("Kim Jong Un highlighted that ties had reached “a new and higher stage” this year.", en)[0]![1]).toBe("kim-jong-un");
  });

  it("'berharap' and 'menanggapi:' attribute the words in marks (Indonesian)", () => {
    expect(marked("Menteri Luar Negeri Korea Utara Choe Son Hui berharap kedua negara dapat membangun “fondasi baru” bagi kerja sama.", id)[0]![1]).toBe("choe-son-hui");
    expect(marked("Vladimir Putin seusai pertemuan itu menanggapi: “Kami membahas banyak hal penting hari ini.”", id)[0]![1]).toBe("vladimir-putin");
  });

  it("a verb that reports no speech without marks hands over a whole sentence only by a colon (quotes.ts)", () => {
    expect(marked("Kim Jong Un mengatakan dia berharap “pertemuan ini membuat hubungan kedua negara lebih kuat”.", id)[0]![3]).toBe("partial");
    expect(marked("Kim Jong Un berharap: “Pertemuan ini membuat hubungan kedua negara lebih kuat.”", id)[0]![3]).toBe("direct");
  });
});

describe("a clause of its own between the verb and the quotation (quotes.ts ownSubjectBetween)", () => {
  it("'Kim invited Putin “…,” and Putin “…,” KCNA reported': the second quotation is not the inviter's", () => {
    const text = "Kim Jong Un invited Vladimir Putin to visit Pyongyang “at a convenient time,” and Putin “gladly took up the offer,” KCNA reported on Thursday.";
    expect(marked(text, { lang: "en", published: "2023-09-14" }).map((q) => q[1])).toEqual(["kim-jong-un", "kcna"]);
  });

  it("'the readout quoted Kim as saying' after a quotation names Kim, not the readout (attribution-after.ts unnamedSource)", () => {
    const text = "Kim Jong Un met Sergei Shoigu in Pyongyang on Tuesday.\n\n“The Korean side is ready to help,” the readout quoted Kim as saying.";
    expect(marked(text, { lang: "en", published: "2025-06-18" }).map((q) => q[1])).toEqual(["kim-jong-un"]);
  });
});

describe("a single word after a possessive in a named speaker's clause (quotes.ts ownStance)", () => {
  it("'Kim stressed his “unbending” resolve' is Kim's word; 'praised the “invincible” friendship' stays a label", () => {
    expect(marked("Kim Jong Un stressed his “unbending” resolve to deepen ties with Russia.", en)).toEqual([["unbending", "kim-jong-un", "Kim Jong Un", "partial"]]);
    expect(marked("Kim Jong Un praised the “invincible” friendship between the two countries.", en)[0]![3]).toBe("term");
  });
});

describe("'which' after a name opens a relative clause with its own subject (speaker.ts relativeSubject)", () => {
  it("'the Pyongyang Declaration, which Putin called a “turning point,”' is Putin's", () => {
    const text = "The Pyongyang Declaration, which Vladimir Putin called a “turning point,” set out plans for rail and energy links.";
    expect(marked(text, { lang: "en", published: "2000-07-20" })[0]!.slice(1, 2)).toEqual(["vladimir-putin"]);
  });

  it("reports no further than the comma closing the relative clause, and credits no other statement (reported-clause.ts relativeEnd, relays.ts)", () => {
    const text = "Before the summit, which the Kremlin said would open on Wednesday, Putin will visit a school. A treaty could be signed, Yuri Ushakov said.";
    // (Nor does it credit the paragraph: Ushakov's words come through no relay.)
    expect(run(text, en).quotes.map((q) => [q.text, q.speaker_id, q.kind, q.via])).toEqual([
      ["would open on Wednesday", "kremlin", "reported", ""],
      ["A treaty could be signed", "yuri-ushakov", "reported", ""]
    ]);
  });
});

describe("a contrast opening the sentence is no part of its subject (contrast_openers.csv)", () => {
  it("'Yet he said …' after a sentence about Lavrov is Lavrov's", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Monday.\n\nYet he said the sides reached “complete mutual understanding” on every issue.";
    expect(marked(text, en)[0]!.slice(1, 3)).toEqual(["sergey-lavrov", "he"]);
  });
});

describe("'he' after two people joined by 'and' guesses neither (speaker.ts carry)", () => {
  it("a caption naming Putin and Kim leaves 'He denied … “…”' without a speaker", () => {
    const text =
      "The envoy arrived in Moscow on Friday.\n\n" +
      "Russian President Vladimir Putin (left) and North Korean leader Kim Jong Un shake hands in Vostochny. (AP)\n\n" +
      "He denied any planned talks on the trip, while leaving open the chance of a “chance encounter with the leaders in the hall”.";
    expect(marked(text, { lang: "en", published: "2023-09-15" }).map((q) => q[1])).toEqual([""]);
  });
});

describe("an institution or its statement after a quotation (attribution-after.ts unnamedSource)", () => {
  it("'the Russian Embassy in Pyongyang wrote' and 'a statement from the council said' speak, not the person quoted before", () => {
    const text =
      "“We came to work,” Sergei Shoigu told reporters.\n\n" +
      "“Sergei Shoigu arrived in Pyongyang on the President's instructions,” a statement from the Security Council said.\n\n" +
      "“On Monday the secretary met the leader of the country,” the Russian Embassy in Pyongyang wrote on its page.";
    const found = marked(text, { lang: "en", published: "2025-06-04" });
    expect(found.map((q) => [q[1], q[2]])).toEqual([
      ["sergey-shoigu", "Sergei Shoigu"],
      ["", "a statement from the Security Council"],
      ["", "the Russian Embassy in Pyongyang"]
    ]);
  });

  it("a clause opening with 'although' after the quotation names no source ('meskipun media negara …')", () => {
    const text = "Kedua menteri menandatangani “rencana pertukaran 2026,” meskipun media negara berhenti mengatakan isi rencana itu.";
    expect(marked(text, id)).toEqual([["rencana pertukaran", "", "", "term"]]);
  });
});

describe("a name after a title and a comma (speaker.ts speakerAfter, names.ts nounEndsAt)", () => {
  it("'kata juru bicara pihak Kremlin, Dmitry Peskov' is Peskov's", () => {
    expect(marked("“Pertemuan itu berjalan dengan baik sekali,” kata juru bicara pihak Kremlin, Dmitry Peskov.", id)[0]![1]).toBe("dmitry-peskov");
  });

  it("'kata Kepala Dinas Kota Malang, Budi Santoso saat dikonfirmasi' names Budi Santoso", () => {
    expect(marked("“Semua tamu sudah kami data dengan lengkap,” kata Kepala Dinas Pariwisata Kota Malang, Budi Santoso saat dikonfirmasi, Senin.", id)[0]![2]).toBe("Budi Santoso");
  });
});

describe("a reported clause's subject the page never named in full (names.ts innerReport)", () => {
  it("'Media Rusia melaporkan Kim berjanji “…”' is Kim's, not the media's", () => {
    expect(marked("Media Rusia melaporkan Kim berjanji “membantu sekuat tenaga” dalam perang itu.", id)[0]!.slice(1, 3)).toEqual(["", "Kim"]);
  });
});

describe("one word of a name before a relative clause (names.ts apposed)", () => {
  it("'Kim, yang tiba sehari sebelumnya, mengatakan … “…”' is Kim's", () => {
    expect(marked("Kim, yang tiba di kota itu sehari sebelumnya, mengatakan situasi di kawasan itu “sangat diperhatikan dunia.”", id)[0]![2]).toBe("Kim");
  });
});

describe("a dateline's place after a photo credit taken for the dateline (speaker.ts subjectOfChunk)", () => {
  it("'KORAN.CO.ID, MOSKOW -- Pemimpin Korea Utara … mengatakan' names the leader without the place", () => {
    const text =
      "Kim Jong-un: Kunjungan ke Rusia Penting\n\nKim tiba di Rusia dengan kereta.\n\nRep: Budi/ Red: Ani\n\n" +
      "FILE - Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un berpose di Vladivostok\n\n" +
      "KORAN.CO.ID, MOSKOW -- Pemimpin Korea Utara (Korut) Kim Jong-un mengatakan, kunjungannya ke Rusia merupakan bukti nyata hubungan kedua negara.";
    const q = run(text, { lang: "id", published: "" }).quotes.at(-1)!;
    expect([q.speaker_id, q.speaker_text]).toEqual(["kim-jong-un", "Pemimpin Korea Utara"]);
  });
});

describe("a closing mark left off at a paragraph's end (quote-spans.ts findSpans)", () => {
  it("a quotation opening a sentence and ending the paragraph with a full stop is kept", () => {
    const text = "Sergey Lavrov said Russia was ready to help. “Talks between the two would be very useful for the region.\n\nHe did not say more.";
    const found = run(text, en);
    expect(found.quotes.filter((q) => q.kind !== "reported").map((q) => [q.text, q.speaker_id])).toEqual([["Talks between the two would be very useful for the region.", "sergey-lavrov"]]);
    expect(found.findings).toEqual([]);
  });
});

describe("a quotation after one paragraph of background (quotes.ts afterAside)", () => {
  it("goes on with the last speaker when the paragraph between names and quotes no one", () => {
    const text =
      "“Your soldiers fought bravely,” Vladimir Putin said.\n\nNorth Korean troops helped Moscow push Ukrainian forces out of Kursk this year.\n\n“I want to stress that we will never forget it.”";
    expect(marked(text, en).map((q) => q[1])).toEqual(["vladimir-putin", "vladimir-putin"]);
  });

  it("takes no speaker when the paragraph between names someone", () => {
    const text =
      "“Your soldiers fought bravely,” Vladimir Putin said.\n\nThe troops were sent on the orders of Kim Jong Un this spring.\n\n“I want to stress that we will never forget it.”";
    expect(marked(text, en).map((q) => q[1])).toEqual(["vladimir-putin", ""]);
  });
});

describe("a negated reporting verb reports nothing (reported-clause.ts, modality.csv's negating cues)", () => {
  it("'Namun Ushakov tidak menjelaskan …' and 'Peskov did not say …' are no reported speech; the plain verbs are", () => {
    const reported = (text: string, options: Options) => run(text, options).quotes.filter((q) => q.kind === "reported").map((q) => q.speaker_id);
    expect(reported("Namun Ushakov tidak menjelaskan isi rencana pertemuan itu.\n\nUshakov menjelaskan bahwa rencana itu sudah siap.", { lang: "id", published: "2018-09-10" })).toEqual(["yuri-ushakov"]);
    expect(reported("Dmitry Peskov did not say when the visit would take place.\n\nDmitry Peskov said the visit would take place soon.", en)).toEqual(["dmitry-peskov"]);
  });
});
