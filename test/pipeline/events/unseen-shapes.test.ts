// Shapes of real articles found by the probe of 2026-12-02 (test/fixtures/probe-2026-12-02): each test fails without
// the rule it names.
import { describe, expect, test } from "vitest";
import type { Anchor } from "../../../src/pipeline/dates.ts";
import { findDates } from "../../../src/pipeline/dates.ts";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { packs, mentionsIn as mentions } from "../../helpers/mentions.ts";

/** Mentions of `text` (paragraphs one a line) in `lang`, published (and anchored) on `published`. */

const brief = (m: Mention) => [m.role, m.date_start, m.date_end, m.date_precision, m.venue_id];

describe("dates", () => {
  test("a day and month followed by a counted year ('19 Juni tahun lalu', 'June 19 last year') is in that year", () => {
    const anchor: Anchor = { date: "2025-06-17", precision: "day", source: "published", text: "published 2025-06-17", flags: [] };
    expect(findDates("pada 19 Juni tahun lalu", anchor, packs.get("id")).map((d) => [d.text, d.date_start, d.precision])).toEqual([["19 Juni tahun lalu", "2024-06-19", "day"]]);
    expect(findDates("on June 19 last year", anchor, packs.get("en")).map((d) => [d.date_start, d.precision])).toEqual([["2024-06-19", "day"]]);
    // So a visit a year before is background, not a plan two days after the article.
    const [m] = mentions("id", "Presiden Rusia Vladimir Putin mengunjungi Pyongyang pada 19 Juni tahun lalu.", "2025-06-17");
    expect(brief(m!)).toEqual(["background", "2024-06-19", "2024-06-19", "day", "pyongyang"]);
  });

  test("two days joined by a range word ('Senin (18/11) hingga Rabu (20/11)') are one span; joined by 'dan', two days", () => {
    const anchor: Anchor = { date: "2024-11-18", precision: "day", source: "published", text: "published 2024-11-18", flags: [] };
    const read = (text: string) => findDates(text, anchor, packs.get("id")).map((d) => [d.date_start, d.date_end]);
    expect(read("pada Senin (18/11) hingga Rabu (20/11)")).toEqual([["2024-11-18", "2024-11-20"]]);
    expect(read("pada Senin (18/11) dan Rabu (20/11)")).toEqual([["2024-11-18", "2024-11-18"], ["2024-11-20", "2024-11-20"]]);
  });

  test("a finer date right beside the nearest one ('a year ago, on June 19, 2024') dates the event", () => {
    const [m] = mentions("en", "Vladimir Putin visited Pyongyang a year ago, on June 19, 2024, when he signed a treaty with Kim Jong Un.", "2025-06-17");
    expect(brief(m!)).toEqual(["background", "2024-06-19", "2024-06-19", "day", "pyongyang"]);
    expect(m!.date_text).toBe("June 19, 2024");
  });

  test("a date after the event a source cue reports ('KCNA melaporkan Kim menerima Lavrov pada Sabtu (12/7)') is the event's, not the report's", () => {
    const text = "Seperti dilansir AFP, Minggu (13/7/2025), kantor berita KCNA melaporkan Kim Jong Un menerima Sergei Lavrov pada Sabtu (12/7) di Wonsan.";
    const [m] = mentions("id", text, "2025-07-13");
    expect(brief(m!)).toEqual(["main", "2025-07-12", "2025-07-12", "day", "wonsan"]);
    // A report with no subject of its own after the cue still dates the report (KBS: the return, not the visit).
    const kbs = "Menteri Luar Negeri Korea Utara Choe Son-hui dilaporkan telah kembali dari kunjungan resminya ke Rusia pada hari Jumat (19/01).";
    expect(mentions("id", kbs, "2024-01-19").map((x) => x.date_precision)).toEqual(["week"]);
  });

  test("'a year ago this week', 'setahun lalu hari ini': the unit of writing, so many years back", () => {
    const anchor: Anchor = { date: "2025-06-18", precision: "day", source: "published", text: "published 2025-06-18", flags: [] };
    expect(findDates("A year ago this week, Putin landed.", anchor, packs.get("en")).map((d) => [d.text, d.date_start, d.date_end, d.precision])).toEqual([["A year ago this week", "2024-06-17", "2024-06-23", "week"]]);
    expect(findDates("tepat setahun lalu hari ini", anchor, packs.get("id")).map((d) => [d.date_start, d.precision])).toEqual([["2024-06-18", "day"]]);
    const [m] = mentions("en", "A year ago this week, Vladimir Putin landed in Pyongyang for his first visit to North Korea since 2000.", "2025-06-18");
    expect(brief(m!)).toEqual(["background", "2024-06-17", "2024-06-23", "week", "pyongyang"]);
  });

  test("a date before any trigger that a speech verb follows ('Kemarin, Kemlu menyatakan kunjungan …', 'said Friday that the dates of the visit …') dates the statement, not the event", () => {
    const id = "Kemarin, Kementerian Luar Negeri Korea Utara menyatakan kunjungan Vyacheslav Volodin ke Pyongyang akan memperkuat hubungan kedua parlemen.";
    // (The article's news may still be dated by it, as any date stated in the article: never as the event's own.)
    expect(mentions("id", id, "2025-08-14").map((m) => m.date_text)).toEqual([""]);
    const en = "The Kremlin said Friday that the dates of Vladimir Putin's visit to Pyongyang had not been decided.";
    expect(mentions("en", en, "2024-01-26").map((m) => [m.role, m.date_start])).toEqual([["planned", ""]]);
    // A date that dates the trigger after it, with no speech verb between, is still the event's.
    expect(mentions("id", "Kemarin, Sergei Shoigu bertemu Kim Jong Un di Pyongyang.", "2025-06-18").map((m) => m.date_start)).toEqual(["2025-06-17"]);
  });

  test("a date in a since-clause with no event of its own ('since he was appointed … in May') dates nothing", () => {
    const text = "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday.\nIt is Andrei Belousov's first trip to North Korea since he was appointed defence minister in May.";
    expect(mentions("en", text, "2024-11-29").map(brief)).toEqual([
      ["main", "2024-11-29", "2024-11-29", "day", "pyongyang"],
      ["main", "2024-11-29", "2024-11-29", "day", "north-korea"]
    ]);
  });

  test("a date the grammar reads with its since-word ('pertemuan ketiga … sejak 2023') is when the count began: the meeting counted is the news; a count marked as background ('beberapa kali sejak 2019') is dated by it", () => {
    const text = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\nIni adalah pertemuan ketiga Putin dan Kim sejak 2023.";
    expect(mentions("id", text, "2025-09-03").map(brief)).toEqual([
      ["main", "2025-09-03", "2025-09-03", "day", "beijing"],
      ["main", "2025-09-03", "2025-09-03", "day", "beijing"]
    ]);
    const count = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\nKim Jong Un dan Putin telah bertemu beberapa kali sejak 2019.";
    expect(mentions("id", count, "2025-09-03").map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["main", "2025-09-03", "day"],
      ["background", "2019-01-01", "year"]
    ]);
  });
});

