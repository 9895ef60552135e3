// Reporting verbs the packs lacked (lang/*/reporting_verbs.csv), and leads before a quotation.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, quotes, markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };
/** The quotations in marks of `text` (English) as [speaker_id, speaker_text]. */
const speakers = (text: string) =>
  run(text, { lang: "en" })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_text]);

describe("reporting verbs the packs lacked", () => {
  it("gives a quotation after 'answered that' to the one answering, not to the one who spoke first in the sentence", () => {
    const text = 'Sergei Lavrov said as the talks opened, and Choe Son Hui answered that Pyongyang "will always be on the same trench" as Moscow.';
    expect(marked(text, en).map((q) => q.slice(1))).toEqual([["choe-son-hui", "Choe Son Hui", "partial"]]);
  });

  it("reads 'As Lankov put it:' as the attribution of the quotation that follows", () => {
    const text = 'Not everyone agrees. As Lankov put it in an earlier interview: "North Korea has found its niche, and it is the arms market."';
    expect(marked(text, en).map((q) => q.slice(2))).toEqual([["Lankov", "direct"]]);
  });

  it("reads 'menimpali bahwa' (chimed in) as a reporting verb", () => {
    const text = 'Sergei Shoigu menimpali bahwa kerja sama kedua negara "tidak ditujukan terhadap negara ketiga".';
    expect(marked(text).map((q) => [q[1], q[3]])).toEqual([["sergey-shoigu", "partial"]]);
  });

  it("reads 'berpendapat bahwa' as an analyst's judgement, whose '…,' tuturnya is theirs", () => {
    const text =
      '"Kami melihat peningkatan," ucap Zelensky.\nPengamat militer dari Universitas Pertahanan, Connie Rahakundini Bakrie, berpendapat bahwa Rusia diuntungkan. "Rusia butuh peluru," tuturnya.';
    expect(marked(text).at(-1)!.slice(1, 3)).toEqual(["", "Connie Rahakundini Bakrie"]);
  });
});

describe("reporting verbs", () => {
  it("reads social-media verbs ('weighed in on Telegram:', 'posted') as reporting the words in marks", () => {
    const text = 'Russian foreign ministry spokeswoman Maria Zakharova also weighed in on Telegram: "Seoul should not forget that any weapons sent to Kyiv will be used against Russians."';
    expect(marked(text, en).map((q) => [q[1], q[3]])).toEqual([["maria-zakharova", "direct"]]);
    expect(marked('"Think about it, Seoul," Medvedev posted on Telegram.', en).map((q) => q[1])).toEqual(["dmitry-medvedev"]);
    // Without marks a post is a narrated act, not reported speech.
    expect(quotes("The ministry posted a video of the talks.", en)).toEqual([]);
  });

  it("reads 'menilai' as the words in marks of the one who judges, and no reported speech without them", () => {
    const text = 'Pengamat Universitas Gadjah Mada Randy Nandyatama menilai kerja sama itu "bisa memicu perlombaan senjata".';
    expect(marked(text).map((q) => q.slice(2, 4))).toEqual([["Pengamat Universitas Gadjah Mada Randy Nandyatama", "partial"]]);
    expect(quotes("Kremlin menilai kunjungan itu berhasil.")).toEqual([]);
  });
});

describe("more reporting verbs", () => {
  it("reads a participle of calling ('…, calling it a \"pipe dream\"') and 'yang disebutnya \"…\"' as the subject's words", () => {
    const text = 'Kim Yo Jong, the sister of Kim Jong Un, on Thursday rejected the offer, calling it a "pipe dream" and praising ties with Moscow.';
    expect(marked(text, en).map((q) => [q[0], q[1], q[3]])).toEqual([["pipe dream", "kim-yo-jong", "partial"]]);
    const id = 'Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova mengecam Seoul. Zakharova juga mengkritik Korea Selatan yang disebutnya "ikut-ikutan Amerika".';
    expect(marked(id).map((q) => [q[0], q[1]])).toEqual([["ikut-ikutan Amerika", "maria-zakharova"]]);
  });
});

describe("more verbs and leads before a quotation", () => {
  it("reads the passive 'seperti dikatakan Putin, \"…\"' and a post ('mengunggah … di Telegram: \"…\"') as the speaker's words", () => {
    expect(marked('Kim Jong Un bertemu Lavrov. Seperti dikatakan Putin, "kerja sama kami berkembang pesat."').map((q) => q[1])).toEqual(["vladimir-putin"]);
    expect(marked('Kim Jong Un bertemu Lavrov. Zakharova mengunggah pernyataan di Telegram: "Seoul harus berpikir dua kali."').map((q) => [q[1], q[3]])).toEqual([
      ["maria-zakharova", "direct"]
    ]);
    // Without marks the passive refers to a statement; it reports none.
    expect(quotes("Hal itu disampaikan Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova.")).toEqual([]);
  });

  it("makes a quotation after a comma direct when it opens with a capital and ends the sentence ('told reporters in Moscow, \"…\"')", () => {
    expect(marked('Kim Jong Un met Lavrov. Lavrov told reporters in Moscow, "Cooperation is developing in all areas."', en).map((q) => q[3])).toEqual(["direct"]);
    expect(marked('Lavrov said the meeting was, "in a word, excellent."', en).map((q) => q[3])).toEqual(["partial"]);
  });

  it("never takes 'according to' a record ('according to a Kremlin transcript') for the speaker of the quotation after it", () => {
    const found = run('Kim Jong Un met Lavrov. Putin told Kim, according to a Kremlin transcript: "Cooperation is developing in all areas."', en).quotes;
    expect(found.map((q) => [q.speaker_id, q.kind, q.via])).toEqual([["vladimir-putin", "direct", "Kremlin"]]);
  });
});

describe("reporting verbs the English pack lacked", () => {
  it("a greeting in marks ('\"Welcome,\" Putin greeted the North Korean leader') is the greeter's, not the one greeted", () => {
    expect(speakers('"It is a pleasure to see you again," Putin greeted the North Korean leader.')).toEqual([["vladimir-putin", "Putin"]]);
  });
});
