// Speakers named, titled or referred back to before or after a quotation.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { quotes, run, markedAttributions as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("speakers", () => {
  it("skips a dateline naming two desks (SEOUL/MOSCOW) before the subject", () => {
    const text = 'SEOUL/MOSCOW, June 19 (Reuters) - North Korean leader Kim Jong Un told Vladimir Putin on Wednesday that his country would "always be with Russia," as the two signed a pact.';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([["kim-jong-un", "partial"]]);
  });

  it("gives a relative clause's quotation to the name before its comma, not to the sentence's subject", () => {
    const text = 'Last month, Andrei Belousov visited Pyongyang and met Kim Jong Un, who told him that North Korea would "fully support" Russia.';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([["kim-jong-un", "partial"]]);
    const id = 'Andrei Belousov bertemu Kim Jong Un, yang mengatakan bahwa Korea Utara akan "mendukung penuh" Rusia.';
    expect(marked(id).map((q) => q.slice(1, 3))).toEqual([["kim-jong-un", "partial"]]);
  });

  it("never takes a possessor ('Putin's spokesman, Dmitry Peskov, said') for the subject", () => {
    const text = 'Putin\'s spokesman, Dmitry Peskov, said the Kremlin was "satisfied with the pace" of cooperation.';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([["dmitry-peskov", "partial"]]);
  });

  it("reads a participle clause ('…, saying only that …') as the main subject's speech", () => {
    const text = 'Sergey Lavrov declined to comment on the reports, saying only that cooperation was "in full compliance with the treaty."';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([["sergey-lavrov", "partial"]]);
  });

  it("never reads a participle right after a quotation as an inverted attribution with its own speaker", () => {
    const q = run('Sergey Lavrov warned of "grave consequences," saying it would respond firmly to any provocation.', en).quotes.find((x) => x.kind !== "reported")!;
    expect([q.speaker_id, q.kind, q.via]).toEqual(["sergey-lavrov", "partial", ""]);
  });

  it("reads a speaker named with an abbreviated honorific after the verb ('lanjut Tn. Lavrov')", () => {
    const text = "Sergey Lavrov tiba di Wonsan. «Kami menghormati aspirasi rakyat Korea,» lanjut Tn. Lavrov.";
    expect(run(text).quotes.map((q) => [q.speaker_id, q.speaker_text])).toEqual([["sergey-lavrov", "Tn. Lavrov"]]);
  });

  it("finds the subject after a quotation that opens the chunk ('\"…,\" he told reporters, adding that …')", () => {
    const text = 'Sergey Lavrov met Choe Son-hui. "We respect the DPRK," he told reporters, adding that Moscow would develop ties "in all areas."';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([
      ["sergey-lavrov", "direct"],
      ["sergey-lavrov", "partial"]
    ]);
  });

  it("takes no reported speech from what follows a verb attributing the quotation before it", () => {
    const text =
      "MOSCOW, Aug. 4 Kyodo - Kim Jong Il held talks with Vladimir Putin in the Kremlin on Saturday.\n''Our relations are developing successfully,'' Putin told Kim at the start of the talks, according to Russian television.";
    expect(quotes(text, { lang: "en", published: "2001-08-04" }).map((q) => q[2])).toEqual(["direct"]);
  });

  it("reads a headline's present tense as a reporting verb ('Kim vows …')", () => {
    const text = "(LEAD) N. Korea's Kim vows 'full support' for Russia in talks\nSEOUL, July 13 (Yonhap) -- North Korean leader Kim Jong-un received Sergey Lavrov on Saturday.";
    expect(marked(text, en)).toEqual([["full support", "kim-jong-un", "partial", "before"]]);
  });

  it("carries a title referred back to after an inverted verb ('ucap diplomat senior itu') to the last speaker", () => {
    const text = 'Sergey Lavrov mengkritik sanksi Barat. "Sanksi tidak menyelesaikan masalah apa pun," ucap diplomat senior itu.';
    expect(marked(text)).toEqual([["Sanksi tidak menyelesaikan masalah apa pun,", "sergey-lavrov", "direct", "carry-over"]]);
  });

  it("takes no reported speech from answering a question (menjawab pertanyaan), so 'katanya' keeps the last speaker", () => {
    const text =
      'Menteri Luar Negeri Rusia Sergey Lavrov menegaskan kerja sama itu sah. Hal itu disampaikan Lavrov saat menjawab pertanyaan wartawan di Moskow. "Kami tidak melanggar apa pun," katanya.';
    expect(marked(text).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });

  it("reads a question as a statement ('\"…?\" Zakharova asked', '\"…?\" tanya Zakharova')", () => {
    const english = marked('Sergey Lavrov spoke first. "Why should we comment on fakes?" Maria Zakharova asked.', en);
    expect(english.map((q) => q.slice(1, 3))).toEqual([["maria-zakharova", "direct"]]);
    const indonesian = marked('Sergey Lavrov berbicara lebih dulu. "Mengapa kami harus mengomentari berita palsu?" tanya Maria Zakharova.');
    expect(indonesian.map((q) => q.slice(1, 3))).toEqual([["maria-zakharova", "direct"]]);
  });

  it("reads an answer (menjawab:) as a statement", () => {
    const text = "Menteri Luar Negeri Korea Utara Choe Son-hui menjawab: «Kami sangat menghargai dukungan Presiden Putin.»";
    expect(marked(text)).toEqual([["Kami sangat menghargai dukungan Presiden Putin.", "choe-son-hui", "direct", "before"]]);
  });

  it("never takes a capitalised pronoun after a quotation's own full stop as its inverted speaker", () => {
    const text =
      "«Rusia siap bekerja sama,» kata Vladimir Putin. Choe Son-hui mengatakan: «Kami sangat menghargai dukungan ini.» Dia menambahkan bahwa Pyongyang akan memenuhi semua perjanjian.";
    expect(marked(text).map((q) => q.slice(1, 3))).toEqual([
      ["vladimir-putin", "direct"],
      ["choe-son-hui", "direct"]
    ]);
  });

  it("names a person the gazetteer lacks by the phrase that describes and names them", () => {
    const text =
      'The unification ministry said it was "closely watching" the talks. "Any military cooperation between the two violates U.N. resolutions," ministry spokesperson Koo Byoung-sam told a briefing.';
    const after = run(text, en).quotes.at(-1)!;
    expect([after.speaker_id, after.speaker_text, after.speaker_kind, after.kind]).toEqual(["", "ministry spokesperson Koo Byoung-sam", "person", "direct"]);
    const before = run('Sementara itu, juru bicara Kementerian Unifikasi Koo Byoung-sam mengatakan bahwa kerja sama itu "melanggar resolusi Dewan Keamanan PBB".').quotes.at(-1)!;
    expect([before.speaker_text, before.speaker_kind, before.kind]).toEqual(["juru bicara Kementerian Unifikasi Koo Byoung-sam", "person", "partial"]);
  });
});