describe("timelines", () => {
  test("a date alone on its line dates the entry below it (an Indonesian 'Kronologi')", () => {
    const text = [
      "25 April 2019",
      "Kim Jong Un bertemu Presiden Vladimir Putin untuk pertama kalinya di Pulau Russky, Vladivostok.",
      "13 September 2023",
      "Kim dan Putin bertemu di Kosmodrom Vostochny, Wilayah Amur. Kim kemudian mengunjungi pabrik pesawat di Komsomolsk-on-Amur."
    ].join("\n");
    expect(mentions("id", text, "2025-07-18").map((m) => [m.role, m.date_start, m.venue_id])).toEqual([
      ["background", "2019-04-25", "russky-island"],
      ["background", "2023-09-13", "vostochny-cosmodrome"],
      ["background", "2023-09-13", "komsomolsk-on-amur"]
    ]);
  });

  test("a dated entry ('June 19, 2024 - Putin visits …') dates its later sentences", () => {
    const text = [
      "April 25, 2019 - Kim Jong Un holds his first summit with Vladimir Putin in Vladivostok.",
      "June 19, 2024 - Putin visits Pyongyang for the first time in 24 years. The two leaders sign a treaty including a mutual defence clause."
    ].join("\n");
    expect(mentions("en", text, "2025-07-11").map((m) => [m.role, m.date_start, m.event_type])).toEqual([
      ["background", "2019-04-25", "summit"],
      ["background", "2024-06-19", "visit"],
      ["background", "2024-06-19", "signing"]
    ]);
  });

  test("one date alone on its line is no timeline: it dates nothing below it", () => {
    const text = ["Vladimir Putin bertemu Kim Jong Un di Pyongyang, Rabu (19/6).", "2 Mei 2024", "Putin dan Kim Jong Un menandatangani perjanjian."].join("\n");
    expect(mentions("id", text, "2024-06-20").map((m) => m.date_start)).not.toContain("2024-05-02");
  });
});

