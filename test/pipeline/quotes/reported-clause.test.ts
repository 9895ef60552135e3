// The clause a reporting verb reports (quotes/reported-clause.ts, quotes.ts): a reporting verb inside another's clause,
// marks opening on the verb, two verbs of one statement, a new clause after ', setelah itu'. Sentences are written for
// the tests; each test fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const read = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.kind, q.speaker_id, q.speaker_text]);

const en = { lang: "en", published: "2024-11-04" };

const speakers = (text: string, published = "2024-11-30") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

const quotes = (text: string, published = "2025-10-11") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

describe("two verbs of one statement report its clause once (quotes/quotes.ts)", () => {
  it("'The message went on to say that …' is one reported statement, the message's", () => {
    expect(read("Lavrov met Kim Jong Un on Saturday. The message went on to say that Putin looks forward to more contact with Kim.", en).map((q) => [q[1], q[3]])).toEqual([["reported", "The message"]]);
  });

  it("'Lavrov continued to say that …' is one, Lavrov's", () => {
    expect(read("Lavrov met Kim Jong Un on Saturday. Lavrov continued to say that Putin looks forward to more contact with Kim.", en).map((q) => q[2])).toEqual(["sergey-lavrov"]);
  });
});

describe("a reporting verb inside the clause another reporting verb reports ('Yonhap melaporkan Putin mengatakan …')", () => {
  it("has the inner clause's subject as speaker, not the outlet that relays", () => {
    const text = "Putin menjamu tamunya di Kremlin.\n\nMenurut laporan itu, Yonhap melaporkan Vladimir Putin menegaskan bahwa Moskow akan \"membantu sahabatnya dalam keadaan apa pun\".\n";
    expect(speakers(text)).toEqual([["membantu sahabatnya", "vladimir-putin", "partial"]]);
  });

  it("leaves a name further into the first verb's clause alone: an object is no inner subject", () => {
    const text = "Lavrov tiba di Pyongyang.\n\nLavrov menjanjikan \"bantuan nyata\" Moskow kepada Kim Jong Un dan menuduh Barat melakukan \"tekanan tanpa henti\".\n";
    expect(speakers(text).map((s) => s[1])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });
});

describe("quotation marks opening on the reporting verb itself (Kim \"menyatakan …\")", () => {
  it("are the words of the person named right before them", () => {
    const text = "Kim Jong Un menerima Shoigu di Pyongyang.\n\nKim \"menegaskan tekad bahwa kedua negara akan terus bersatu melawan tekanan\".\n\n\"Hubungan kedua pihak makin erat,\" tulis kantor berita itu.\n";
    expect(speakers(text)[0]).toEqual(["menegaskan tekad", "kim-jong-un", "partial"]);
  });
});

describe("a new clause after ', setelah itu' (clause_conjunctions.csv)", () => {
  it("has its own subject speak, not the sentence's first name", () => {
    const text = "Lavrov tiba di Wonsan.\n\nLavrov lebih dulu bertemu Menteri Luar Negeri AS Marco Rubio di Kuala Lumpur, setelah itu Rubio mengatakan pembicaraan itu \"terus terang dan berguna\".\n";
    expect(speakers(text, "2025-07-13")).toEqual([["terus terang", "marco-rubio", "partial"]]);
  });
});

describe("a -nya reporting word inside the clause of a person named as its subject ('Kim memuji … yang menurutnya \"…\", lapor KCNA')", () => {
  it("is that person's, not the agency's that credits the paragraph", () => {
    const text = "Kim Jong Un menerima Dmitry Medvedev di Pyongyang pada Jumat (10/10/2025), lapor media pemerintah.\n\nKim memuji tentaranya yang menurutnya \"tidak pernah mundur selangkah pun\" di medan perang, lapor kantor berita KCNA.\n";
    expect(quotes(text).find((q) => q[0] === "tidak pernah")?.[1]).toBe("kim-jong-un");
  });

  it("leaves '\"…,\" ujarnya' to the last speaker", () => {
    const text = "Kim Jong Un menerima Dmitry Medvedev di Pyongyang.\n\n\"Kunjungan ini sangat berarti,\" kata Medvedev.\n\n\"Kami datang sebagai sahabat,\" ujarnya.\n";
    expect(quotes(text).map((q) => q[1])).toEqual(["dmitry-medvedev", "dmitry-medvedev"]);
  });
});

describe("a conjunction of contrast with no comma before it opens a clause with its own subject (contrast_conjunctions.csv)", () => {
  it("'Kim said … while Putin said …': each statement is its own speaker's, and the first ends at 'while'", () => {
    const text = "Kim Jong Un met Vladimir Putin in Vladivostok on Thursday. Kim said he hoped to deepen ties while Russian President Vladimir Putin said the visit would give a boost to trade.";
    expect(read(text, { lang: "en", published: "2019-04-26" }).map((q) => [q[0], q[2]])).toEqual([
      ["he hoped to deepen ties", "kim-jong-un"],
      ["the visit would give a boost to trade", "vladimir-putin"]
    ]);
  });

  it("'Kim mengatakan … sedangkan Putin mengatakan …': the same in Indonesian", () => {
    const text = "Kim Jong Un bertemu Vladimir Putin di Vladivostok pada Kamis. Kim mengatakan hubungan kedua negara makin erat sedangkan Putin mengatakan kunjungan itu akan mendorong kerja sama ekonomi.";
    expect(read(text, { lang: "id", published: "2019-04-26" }).map((q) => [q[0], q[2]])).toEqual([
      ["hubungan kedua negara makin erat", "kim-jong-un"],
      ["kunjungan itu akan mendorong kerja sama ekonomi", "vladimir-putin"]
    ]);
  });

  it("a 'while' opening a clause inside the statement, with no reporting verb after it, leaves the statement whole", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Monday. Lavrov said that while the talks were hard, they would go on.";
    expect(read(text, { lang: "en", published: "2024-11-04" }).map((q) => [q[0], q[2]])).toEqual([["while the talks were hard, they would go on", "sergey-lavrov"]]);
  });
});

