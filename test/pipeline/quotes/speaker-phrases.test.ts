// Speaker phrases found by the probes of 2026-12-02 (test/fixtures/probe-2026-12-02, probe-quotes-2026-12-02) that
// gave a quotation to the wrong one: a country modifying an outlet's or an institution's noun, a person's noun
// after an outlet's, a verb in a relative clause or after a participle that follows the attribution.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

/** Every quote of `text` as [speaker_id, speaker_text, speaker_kind, via]. */
function speakers(text: string, options?: Options): Array<[string, string, string, string]> {
  return run(text, options).quotes.map((q) => [q.speaker_id, q.speaker_text, q.speaker_kind, q.via]);
}

describe("a country modifying an outlet's noun", () => {
  it("gives the statement to the outlet named in the same phrase, not to the country before it (Indonesian)", () => {
    expect(speakers("Kantor berita Rusia RIA Novosti melaporkan, delegasi parlemen Rusia tetap berangkat ke Pyongyang.").map((q) => q[0])).toEqual(["ria-novosti"]);
    // A lower-case modifier after the outlet's noun ("resmi") changes nothing.
    expect(speakers("Kantor berita resmi Rusia TASS melaporkan delegasi tiba di Pyongyang.").map((q) => q[0])).toEqual(["tass"]);
    // After an inverted verb.
    expect(speakers("Kim bertemu Lavrov di Wonsan, lapor kantor berita resmi Rusia TASS.").map((q) => q[0])).toEqual(["tass"]);
    // North Korea has one state news agency: the description alone is KCNA (speakers.csv).
    expect(speakers("Kantor berita Korut KCNA melaporkan Kim bertemu Lavrov di Wonsan.").map((q) => q[0])).toEqual(["kcna"]);
    expect(speakers("Kantor berita Korea Utara melaporkan Kim bertemu Lavrov di Wonsan.").map((q) => q[0])).toEqual(["kcna"]);
  });

  it("does so in English, with the outlet's noun between the two names or after the outlet's", () => {
    expect(speakers("Kim met Lavrov in Wonsan, Russia's state news agency TASS reported.", en).map((q) => q[0])).toEqual(["tass"]);
    expect(speakers("Russia's state news agency TASS said Kim met Lavrov in Wonsan.", en).map((q) => q[0])).toEqual(["tass"]);
    expect(speakers("The delegation would arrive next week, Russia's RIA Novosti news agency reported.", en).map((q) => q[0])).toEqual(["ria-novosti"]);
  });

  it("credits the outlet, not the country, as the relay", () => {
    const relayed = 'Seperti dilansir kantor berita Rusia RIA Novosti, delegasi tiba di Pyongyang. "Kami senang sekali berada di sini," kata Volodin.';
    expect(speakers(relayed).map((q) => q[3])).toEqual(["RIA Novosti"]);
    // The speaker of the clause, an organisation, keeps the quotation; the outlet credited after it relays it.
    const kremlin = 'The Kremlin also confirmed that the North Korean leader will visit the country "in the coming days," according to Russia\'s TASS news agency.';
    expect(speakers(kremlin, en)).toEqual([["kremlin", "The Kremlin", "organisation", "TASS"]]);
  });

  it("leaves an outlet heading its own phrase, and the country speaking alone, as they were", () => {
    expect(speakers("Kantor berita TASS melaporkan delegasi tiba di Pyongyang.").map((q) => q[0])).toEqual(["tass"]);
    expect(speakers("Rusia mengatakan delegasi itu tiba di Pyongyang kemarin.").map((q) => q[0])).toEqual(["russia"]);
    expect(speakers("North Korea said the delegation arrived in Pyongyang.", en).map((q) => q[0])).toEqual(["north-korea"]);
  });
});

describe("a country modifying an institution's noun", () => {
  it("makes an institution the lexicons lack, with the article's words, not the country", () => {
    expect(speakers("Delegasi itu tiba kemarin, kata badan intelijen Rusia.")).toEqual([["", "badan intelijen Rusia", "organisation", ""]]);
    expect(speakers('"We will win," said Russia\'s intelligence agency.', en)).toEqual([["", "Russia's intelligence agency", "organisation", ""]]);
    expect(speakers("Russia's intelligence agency said the delegation arrived.", en)).toEqual([["", "Russia's intelligence agency", "organisation", ""]]);
  });

  it("keeps the country for a noun that stands for the state itself (org_nouns.csv's `state`)", () => {
    expect(speakers("Delegasi itu tiba kemarin, kata pemerintah Rusia.").map((q) => q[0])).toEqual(["russia"]);
    expect(speakers("Russia's government said the delegation arrived.", en).map((q) => q[0])).toEqual(["russia"]);
  });

  it("reads a person's noun after an outlet's or an institution's as an unnamed person ('An intelligence agency spokesman said')", () => {
    expect(speakers("An intelligence agency spokesman said the delegation arrived.", en)).toEqual([["", "An intelligence agency spokesman", "person", ""]]);
    expect(speakers('"We will win," said an intelligence agency spokesman.', en).map((q) => q[2])).toEqual(["person"]);
    // A word that is an outlet's noun and a person's at once stays a source.
    expect(speakers("Sources said the delegation arrived.", en).map((q) => q[2])).toEqual(["organisation"]);
  });
});