describe("planned, negated, undecided", () => {
  test("a visit 'on the agenda' whose date is not set, 'ready to visit', dates 'not decided' are plans", () => {
    const lead = "North Korean Foreign Minister Choe Son-hui met Russian President Vladimir Putin in the Kremlin on Jan. 16.";
    for (const s of [
      "During the talks, Putin said he was ready to visit North Korea.",
      "The Kremlin said Friday that the dates of the visit had not been decided.",
      "A visit by Kim Jong Un to Russia remains on the agenda."
    ]) {
      const roles = mentions("en", `${lead}\n${s}`, "2024-01-26").filter((m) => m.event_type === "visit").map((m) => m.role);
      expect(roles.length > 0 && roles.every((r) => r === "planned"), s).toBe(true);
    }
    const id = '"Kunjungan Kim Jong Un ke Rusia tetap ada dalam agenda, tetapi tanggalnya belum ditetapkan," ujar Peskov.';
    expect(mentions("id", id, "2025-05-06").map((m) => m.role)).toEqual(["planned"]);
  });

  test("a count of meetings ('has met Kim three times', 'telah bertemu tiga kali') sums up earlier ones: background, never the news", () => {
    const en = "Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.\nSergei Shoigu has met Kim Jong Un three times in less than a year.";
    expect(mentions("en", en, "2025-06-18").map((m) => m.role)).toEqual(["main", "background"]);
    const id = "Sergei Shoigu bertemu Kim Jong Un di Pyongyang, Selasa (17/6).\nShoigu telah bertemu Kim Jong Un tiga kali dalam setahun terakhir.";
    expect(mentions("id", id, "2025-06-18").map((m) => m.role)).toEqual(["main", "background"]);
  });

  test("a plan takes no date from a closing speech verb's ('…, and Putin accepted, state media said on Thursday')", () => {
    const en = 'Kim Jong Un invited Vladimir Putin to visit North Korea "at a convenient time," and Putin accepted, North Korean state media said on Thursday.';
    expect(mentions("en", en, "2023-09-16").map(brief)).toEqual([["planned", "", "", "", "north-korea"]]);
    const id = "Kim Jong Un mengundang Vladimir Putin untuk berkunjung ke Korea Utara, kata media pemerintah Korea Utara pada Kamis (14/9).";
    expect(mentions("id", id, "2023-09-16").map(brief)).toEqual([["planned", "", "", "", "north-korea"]]);
  });

  test("'Matviyenko dijadwalkan memimpin delegasi … ke Pyongyang bulan depan', 'will lead a delegation to Pyongyang': a planned trip; a delegation led nowhere is none", () => {
    const id = "Ketua Dewan Federasi Rusia Valentina Matviyenko dijadwalkan memimpin delegasi parlemen Rusia ke Pyongyang bulan depan.";
    expect(mentions("id", id, "2025-08-19").map(brief)).toEqual([["planned", "2025-09-01", "2025-09-30", "month", "pyongyang"]]);
    const en = "Federation Council Speaker Valentina Matviyenko will lead a parliamentary delegation to Pyongyang next month.";
    expect(mentions("en", en, "2025-08-19").map(brief)).toEqual([["planned", "2025-09-01", "2025-09-30", "month", "pyongyang"]]);
    expect(mentions("id", "Valentina Matviyenko memimpin delegasi parlemen Rusia dalam pembicaraan dengan Choe Ryong Hae.", "2025-08-19").map((m) => m.event_type)).toEqual(["talks"]);
  });

  test("'has not taken place' after a clause set off in commas still negates the visit before it", () => {
    const text = "A Kim Jong Un visit to Moscow, which Putin proposed last year, has not taken place.";
    expect(mentions("en", text, "2025-06-18").filter((m) => m.role !== "planned")).toEqual([]);
  });
});