describe("a pronoun speaking again after a first clause of reported speech (quotes/speaker.ts sentenceSubject)", () => {
  it("'Putin said …, and he also said …': both statements are Putin's, the first ending at ', and'", () => {
    const text = "Kim Jong Un met Vladimir Putin in Vladivostok on Thursday. Putin said the talks were useful, and he also said more work was needed.";
    expect(read(text, { lang: "en", published: "2019-04-26" }).map((q) => [q[0], q[2]])).toEqual([
      ["the talks were useful", "vladimir-putin"],
      ["more work was needed", "vladimir-putin"]
    ]);
  });

  it("'Putin mengatakan …, dan ia juga mengatakan …': the same in Indonesian", () => {
    const text = "Kim Jong Un bertemu Vladimir Putin di Vladivostok pada Kamis. Putin mengatakan pembicaraan itu bermanfaat, dan ia juga mengatakan kerja sama akan diperluas.";
    expect(read(text, { lang: "id", published: "2019-04-26" }).map((q) => [q[0], q[2]])).toEqual([
      ["pembicaraan itu bermanfaat", "vladimir-putin"],
      ["kerja sama akan diperluas", "vladimir-putin"]
    ]);
  });
});

describe("a word of contrast that opens no clause of its own keeps the clause's subject ('untuk sementara')", () => {
  it("'Lavrov, yang untuk sementara berada di Pyongyang, mengatakan …' is Lavrov's", () => {
    const text = "Putin tiba di Pyongyang. Lavrov, yang untuk sementara berada di Pyongyang, mengatakan \"hubungan kami kuat\".";
    expect(read(text, { lang: "id", published: "2024-06-20" }).map((q) => q[2])).toEqual(["sergey-lavrov"]);
  });

  it("'Kim Jong Un, untuk sementara waktu di Moskow, mengatakan …' is Kim's", () => {
    const text = "Putin tiba di Pyongyang. Kim Jong Un, untuk sementara waktu di Moskow, mengatakan \"kami akan kembali\".";
    expect(read(text, { lang: "id", published: "2024-06-20" }).map((q) => q[2])).toEqual(["kim-jong-un"]);
  });
});

describe("a pronoun after a first clause whose reported words name another person is not guessed to be the reporter", () => {
  it("'Lavrov said he had held talks with Choe Son Hui, and she said …' does not give her words to Lavrov", () => {
    const text = "Choe Son Hui arrived in Moscow on Monday. \"We are grateful,\" Choe Son Hui said. Lavrov said he had held talks with Choe Son Hui, and she said the visit was \"very productive\".";
    const quotes = read(text, { lang: "en", published: "2024-11-05" });
    expect(quotes.find((q) => q[0] === "very productive")?.[2]).not.toBe("sergey-lavrov");
  });
});
