// Offices whose holder changes over the 2000-2025 span the corpus covers (ambassadors, defence ministers, army
// chiefs, governors, speakers, security chiefs): the gazetteer dates each holder's titles (data/gazetteer/
// person_aliases.csv), so that a title written without a name is read as whoever held the office on the article's
// date, and as nobody on a date no holder's dates cover. Sentences written for these tests.
import { describe, expect, test } from "vitest";
import { sentencesOf, gazetteer, recogniser } from "../../helpers/mentions.ts";

/** The gazetteer ids of the people `text` names, read as an article of `lang` dated `date`. */
function peopleIn(text: string, date: string, lang: "id" | "en"): string[] {
  return recogniser
    .recognise(text, sentencesOf(text), date, lang)
    .filter((m) => m.kind === "person")
    .map((m) => m.id);
}

describe("the Russian ambassador in Pyongyang", () => {
  const cases: [string, string][] = [
    ["2003-05-10", "andrei-karlov"],
    ["2009-03-02", "valery-sukhinin"],
    ["2013-07-15", "alexander-timonin"],
    ["2019-06-12", "alexander-matsegora"]
  ];
  for (const [date, holder] of cases) {
    test(`on ${date} the title names ${holder}, in English and Indonesian`, () => {
      expect(peopleIn("The Russian ambassador to North Korea laid a wreath at the monument.", date, "en")).toEqual([holder]);
      expect(peopleIn("Duta Besar Rusia untuk Korea Utara meletakkan karangan bunga di monumen itu.", date, "id")).toEqual([holder]);
    });
  }
  test("after Matsegora's death in December 2025 the title names nobody the gazetteer knows", () => {
    expect(peopleIn("The Russian ambassador to North Korea laid a wreath at the monument.", "2026-02-01", "en")).not.toContain("alexander-matsegora");
    expect(gazetteer.people.find((p) => p.person_id === "alexander-matsegora")?.died).toBe("2025-12-06");
  });
});

describe("the North Korean ambassador in Moscow", () => {
  const cases: [string, string][] = [
    ["2010-09-01", "kim-yong-jae"],
    ["2016-04-20", "kim-hyong-jun"],
    ["2024-11-05", "sin-hong-chol"]
  ];
  for (const [date, holder] of cases) {
    test(`on ${date} the title names ${holder}`, () => {
      expect(peopleIn("North Korea's ambassador to Russia attended the reception.", date, "en")).toEqual([holder]);
      expect(peopleIn("Dubes Korut untuk Rusia menghadiri resepsi tersebut.", date, "id")).toEqual([holder]);
    });
  }
  test("the former ambassadors are known by name too, in either romanisation", () => {
    expect(peopleIn("Kim Yong Jae met the deputy minister.", "2012-01-10", "en")).toEqual(["kim-yong-jae"]);
    expect(peopleIn("Kim Hyung-jun met the deputy minister.", "2017-01-10", "en")).toEqual(["kim-hyong-jun"]);
  });
});

describe("North Korea's defence minister and army chief of staff", () => {
  const ministers: [string, string][] = [
    ["2019-04-25", "no-kwang-chol"],
    ["2020-06-10", "kim-jong-gwan"],
    ["2022-04-15", "ri-yong-gil"],
    ["2023-07-27", "kang-sun-nam"],
    ["2025-06-01", "no-kwang-chol"]
  ];
  for (const [date, holder] of ministers) {
    test(`on ${date} the defence minister is ${holder}`, () => {
      expect(peopleIn("North Korea's defence minister inspected the unit.", date, "en")).toEqual([holder]);
      expect(peopleIn("Menteri Pertahanan Korea Utara meninjau unit tersebut.", date, "id")).toEqual([holder]);
    });
  }
  const chiefs: [string, string][] = [
    ["2014-05-01", "ri-yong-gil"],
    ["2017-05-01", "ri-myong-su"],
    ["2019-04-25", "ri-yong-gil"]
  ];
  for (const [date, holder] of chiefs) {
    test(`on ${date} the KPA chief of the general staff is ${holder}`, () => {
      expect(peopleIn("The Chief of the KPA General Staff attended the parade.", date, "en")).toEqual([holder]);
      expect(peopleIn("Kepala Staf Umum Tentara Rakyat Korea hadir dalam parade.", date, "id")).toEqual([holder]);
    });
  }
  test("the Seoul spelling of Ri Yong-gil is the same man", () => {
    expect(peopleIn("Lee Yong-gil accompanied the leader.", "2019-04-25", "en")).toEqual(["ri-yong-gil"]);
  });
});

