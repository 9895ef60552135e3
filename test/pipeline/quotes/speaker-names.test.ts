// How a quotation's speaker is named: by a title with the name set off in commas, by a title another title owns, by a
// bracketed short form, by an organisation's person noun, by a given name alone, by 'jurubicara'. Sentences are written
// for the tests; each test fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakerOf = (text: string) => run(text).quotes.map((q) => q.speaker_id);

const read = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.kind, q.speaker_id, q.speaker_text]);

const undated: Options = { lang: "id", published: "" };

describe("'jurubicara' (one word) as 'juru bicara'", () => {
  it("gives the quotation to the person named after the organisation, not to the organisation", () => {
    expect(speakerOf('"Kami tidak akan mengomentari rencana itu lebih jauh," kata jurubicara Kremlin, Dmitry Peskov.')).toEqual(["dmitry-peskov"]);
    expect(speakerOf('"Kunjungan ini sangat penting bagi kedua negara," ujar jurubicara Kementerian Luar Negeri Rusia, Maria Zakharova.')).toEqual(["maria-zakharova"]);
  });

  it("matches the two-word spelling", () => {
    expect(speakerOf('"Kami tidak akan mengomentari rencana itu lebih jauh," kata juru bicara Kremlin, Dmitry Peskov.')).toEqual(["dmitry-peskov"]);
  });
});

describe("a spokesman of a named person, named after a comma (quotes/names.ts servedTitle, servedName)", () => {
  const id: Options = { lang: "id", published: "2015-05-04" };

  it("gives the words to the person set off by the comma, not to the one the spokesman serves", () => {
    expect(read("Tetapi jurubicara Presiden Rusia Vladimir Putin, Dmitry Peskov, kepada kantor berita Associated Press mengatakan, “masalah-masalah dalam negeri” membuatnya tidak bisa pergi.", id).map((q) => q[2])).toEqual(["dmitry-peskov"]);
    expect(read("Juru bicara Presiden Rusia Vladimir Putin, Dmitry Peskov, mengatakan “masalah-masalah dalam negeri membuatnya tidak bisa pergi”.", id).map((q) => q[2])).toEqual(["dmitry-peskov"]);
    expect(read("Ajudan Presiden Putin, Yuri Ushakov, mengatakan \"kunjungan itu sangat penting\".", id).map((q) => q[2])).toEqual(["yuri-ushakov"]);
  });

  it("leaves a title and its own name alone, and a list of people joined after a comma", () => {
    expect(read("Duta Besar Rusia untuk Korea Utara Alexander Matsegora, mengatakan \"kunjungan itu sangat penting\".", id).map((q) => q[2])).toEqual(["alexander-matsegora"]);
    expect(read("Presiden Rusia Vladimir Putin, Sergei Lavrov dan Kim Jong Un mengatakan \"kunjungan itu sangat penting\".", id).map((q) => q[2])).toEqual(["vladimir-putin"]);
  });
});

describe("a title another title owns introduces someone unnamed (quotes/quote-words.ts ownedTitle, speaker.ts)", () => {
  const en = { lang: "en", published: "2024-11-04" };

  const before = "Putin met Choe Son Hui on Monday. “We are glad,” Putin said.";

  it("'the president's spokesman said' is not the president, nor the last one quoted", () => {
    expect(read(`${before} The president’s spokesman said the talks had not been planned.`, en).at(-1)).toEqual([
      "the talks had not been planned", "reported", "", "The president’s spokesman"
    ]);
  });

  it("a title owned by a place or a country still refers back ('the country's leader')", () => {
    expect(read(`${before} “Nothing more,” the country's leader added.`, en).at(-1)!.slice(2, 3)).toEqual(["vladimir-putin"]);
  });

  it("the title alone still refers back ('the president said')", () => {
    expect(read(`${before} “Nothing more,” the president said.`, en).at(-1)!.slice(2, 3)).toEqual(["vladimir-putin"]);
  });
});

describe("a Korean leader named by his given name alone ('Jong-un'), as Indonesian papers write", () => {
  const speakers = (text: string, published: string) =>
    run(text, { published })
      .quotes.filter((q) => q.kind !== "reported" && q.kind !== "term")
      .map((q) => q.speaker_id);

  it("is the leader", () => {
    const text = "“Kami siap memperluas kerja sama dengan Rusia di semua bidang,” kata Jong-un kepada wartawan.";
    expect(speakers(text, "2019-04-25")).toEqual(["kim-jong-un"]);
  });
});