describe("a verb whose subject is not the sentence's first name", () => {
  it("takes the subject named after a relative pronoun ('a meeting that American officials said could …')", () => {
    const text = "Kim Jong-un met Vladimir Putin on Wednesday, in a meeting that American officials said could lead to a deal for North Korea to supply ammunition.";
    expect(speakers(text, en)).toEqual([["", "American officials", "person", ""]]);
    expect(speakers("Kim Jong-un met Vladimir Putin in a meeting that American officials said could lead to a deal.", en).map((q) => q[1])).toEqual(["American officials"]);
  });

  it("never reads a participle's clause after a closing attribution as what was said ('the Kremlin said, dismissing speculation that …')", () => {
    const text =
      "North Korean leader Kim Jong-un is not expected to attend the Victory Day parade in Moscow this week, the Kremlin said, dismissing speculation that he could make a surprise trip to Russia.";
    expect(run(text, en).quotes.map((q) => [q.speaker_id, q.text])).toEqual([
      ["kremlin", "North Korean leader Kim Jong-un is not expected to attend the Victory Day parade in Moscow this week"]
    ]);
    // The verb that heads the words in marks ("dismissed … as "…"") gives them to its subject, not to nobody.
    const paradox =
      'Kim Yo-jong, the powerful sister of North Korean leader Kim Jong-un, on Friday dismissed reports that Pyongyang had supplied artillery shells to Russia as "the most absurd paradox," state media reported.';
    expect(run(paradox, en).quotes.map((q) => [q.speaker_id, q.kind])).toEqual([["kim-yo-jong", "partial"]]);
    // Words set between commas still lead to the clause ("said, however, that …").
    expect(run("Lavrov said, however, that the talks went well.", en).quotes.map((q) => [q.speaker_id, q.text])).toEqual([["sergey-lavrov", "the talks went well"]]);
  });
});

describe("a speaker referred back to by a description", () => {
  it("takes a title phrase with a determiner for the person the article introduced by it ('the Kremlin aide said:')", () => {
    const text =
      'Putin and Kim held talks, Kremlin aide Yuri Ushakov told reporters. Asked whether any agreements had been signed, the Kremlin aide said: "No, there were no plans to sign anything."';
    expect(speakers(text, en).map((q) => q.slice(0, 2))).toEqual([
      ["yuri-ushakov", "Kremlin aide Yuri Ushakov"],
      ["yuri-ushakov", "the Kremlin aide"]
    ]);
    const id = 'Putin dan Kim membahas kerja sama militer, kata ajudan Kremlin Yuri Ushakov. Ajudan Kremlin itu mengatakan: "Tidak ada rencana menandatangani apa pun."';
    expect(speakers(id).map((q) => q[0])).toEqual(["yuri-ushakov", "yuri-ushakov"]);
    // Nobody introduced by the description: an unnamed person still (the aide referred back to keeps the words that
    // first described him, as any unnamed speaker carried over).
    expect(speakers('Kim met Shoigu, a Kremlin aide told reporters. "We are happy," the Kremlin aide said.', en).map((q) => q.slice(0, 3))).toEqual([
      ["", "a Kremlin aide", "person"],
      ["", "a Kremlin aide", "person"]
    ]);
  });

  it("gives '…,' ujarnya to the person the sentence before is about, one the gazetteer lacks, not to the last one quoted", () => {
    const text =
      '"Rusia butuh amunisi," ungkap Andrew Mantong. Pengamat Korea dari Universitas Gadjah Mada, Randy Wirasta Nandyatama, menilai kerja sama itu bisa memicu perlombaan senjata. "Jepang pasti akan merespons," ujarnya.';
    expect(speakers(text).map((q) => q.slice(0, 3))).toEqual([
      ["", "Andrew Mantong", "person"],
      ["", "Randy Wirasta Nandyatama", "person"]
    ]);
    // A person the gazetteer knows, as before.
    const known = '"Rusia butuh amunisi," ungkap Lavrov. Sementara itu, Choe Son Hui menilai kerja sama itu bisa memicu perlombaan senjata. "Jepang pasti akan merespons," ujarnya.';
    expect(speakers(known).map((q) => q[0])).toEqual(["sergey-lavrov", "choe-son-hui"]);
  });
});

describe("a verb inverted behind the clause it reports", () => {
  it("gives the clause before '…, said Lavrov.' / '…, said the Kremlin.' to the speaker after the verb", () => {
    const said = (text: string) => run(text, en).quotes.map((q) => [q.speaker_id, q.text, q.attribution]);
    expect(said("The delegation arrived in Pyongyang on Monday, said Lavrov.")).toEqual([["sergey-lavrov", "The delegation arrived in Pyongyang on Monday", "after"]]);
    expect(said("The delegation arrived in Pyongyang on Monday, said the Kremlin.")).toEqual([["kremlin", "The delegation arrived in Pyongyang on Monday", "after"]]);
    // A verb opening a clause of its own after a comma is not inverted: its first name is what was said about.
    expect(quotesOf("Choe Son-hui sependapat dengan Lavrov, mengatakan perjanjian telah dipraktikkan, menekankan perlunya koordinasi lebih lanjut.")).toEqual([
      ["choe-son-hui", "perjanjian telah dipraktikkan"],
      ["choe-son-hui", "perlunya koordinasi lebih lanjut"]
    ]);
  });
});

function quotesOf(text: string, options?: Options): Array<[string, string]> {
  return run(text, options).quotes.map((q) => [q.speaker_id, q.text]);
}
