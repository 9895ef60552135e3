// Quotation shapes found by a second round of probe articles (test/fixtures/probe-quotes-2026-12-02: wire copy,
// TASS, KCNA, NK News, an analysis, interviews, Telegram posts; Kompas, Detik, CNN Indonesia, ANTARA, Tempo, KBS):
// each test is one general shape that failed on unseen text, or guards what the fix must leave alone.
import { describe, expect, it } from "vitest";
import { quotes, run, type Options } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

/** The quotations in marks of `text` as [text, speaker_id, speaker_text, kind]. */
function marked(text: string, options?: Options): Array<[string, string, string, string]> {
  return run(text, options)
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.text, q.speaker_id, q.speaker_text, q.kind]);
}

describe("speakers the gazetteer does not know", () => {
  it("gives a quotation to an unnamed person after it ('\"…,\" a senior official said'), not to the last one named", () => {
    const text =
      'National Security Adviser Chang Ho-jin said Seoul would respond. "It\'s a very serious matter," a senior presidential official said on condition of anonymity. "We have conveyed our position clearly to Moscow."';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([
      ["", "a senior presidential official"],
      ["", "a senior presidential official"]
    ]);
    expect(marked('"It is a grave mistake," one Western diplomat told Reuters.', en).map((q) => q[2])).toEqual(["one Western diplomat"]);
  });

  it("takes a name followed by a description between commas for the subject ('Sydney Seiler, a former official, said')", () => {
    const text = 'Sydney Seiler, a former U.S. intelligence official, said the partnership was "transactional at its core" and would not last.';
    expect(marked(text, en).map((q) => q.slice(1, 4))).toEqual([["", "Sydney Seiler", "partial"]]);
    const cha = 'On Monday, Victor Cha, Korea chair at CSIS, said the pact was "a grave threat to peace."';
    expect(marked(cha, en).map((q) => q[2])).toEqual(["Victor Cha"]);
    const id = 'Andrew Mantong, peneliti CSIS, menilai aliansi itu "bersifat transaksional semata".';
    expect(marked(id).map((q) => q.slice(1, 4))).toEqual([["", "Andrew Mantong", "partial"]]);
  });

  it("never takes places or a fronted phrase between commas for a name and its description", () => {
    expect(marked('Seoul and Tokyo, meanwhile, said the pact was "a grave threat to peace."', en).map((q) => q[2])).toEqual([""]);
    expect(marked('North Korea, a close ally, said the pact was "a grave threat to peace."', en).map((q) => q[1])).toEqual(["north-korea"]);
  });

  it("reads a person noun and what they belong to as an unnamed person, however long the name ('A spokesman for the DPRK Foreign Ministry')", () => {
    const text = 'A spokesman for the DPRK Foreign Ministry said in a press statement on Monday: "The DPRK will never tolerate any attempt to infringe upon its sovereignty."';
    expect(marked(text, en).map((q) => q.slice(1, 4))).toEqual([["", "A spokesman for the DPRK Foreign Ministry", "direct"]]);
  });

  it("gives an interview's answer to the name labelling it ('Lankov: \"…\"'), a name the article gave in full before", () => {
    const text =
      'Andrei Lankov, a professor at Kookmin University, spoke to NK News.\nNK News: What did Kim get out of the summit?\nLankov: "Money, food and, most importantly, technology."\nNK News: Will it last?\nLankov: "I doubt it. Once the war is over, Moscow will lose interest."';
    expect(marked(text, en).map((q) => q.slice(1, 4))).toEqual([
      ["", "Lankov", "direct"],
      ["", "Lankov", "direct"]
    ]);
    const id = 'Kami mewawancarai pengamat Universitas Indonesia, Yeremia Lalisang.\nApa yang didapat Korea Utara?\nYeremia: "Yang paling penting adalah teknologi militer dan pangan."';
    expect(marked(id).map((q) => q.slice(1, 4))).toEqual([["", "Yeremia", "direct"]]);
    expect(marked('Kim Jong Un hosted Sergey Lavrov.\nLavrov: "We will deepen our ties in every area."', en).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });

  it("never takes a dateline or a label nobody was named by for an interview's speaker", () => {
    const text = 'Kim Jong Un hosted Sergey Lavrov in Wonsan.\nWonsan: "The most beautiful city of the country is ready for tourists."';
    expect(marked(text, en).map((q) => q[2])).not.toContain("Wonsan");
    // "Q:" / "A:" mark an interview's turns.
    const turns = 'Interview with Andrei Lankov. A Russian Expert Speaks.\nQ: What did you discuss?\nA: "We discussed everything about the treaty."';
    expect(marked(turns, en).map((q) => q[2])).toEqual([""]);
  });
});

describe("a person after an organisation", () => {
  it("names the person after an organisation and a person noun behind an inverted verb ('kata ajudan Kremlin Yuri Ushakov')", () => {
    const id = "Putin dan Kim membahas kerja sama militer, kata ajudan Kremlin Yuri Ushakov.";
    expect(quotes(id).map((q) => [q[1], q[2]])).toEqual([["yuri-ushakov", "reported"]]);
    expect(marked('"We discussed everything," said Kremlin aide Yuri Ushakov.', en).map((q) => q[1])).toEqual(["yuri-ushakov"]);
    // An organisation speaking stays the organisation.
    expect(marked('"Kerja sama berjalan baik," tutur KCNA.').map((q) => q[1])).toEqual(["kcna"]);
    expect(marked('"We discussed everything," said the Kremlin, Yuri Ushakov added.', en).map((q) => q[1])).toEqual(["kremlin"]);
  });
});

describe("relays", () => {
  it("credits no relay when 'according to' names the speaker ('According to Rachel Lee, a senior analyst at …')", () => {
    const vias = (text: string) => run(text, en).quotes.map((q) => [q.speaker_text, q.via]);
    expect(vias('According to Rachel Minyoung Lee, a senior analyst at the Stimson Center, Pyongyang is "milking the moment for everything it can get."')).toEqual([
      ["Rachel Minyoung Lee", ""]
    ]);
    expect(vias('According to Victor Cha, Pyongyang is "milking the moment for everything it can get."')).toEqual([["Victor Cha", ""]]);
    // An outlet after the phrase is still the relay.
    expect(vias('According to KCNA, Kim called the talks "a milestone in our relations."')).toEqual([["Kim", "KCNA"]]);
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

describe("a speaker after the quotation", () => {
  it("reads a description between commas after the name and before the verb ('\"…,\" Sergei Shoigu, the secretary of …, told Kim')", () => {
    const text = '"We will never forget the feat of the Korean soldiers," Sergei Shoigu, the secretary of Russia\'s Security Council, told Kim.';
    expect(marked(text, en).map((q) => [q[1], q[3]])).toEqual([["sergey-shoigu", "direct"]]);
    const unknown = '"This restores a Cold War alliance," Victor Cha, Korea chair at CSIS, said.';
    expect(marked(unknown, en).map((q) => q.slice(1, 3))).toEqual([["", "Victor Cha"]]);
    const relative = 'Kim Jong Un met Vladimir Putin. "We will win," Putin, who arrived on Tuesday, said.';
    expect(marked(relative, en).map((q) => q[1])).toEqual(["vladimir-putin"]);
  });

  it("reads 'as' opening the attribution ('is a \"…,\" as Kim Jong Un, general secretary of …, stressed')", () => {
    const text =
      "The treaty is a \"powerful engine for accelerating the building of a new multipolar world,\" as Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, stressed.";
    expect(marked(text, en).map((q) => [q[1], q[3]])).toEqual([["kim-jong-un", "partial"]]);
    expect(marked('The treaty is a "powerful engine for a multipolar world," as Putin said.', en).map((q) => q[1])).toEqual(["vladimir-putin"]);
  });
});

describe("headlines", () => {
  it("gives a quotation after a headline's colon to the name before it, whatever words come between ('Ushakov: Putin and Kim discussed \"all aspects\"')", () => {
    const text = 'Ushakov: Putin and Kim discussed "all aspects" of partnership\nVLADIVOSTOK, September 14. /TASS/. Kremlin aide Yuri Ushakov told reporters about the talks.';
    expect(marked(text, en).map((q) => q.slice(0, 2))).toEqual([["all aspects", "yuri-ushakov"]]);
  });

  it("takes the subject of a reporting verb after the headline's colon, not the name before it ('Kremlin: Putin calls Kim \"…\"')", () => {
    const text = 'Kremlin: Putin calls Kim "a true friend" after talks\nMOSCOW - Vladimir Putin met Kim Jong Un.';
    expect(marked(text, en).map((q) => q[1])).toEqual(["vladimir-putin"]);
    // A label before a colon that names nobody gives the quotation no speaker.
    const analysis = 'Analysis: How far will the "alliance" go\nMOSCOW - Vladimir Putin met Kim Jong Un.';
    expect(run(analysis, en).quotes.map((q) => q.kind)).toEqual(["term"]);
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

describe("more relays", () => {
  it("credits the outlet right after 'menurut' that follows an inverted speaker ('\"…,\" kata Kim, menurut KCNA')", () => {
    const vias = (text: string) => run(text).quotes.map((q) => [q.speaker_id, q.via]);
    expect(vias('Kim Jong Un bertemu Shoigu. "DPRK akan senantiasa mendukung sikap Rusia," kata Kim, menurut KCNA.')).toEqual([["kim-jong-un", "KCNA"]]);
    // A person after 'menurut' is the speaker, no relay; an outlet further on, after other words, relays nothing.
    expect(vias('Menurut Lavrov, Rusia akan "terus mendukung" Korea Utara.')).toEqual([["sergey-lavrov", ""]]);
    expect(
      vias("Putin dan Kim melakukan perjalanan bersama, kata Kremlin di media sosial. Kim ditemani oleh putrinya, menurut gambar yang dirilis oleh media negara Korea Utara.")
    ).toEqual([["kremlin", ""]]);
  });
});

describe("appositions in Indonesian order and after 'according to'", () => {
  it("takes the name after a description between commas for the subject ('Pengamat …, Randy Nandyatama, mengatakan')", () => {
    const text = 'Pengamat Korea dari Universitas Gadjah Mada, Randy Wirasta Nandyatama, mengatakan kerja sama itu "bisa memicu perlombaan senjata".';
    expect(marked(text).map((q) => q.slice(1, 4))).toEqual([["", "Randy Wirasta Nandyatama", "partial"]]);
  });

  it("leaves the apposition after 'menurut' / 'according to' out of what was said, and names the speaker in it", () => {
    const reported = (text: string, lang = "id") => quotes(text, { lang }).map((q) => [q[0], q[1]]);
    const speaker = (text: string, lang = "id") => run(text, { lang }).quotes.map((q) => q.speaker_text);
    const id = "Menurut peneliti CSIS Jakarta, Andrew Mantong, aliansi ini bersifat transaksional.";
    expect(reported(id)).toEqual([["aliansi ini bersifat transaksional", ""]]);
    expect(speaker(id)).toEqual(["Andrew Mantong"]);
    expect(reported("Menurut Menteri Luar Negeri Rusia, Sergei Lavrov, kerja sama itu berjalan baik.")).toEqual([["kerja sama itu berjalan baik", "sergey-lavrov"]]);
    expect(reported("According to Rachel Lee, a senior analyst at the Stimson Center, Pyongyang is milking the moment.", "en")).toEqual([
      ["Pyongyang is milking the moment", ""]
    ]);
    expect(reported("According to Lavrov, the Russian foreign minister, Pyongyang is milking the moment.", "en")).toEqual([
      ["Pyongyang is milking the moment", "sergey-lavrov"]
    ]);
    // A clause after the comma is what was said, not an apposition.
    expect(reported("According to Lavrov, the talks went well, and Pyongyang was pleased.", "en")).toEqual([
      ["the talks went well, and Pyongyang was pleased", "sergey-lavrov"]
    ]);
  });
});

describe("inverted verbs after a quotation", () => {
  const after = (verb: string, lang: string) =>
    marked(`"Kami sangat menghargai dukungan Rusia bagi rakyat kami," kata Lavrov. "Kami siap bekerja sama di segala bidang," ${verb} Choe Son Hui.`, { lang })
      .map((q) => q[1])
      .at(-1);

  it("knows the portals' inverted verbs (pungkas, tandas, papar, tukas, beber, terang, sambung, urai, 'demikian kata')", () => {
    for (const verb of ["pungkas", "tandas", "papar", "tukas", "beber", "terang", "sambung", "urai", "demikian kata"]) expect([verb, after(verb, "id")]).toEqual([verb, "choe-son-hui"]);
  });

  it("knows the wires' verbs (recalled, continued, went on, countered, argued, observed, tweeted, quipped, underscored, concluded)", () => {
    const en = (verb: string) =>
      marked(`"We appreciate Russia's support," Lavrov said. "We are ready to cooperate in all areas," Choe Son Hui ${verb}.`, { lang: "en" }).map((q) => q[1]).at(-1);
    for (const verb of ["recalled", "continued", "went on", "countered", "argued", "observed", "tweeted", "quipped", "underscored", "concluded", "was cited as saying"]) {
      expect([verb, en(verb)]).toEqual([verb, "choe-son-hui"]);
    }
    // Without marks or 'that' these verbs narrate an act.
    expect(quotes("Putin concluded the visit on Thursday. Lavrov continued the talks with Choe.", { lang: "en" })).toEqual([]);
  });

  it("never carries a quotation to the last speaker past a person named right after it, whatever word follows the name", () => {
    const text = '"We appreciate Russia\'s support," Lavrov said. "We are ready to cooperate in all areas," Choe Son Hui reminisced.';
    expect(marked(text, { lang: "en" }).map((q) => [q[1], q[3]])).toEqual([
      ["sergey-lavrov", "direct"],
      ["choe-son-hui", "direct"]
    ]);
    const id = '"Kami sangat menghargai dukungan Rusia," kata Lavrov. "Kami siap bekerja sama di segala bidang," Choe Son Hui berseloroh.';
    expect(marked(id).map((q) => q[1])).toEqual(["sergey-lavrov", "choe-son-hui"]);
    // A name after the quotation's own full stop may open a sentence of its own.
    const own = '"We appreciate it," Lavrov said. "We are ready to cooperate in all areas." Choe Son Hui smiled.';
    expect(marked(own, { lang: "en" }).map((q) => q[1])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
    // Past a fragment in someone's sentence a name opens a clause of its own: the fragment stays the subject's.
    expect(marked('Rusia menyebut serangan itu "provokasi berbahaya," Putin pun marah besar.').map((q) => q[1])).toEqual(["russia"]);
    expect(marked('Rusia menyebut serangan itu "provokasi berbahaya," Putin, yang marah, mengatakan akan membalas.').map((q) => q[1])).toEqual(["russia"]);
  });
});

describe("quotations around their attribution", () => {
  it("continues a statement resumed after its inverted attribution ('\"Kami siap,\" kata Choe, \"bekerja sama …\"')", () => {
    const id = 'Kim Jong Un bertemu Lavrov. "Kami siap," kata Choe Son Hui, "bekerja sama dengan Rusia di segala bidang."';
    expect(marked(id).map((q) => [q[1], q[3]])).toEqual([
      ["choe-son-hui", "direct"],
      ["choe-son-hui", "direct"]
    ]);
    // A quotation after a verb of its own keeps that verb's reading.
    const own = '"Kami siap," kata Choe Son Hui, menyebut Rusia "sahabat sejati".';
    expect(marked(own).map((q) => [q[1], q[3]])).toEqual([
      ["choe-son-hui", "direct"],
      ["choe-son-hui", "partial"]
    ]);
  });

  it("gives a quotation signed with a dash and a name ('\"…\" — Kim Jong Un') to that person", () => {
    expect(marked('Opening.\n"We stand with Russia until victory." — Kim Jong Un', en).map((q) => [q[1], q[3]])).toEqual([["kim-jong-un", "direct"]]);
    // A dash opening an aside is no signature.
    expect(marked('The "special military operation" — Putin\'s term — began in 2022.', en).map((q) => q[1])).toEqual([""]);
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