describe("a person's noun, the organisation served, a comma, then the name (inverted speaker)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

  it("is the person named, not the organisation, even where no date resolves the title", () => {
    const text = "Kim Jong Un sudah berada di Rusia.\n\n\"Pembicaraan akan berlangsung panjang,\" kata juru bicara Kremlin, Dmitry Peskov.\n";
    expect(speakers(text, undated)).toEqual([["Pembicaraan akan", "dmitry-peskov", "direct"]]);
  });

  it("carries to the next quotation's pronoun verb", () => {
    const text =
      "Kim Jong Un sudah berada di Rusia.\n\n\"Pembicaraan akan berlangsung panjang,\" kata juru bicara Kremlin, Dmitry Peskov. \"Kedua delegasi lalu akan makan siang bersama,\" sebutnya.\n";
    expect(speakers(text, undated).map((s) => s[1])).toEqual(["dmitry-peskov", "dmitry-peskov"]);
  });

  it("leaves the organisation speaking when no person's noun stands before it", () => {
    const text = "Kim Jong Un sudah berada di Rusia.\n\n\"Pembicaraan akan berlangsung panjang,\" kata Kremlin, seperti dikutip media.\n";
    expect(speakers(text, undated)[0]![1]).toBe("kremlin");
  });
});

describe("a title with its name between commas is whom a pronoun after it stands for (quotes.ts nameApposedAt)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);

  it("'The North Korean foreign minister, Ri Yong Ho, … . He said: “…”' on a page without a date is Ri's, not the last one quoted", () => {
    const text = "“We are glad the tension has eased,” Lavrov said.\nThe North Korean foreign minister, Ri Yong Ho, kept away from the cameras but spoke briefly before his talks with Lavrov. He said: “Our two countries have to coordinate more closely than before.”";
    expect(speakers(text, { lang: "en", published: "" })).toEqual([["We are", "sergey-lavrov"], ["Our two", "ri-yong-ho"]]);
  });
});

describe("a title written out with its bracketed short form before the name ('Menteri Pertahanan (Menhan) Rusia …')", () => {
  const speakers = (text: string, published = "2024-11-30") => run(text, { lang: "id", published }).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);

  it("leaves the named person the subject of the verb after it", () => {
    const text = "Kim Jong Un menerima tamunya.\n\nMOSKOW - Menteri Luar Negeri (Menlu) Rusia Sergei Lavrov mengatakan Moskow memberi \"dukungan tegas\" bagi Pyongyang.\n";
    expect(speakers(text)).toEqual([["dukungan tegas", "sergey-lavrov", "partial"]]);
  });
});

describe("a long title with the name set after it between commas (quotes.ts nameApposedAt)", () => {
  const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.kind]);
  const en: Options = { lang: "en", published: "2019-10-21" };

  it("'The Chairman of the DPRK Supreme People's Assembly, Pak Thae Song, said he …' is Pak's", () => {
    const text = "The Chairman of the DPRK Supreme People's Assembly, Pak Thae Song, said he expects the visit to bring the two parliaments closer.";
    expect(speakers(text, en)).toEqual([["he expects", "pak-thae-song", "reported"]]);
  });
});

describe("a name after a person's noun is whom that person serves only with its own title (quotes/names.ts servedName)", () => {
  const en = { lang: "en", published: "2024-06-20" };
  it("'Diplomat Sergei Lavrov, Putin's foreign minister, said' is Lavrov's", () => {
    expect(read("Putin arrived in Pyongyang. Diplomat Sergei Lavrov, Putin's foreign minister, said: \"We support Pyongyang.\"", en).map((q) => q[2])).toEqual(["sergey-lavrov"]);
  });

  it("'said senior officials Sergei Lavrov, Sergei Shoigu and …' is the first named's", () => {
    expect(read("Putin arrived in Pyongyang. \"The talks were very useful,\" said senior officials Sergei Lavrov, Sergei Shoigu and Choe Son Hui after the meeting.", en).map((q) => q[2])).toEqual(["sergey-lavrov"]);
  });
});