describe("who and what", () => {
  test("an earlier trip of the news period that its own marker places before the news's day is background ('He had visited Pyongyang on June 4')", () => {
    const en = "Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.\nSergei Shoigu had visited Pyongyang on June 4, when he and Kim Jong Un discussed the fighting.";
    expect(mentions("en", en, "2025-06-17").map((m) => [m.role, m.date_start])).toEqual([
      ["main", "2025-06-17"],
      ["background", "2025-06-04"]
    ]);
    const id = "Sergei Shoigu bertemu Kim Jong Un di Pyongyang, Selasa (17/6).\nIa sebelumnya bertemu Kim Jong Un pada 4 Juni lalu.";
    expect(mentions("id", id, "2025-06-17").map((m) => [m.role, m.date_start])).toEqual([
      ["main", "2025-06-17"],
      ["background", "2025-06-04"]
    ]);
  });

  test("a visit after an invitation in its clause is planned, whatever clitic the invitation carries ('mengundangnya untuk berkunjung')", () => {
    const text = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\n\"Pintu kami selalu terbuka,\" kata Putin kepada Kim, sambil mengundangnya untuk berkunjung ke Moskow.";
    const second = mentions("id", text, "2025-09-03").slice(1);
    expect(second.map((m) => [m.role, m.venue_id])).toEqual([["planned", "moscow"]]);
  });

  test("'Saat itu', 'At the time' opening a sentence: its event is the one the sentence before told", () => {
    const text = [
      "Menteri Pertahanan Rusia Andrei Belousov tiba di Pyongyang, Korea Utara, pada Jumat (29/11/2024) untuk kunjungan resmi.",
      "Kunjungan ini menyusul kedatangan No Kwang Chol di Moskwa awal bulan ini.",
      "Saat itu, No Kwang Chol bertemu Belousov dan pejabat militer Rusia lainnya."
    ].join("\n");
    const last = mentions("id", text, "2024-11-30").at(-1)!;
    expect([last.role, last.date_start, last.date_precision, last.venue_id, last.guest_country]).toEqual(["background", "2024-11-01", "month", "moscow", "PRK"]);
  });

  test("a commission's session is a meeting ('sidang ke-11 Komisi Antarpemerintah', 'the 11th session of the … commission'); a court's is not", () => {
    const id = "Alexander Kozlov dan Yun Jong Ho memimpin sidang ke-11 Komisi Antarpemerintah di Pyongyang, Senin (18/11).";
    expect(mentions("id", id, "2024-11-18").map((m) => [m.event_type, m.date_start, m.venue_id])).toEqual([["meeting", "2024-11-18", "pyongyang"]]);
    expect(mentions("id", "Alexander Kozlov dan Yun Jong Ho menghadiri sidang pengadilan di Pyongyang, Senin (18/11).", "2024-11-18")).toEqual([]);
    const en = "Alexander Kozlov and Yun Jong Ho opened the 11th session of the Russia–North Korea intergovernmental commission in Pyongyang on Monday.";
    expect(mentions("en", en, "2024-11-18").map((m) => [m.event_type, m.date_start])).toEqual([["meeting", "2024-11-18"]]);
  });

  test("the sender of greetings and the person a title serves are no participants ('salam hangat dari Presiden Rusia Vladimir Putin', 'Putin's security council secretary')", () => {
    const id = "Lavrov tiba di Wonsan pada Jumat (11/7) dan menggelar pembicaraan dengan Choe Son Hui.\nDalam pertemuan itu, Lavrov menyampaikan salam hangat dari Presiden Rusia Vladimir Putin.";
    expect(mentions("id", id, "2025-07-13").flatMap((m) => m.people)).not.toContain("vladimir-putin");
    const en = "Sergei Shoigu, Putin's security council secretary, met Kim Jong Un in Pyongyang on June 17.";
    expect(mentions("en", en, "2025-07-13").flatMap((m) => m.people).sort()).toEqual(["kim-jong-un", "sergey-shoigu"]);
  });
});