describe("the governors of Russia's Far Eastern regions", () => {
  const primorye: [string, string][] = [
    ["2002-08-23", "sergei-darkin"],
    ["2015-09-04", "vladimir-miklushevsky"],
    ["2018-03-01", "andrei-tarasenko"],
    ["2023-12-05", "oleg-kozhemyako"]
  ];
  for (const [date, holder] of primorye) {
    test(`on ${date} the governor of Primorsky Krai is ${holder}`, () => {
      expect(peopleIn("The Governor of Primorsky Krai opened the forum.", date, "en")).toEqual([holder]);
      expect(peopleIn("Gubernur Primorsky membuka forum itu.", date, "id")).toEqual([holder]);
    });
  }
  const khabarovsk: [string, string][] = [
    ["2002-08-20", "viktor-ishayev"],
    ["2015-06-01", "vyacheslav-shport"],
    ["2019-06-01", "sergei-furgal"],
    ["2022-06-01", "mikhail-degtyarev"],
    ["2025-03-01", "dmitry-demeshin"]
  ];
  for (const [date, holder] of khabarovsk) {
    test(`on ${date} the governor of Khabarovsk Krai is ${holder}`, () => {
      expect(peopleIn("The Khabarovsk Krai governor met the delegation.", date, "en")).toEqual([holder]);
      expect(peopleIn("Gubernur Khabarovsk menerima delegasi itu.", date, "id")).toEqual([holder]);
    });
  }
  test("Amur Oblast's governor in August 2011 is Kozhemyako, and in 2016 Kozlov", () => {
    expect(peopleIn("The Amur governor welcomed the guest at the plant.", "2011-08-21", "en")).toEqual(["oleg-kozhemyako"]);
    expect(peopleIn("Gubernur Amur menyambut tamu itu.", "2016-05-01", "id")).toEqual(["alexander-kozlov"]);
  });
});

describe("the speakers of Russia's two chambers and its intelligence chiefs", () => {
  const duma: [string, string][] = [
    ["2001-08-04", "gennady-seleznyov"],
    ["2008-05-01", "boris-gryzlov"],
    ["2014-06-01", "sergei-naryshkin"],
    ["2025-10-10", "vyacheslav-volodin"]
  ];
  for (const [date, holder] of duma) {
    test(`on ${date} the Duma speaker is ${holder}`, () => {
      expect(peopleIn("The State Duma Speaker received the delegation.", date, "en")).toEqual([holder]);
      expect(peopleIn("Ketua Duma Negara Rusia menerima delegasi itu.", date, "id")).toEqual([holder]);
    });
  }
  test("the Federation Council's speaker in 2005 is Mironov, in 2018 Matviyenko", () => {
    expect(peopleIn("The Federation Council Speaker received the delegation.", "2005-03-01", "en")).toEqual(["sergei-mironov"]);
    expect(peopleIn("Ketua Dewan Federasi Rusia menerima delegasi itu.", "2018-09-10", "id")).toEqual(["valentina-matviyenko"]);
  });
  test("the SVR director in 2004 is Lebedev, in 2011 Fradkov; the FSB director in 2005 is Patrushev", () => {
    expect(peopleIn("The SVR Director arrived in the capital.", "2004-06-01", "en")).toEqual(["sergei-lebedev"]);
    expect(peopleIn("Direktur SVR tiba di ibu kota.", "2011-05-20", "id")).toEqual(["mikhail-fradkov"]);
    expect(peopleIn("The FSB Director arrived in the capital.", "2005-06-01", "en")).toEqual(["nikolai-patrushev"]);
  });
  test("a common surname names the speaker only after his full name", () => {
    expect(peopleIn("Mironov arrived.", "2005-03-01", "en")).toEqual([]);
    expect(peopleIn("Sergei Mironov arrived. Mironov spoke.", "2005-03-01", "en")).toEqual(["sergei-mironov", "sergei-mironov"]);
  });
});

describe("North Korea's premiers between Pak Pong-ju's two terms, and Russia's envoys to the Far East", () => {
  const premiers: [string, string][] = [
    ["2005-01-10", "pak-pong-ju"],
    ["2008-11-20", "kim-yong-il"],
    ["2011-08-24", "choe-yong-rim"],
    ["2015-05-01", "pak-pong-ju"]
  ];
  for (const [date, holder] of premiers) {
    test(`on ${date} the premier is ${holder}`, () => {
      expect(peopleIn("North Korea's premier visited the plant.", date, "en")).toEqual([holder]);
      expect(peopleIn("Perdana Menteri Korea Utara mengunjungi pabrik itu.", date, "id")).toEqual([holder]);
    });
  }
  const envoys: [string, string][] = [
    ["2001-08-05", "konstantin-pulikovsky"],
    ["2006-06-01", "kamil-iskhakov"],
    ["2008-06-01", "oleg-safonov"],
    ["2011-08-21", "viktor-ishayev"],
    ["2019-04-24", "yuri-trutnev"]
  ];
  for (const [date, holder] of envoys) {
    test(`on ${date} the presidential envoy to the Far East is ${holder}`, () => {
      expect(peopleIn("The Russian presidential envoy to the Far East met him at the station.", date, "en")).toEqual([holder]);
      expect(peopleIn("Utusan Kepresidenan Rusia untuk Timur Jauh menyambutnya di stasiun.", date, "id")).toEqual([holder]);
    });
  }
  test("party officials named without a title are known by either romanisation", () => {
    expect(peopleIn("Lee Il-hwan spoke at the meeting.", "2022-03-28", "en")).toEqual(["ri-il-hwan"]);
    expect(peopleIn("Kang Sok Ju accompanied the leader.", "2002-08-22", "en")).toEqual(["kang-sok-ju"]);
  });
});