describe("third parties", () => {
  test("a person of neither side at a meeting of the two sides takes part only when the sentence makes them one ('after the two stood alongside Xi' does not; 'talks between Putin, Xi and Kim', 'Xi hosted Putin and Kim' do)", () => {
    const people = (lang: "id" | "en", text: string) => mentions(lang, text, "2025-09-03").map((m) => m.people.join("+"));
    const en = "Vladimir Putin held talks with Kim Jong Un in Beijing on Wednesday, after the two stood alongside Chinese President Xi Jinping at a military parade.";
    expect(people("en", en)).toEqual(["kim-jong-un+vladimir-putin"]);
    expect(people("en", "Vladimir Putin, Xi Jinping and Kim Jong Un held talks in Beijing on Wednesday.")).toEqual(["kim-jong-un+vladimir-putin+xi-jinping"]);
    expect(people("en", "Xi Jinping hosted Vladimir Putin and Kim Jong Un at a banquet in Beijing on Wednesday.")).toEqual(["kim-jong-un+vladimir-putin+xi-jinping"]);
    // An anaphor that brings the two sides leaves out the aside's host too.
    const id = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\nPertemuan itu diadakan di Diaoyutai setelah kedua pemimpin menghadiri parade militer, di mana Presiden China Xi Jinping memimpin peringatan.";
    expect(people("id", id)).toEqual(["kim-jong-un+vladimir-putin", "kim-jong-un+vladimir-putin"]);
  });

  test("a report naming nobody of either side that says others 'also' did it ('Li Qiang and To Lam also arrived in Pyongyang') is no mention of the news", () => {
    const en = "Dmitry Medvedev arrived in Pyongyang on Thursday and met Kim Jong Un.\nChinese Premier Li Qiang and Vietnamese leader To Lam also arrived in Pyongyang for the celebrations.";
    expect(mentions("en", en, "2025-10-09").map((m) => m.evidence.slice(0, 14))).toEqual(["Dmitry Medvede"]);
    const id = "Dmitry Medvedev tiba di Pyongyang, Kamis (9/10/2025), dan bertemu Kim Jong Un.\nPerdana Menteri Li Qiang dan Sekretaris Jenderal To Lam juga tiba di Pyongyang.";
    expect(mentions("id", id, "2025-10-09").map((m) => m.evidence.slice(0, 14))).toEqual(["Dmitry Medvede"]);
    // With no additive, a delegation's arrival is still the news's.
    expect(mentions("en", "Dmitry Medvedev met Kim Jong Un in Pyongyang on Thursday.\nThe delegation arrived in Pyongyang on Thursday morning.", "2025-10-09")).toHaveLength(2);
  });
});

describe("venues", () => {
  test("a place in a clause opened by a subordinator and a name of its own ('as Pyongyang's troops deploy near Ukraine') is not the venue", () => {
    const [m] = mentions("en", "Vladimir Putin meets Choe Son Hui as Pyongyang's troops deploy near Ukraine", "2024-11-04");
    expect(m!.venue_id).toBe("");
    expect(m!.cameo).not.toBe("044");
  });
  test("a place right after a passive trigger is who did it, not where ('perjanjian yang ditandatangani Moskow dan Pyongyang tahun ini'); after 'di' it is where", () => {
    const id = "Sebelumnya, Menteri Pertahanan Rusia Belousov bertemu dengan mitranya dari Korea Utara, No Kwang-chol, untuk membahas implementasi perjanjian yang ditandatangani Moskow dan Pyongyang tahun ini.";
    expect(mentions("id", id, "2024-11-30").map((m) => m.venue_id)).toEqual([""]);
    const held = "Belousov bertemu dengan No Kwang-chol dalam pertemuan yang diadakan di Pyongyang pada Jumat.";
    expect(mentions("id", held, "2024-11-30").map((m) => m.venue_id)).toEqual(["pyongyang"]);
  });
});
