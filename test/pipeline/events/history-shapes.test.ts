// Shapes of history and background found by the probe of 2026-12-02 (test/fixtures/probe-history-2026-12-02): earlier
// meetings recalled in a clause. Each test fails without the rule it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs, mentionsIn as mentions } from "../../helpers/mentions.ts";

/** Mentions of `text` (paragraphs one a line) in `lang`, published (and anchored) on `published`. */

const brief = (m: Mention) => [m.role, m.date_start, m.date_precision, m.venue_id];

describe("a count of trips with no verb (lang/id/event_triggers.csv 'kali ke')", () => {
  test("'terakhir kali ke Moskow pada … tahun 1986' is a visit, dated and placed", () => {
    const found = mentions("id", "Ayah Kim, mendiang Kim Il Sung, terakhir kali ke Moskow pada era Uni Soviet, tahun 1986.", "2011-08-24");
    expect(found.map(brief)).toEqual([["background", "1986-01-01", "year", "moscow"]]);
    expect(found[0]!.people).toEqual(["kim-il-sung"]);
  });

  test("'sudah tiga kali ke Pyongyang, terakhir kali pada 17 Juni lalu'", () => {
    const found = mentions("id", "Sejak itu, Sekretaris Dewan Keamanan Rusia Sergei Shoigu sudah tiga kali ke Pyongyang, terakhir kali pada 17 Juni lalu.", "2025-07-12");
    expect(found.map(brief)).toEqual([["background", "2025-06-17", "day", "pyongyang"]]);
  });

  test("'untuk kali ke-20' (the twentieth time) is no trip", () => {
    expect(mentions("id", "Forum itu digelar untuk kali ke-20 di Vladivostok.", "2025-09-05")).toEqual([]);
  });
});

describe("a list of dates after one trigger", () => {
  test("'visited the Soviet Union in 1984 and 1986': a visit in each year", () => {
    const found = mentions("en", "Kim's grandfather, North Korea's founder Kim Il Sung, visited the Soviet Union in 1984 and 1986, meeting Konstantin Chernenko and later Mikhail Gorbachev.", "2023-09-13");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["background", "1984-01-01", "year"],
      ["background", "1986-01-01", "year"]
    ]);
  });

  test("'received by Kim on June 4, and before that on March 21': a reception on each day, at the sentence's place", () => {
    const text = [
      "Russia's Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.",
      "Shoigu had already been received by Kim on June 4, and before that on March 21, when he delivered a message from Russian President Vladimir Putin."
    ].join("\n");
    const found = mentions("en", text, "2025-06-17").filter((m) => m.sentence_id === "a-s002");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["background", "2025-06-04", "day"],
      ["background", "2025-03-21", "day"]
    ]);
  });

  test("'pada 2000 dan 2002': a year joined to a marked year is a year too (one mention per year)", () => {
    const found = mentions("id", "Kim Jong Il bertemu Putin pada 2000 dan 2002.", "2011-08-24");
    expect(found.map((m) => m.date_start)).toEqual(["2000-01-01", "2002-01-01"]);
  });
});

describe("an aside before 'when'", () => {
  test("'He last came in July 2000, shortly after taking office, when he held talks with …': the talks are of July 2000", () => {
    const text = [
      "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday.",
      "He last came in July 2000, shortly after taking office, when he held talks with Kim's father, Kim Jong Il, who died in 2011."
    ].join("\n");
    const found = mentions("en", text, "2024-06-19").filter((m) => m.sentence_id === "a-s002");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([["background", "2000-07-01", "month"]]);
    expect(found[0]!.people).toContain("kim-jong-il");
  });

  test("'…, a month after the summit' still counts from the opening clause's date, never dates the summit by it", () => {
    const found = mentions("en", "Lavrov first went to Pyongyang in October 2023, a month after the summit at Vostochny.", "2025-07-12");
    expect(found.map((m) => m.date_start.slice(0, 7))).not.toContain("2023-10");
  });
});

describe("a bare year that modifies an event word (yearsOfTriggers)", () => {
  test("'Dalam pertemuan 2002 itu' is the 2002 meeting, not the news", () => {
    const text = [
      "Kim Jong Un bertemu Putin di Pyongyang pada Rabu (19/6/2024).",
      "Kim Jong Il bertemu Putin di Vladivostok pada Agustus 2002.",
      "Dalam pertemuan 2002 itu, keduanya membahas proyek kereta api."
    ].join("\n");
    const found = mentionsOf(text, "2024-06-19", packs.get("id")).filter((m) => m.sentence_id === "a-s003");
    expect(found.map(brief)).toEqual([["background", "2002-01-01", "year", "vladivostok"]]);
  });

  test("'The 2019 summit in Vladivostok' is of 2019; 'The 2000 troops' and a year on the line before are no date", () => {
    const text = ["Putin arrived in Pyongyang on Wednesday.", "The 2019 summit in Vladivostok ended without a joint statement."].join("\n");
    expect(mentions("en", text, "2024-06-19").map((m) => [m.role, m.date_start.slice(0, 4)])).toEqual([
      ["main", "2024"],
      ["background", "2019"]
    ]);
    // A dateline's year on the line above the lead is no year of the lead's talks.
    const lead = ["25 Agustus 2011", "Perundingan Kim Jong Il dan Medvedev berlangsung di Siberia, Rabu (24/08)."].join("\n");
    expect(mentions("id", lead, "2011-08-25").map((m) => m.date_start)).toEqual(["2011-08-24"]);
  });
});

describe("a strategic dialogue (lang/*/event_triggers.csv)", () => {
  test("'Putaran pertama dialog itu berlangsung di Moskow pada November 2024' is the first round's talks", () => {
    const text = ["Lavrov bertemu Kim Jong Un di Wonsan, Sabtu (12/7/2025).", "Putaran pertama dialog itu berlangsung di Moskow pada November 2024."].join("\n");
    const found = mentions("id", text, "2025-07-12").filter((m) => m.sentence_id === "a-s002");
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id])).toEqual([["background", "talks", "2024-11-01", "moscow"]]);
  });

  test("'melalui jalur dialog' (through dialogue) is no meeting", () => {
    expect(mentions("id", "Rusia mendukung penyelesaian isu nuklir Korea Utara melalui jalur dialog dengan Pyongyang.", "2018-05-31")).toEqual([]);
  });

  test("'held their first strategic dialogue in Moscow in November 2024'", () => {
    const found = mentions("en", "Lavrov and Choe Son Hui held their first strategic dialogue in Moscow in November 2024.", "2025-07-12");
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id])).toEqual([["background", "talks", "2024-11-01", "moscow"]]);
  });
});

describe("a place its kind follows (venue.ts)", () => {
  test("'visited the Wonsan-Kalma resort' is at Kalma, not at the news's Moscow", () => {
    const text = [
      "Russian Foreign Minister Sergey Lavrov and North Korean Foreign Minister Choe Son Hui held talks in Moscow on Monday.",
      "The ministers last met in July, when Lavrov visited the Wonsan-Kalma resort on North Korea's east coast and was received by Kim Jong Un."
    ].join("\n");
    const found = mentions("en", text, "2025-10-27").filter((m) => m.sentence_id === "a-s002");
    expect(found.map(brief)).toEqual([["background", "2025-07-01", "month", "kalma"]]);
  });

  test("'received the Pyongyang delegation' names where the guests came from, not a venue", () => {
    const [m] = mentions("en", "Putin received the Pyongyang delegation in the Kremlin on Monday.", "2025-10-27");
    expect(m!.venue_id).toBe("kremlin");
  });
});

describe("an anniversary's date recalled from today (sentenceDates)", () => {
  test("after 'Tepat setahun lalu, Rabu (19/6/2024)', 'bulan ini' is the article's month, not June 2024", () => {
    const text = [
      "JAKARTA - Tepat setahun lalu, Rabu (19/6/2024), Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani perjanjian kemitraan strategis komprehensif di Pyongyang.",
      "Sekretaris Dewan Keamanan Rusia Sergei Shoigu bahkan dua kali datang ke Pyongyang bulan ini."
    ].join("\n");
    const found = mentions("id", text, "2025-06-19");
    expect(found.map((m) => [m.date_start, m.date_precision])).toEqual([
      ["2024-06-19", "day"],
      ["2025-06-01", "month"]
    ]);
  });
});

describe("a clause of the same time (lang/*/clause_openers.csv order 'same')", () => {
  test("'… pada Juli 2000, ketika Putin, yang baru beberapa bulan menjabat, menemui Kim Jong Il': July 2000, not a later meeting of the two", () => {
    const text = [
      "Kim Jong Il bertemu Presiden Dmitry Medvedev di Ulan-Ude, Rabu (24/8/2011).",
      "Kim terakhir kali ke Rusia pada Agustus 2002, saat ia bertemu Presiden Vladimir Putin di Vladivostok.",
      "Adapun kunjungan pertama pemimpin Kremlin ke Pyongyang terjadi pada Juli 2000, ketika Putin, yang baru beberapa bulan menjabat, menemui Kim Jong Il."
    ].join("\n");
    const found = mentions("id", text, "2011-08-24").filter((m) => m.sentence_id === "a-s003");
    // The visit and the meeting of its "ketika" clause: both of July 2000.
    expect(found.map((m) => [m.role, m.date_start, m.event_type])).toEqual([
      ["background", "2000-07-01", "visit"],
      ["background", "2000-07-01", "meeting"]
    ]);
    expect(found[1]!.people).toEqual(["kim-jong-il", "vladimir-putin"]);
  });

  test("'sejak' (since) is no clause of the same time: the first visit since 2000 is not dated 2000", () => {
    const found = mentions("id", "Kunjungan Putin ke Pyongyang pada Rabu (19/6/2024) adalah yang pertama sejak ia bertemu Kim Jong Il pada 2000.", "2024-06-19");
    expect(found.map((m) => m.date_start.slice(0, 4))).toContain("2024");
  });
});

describe("attending a parade abroad (lang/*/event_triggers.csv)", () => {
  test("'Shoigu attended a military parade in Pyongyang in July' is his trip to Pyongyang", () => {
    const text = [
      "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday.",
      "The visit comes three months after Russian Defense Minister Sergei Shoigu attended a military parade in Pyongyang in July."
    ].join("\n");
    const found = mentions("en", text, "2023-10-18").filter((m) => m.people.includes("sergey-shoigu"));
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id])).toEqual([["background", "visit", "2023-07-01", "pyongyang"]]);
  });

  test("'Shoigu menghadiri parade militer besar-besaran di Pyongyang pada Kamis malam … bersama Kim Jong Un'", () => {
    const found = mentions("id", "Menteri Pertahanan Rusia Sergei Shoigu menghadiri parade militer besar-besaran di Pyongyang pada Kamis malam bersama pemimpin Korea Utara Kim Jong Un.", "2023-07-27");
    expect(found.map((m) => [m.role, m.date_start, m.venue_id])).toEqual([["main", "2023-07-27", "pyongyang"]]);
  });
});

describe("the dead take no part in later meetings (gazetteer/people.csv 'died')", () => {
  test("'… ketika Kim Il Sung rutin bertemu para pemimpin Soviet' in a story of 2025 gives him no part in its news", () => {
    const text = [
      "Sekretaris Dewan Keamanan Rusia Sergei Shoigu bertemu Kim Jong Un di Pyongyang pada Selasa (17/6/2025).",
      "Para analis menilai kedekatan kedua negara mencapai titik tertinggi sejak era Uni Soviet, ketika Kim Il Sung rutin bertemu para pemimpin Soviet."
    ].join("\n");
    const people = mentionsOf(text, "2025-06-17", packs.get("id")).flatMap((m) => (m.date_start.startsWith("2025") || m.date_start === "" ? m.people : []));
    expect(people).not.toContain("kim-il-sung");
    expect(people).toContain("sergey-shoigu");
  });

  test("a meeting of his lifetime keeps him, dated or undated background", () => {
    const dated = mentions("en", "Kim Il Sung met Mikhail Gorbachev in Moscow in October 1986.", "2024-06-19");
    expect(dated.map((m) => [m.role, m.people])).toEqual([["background", ["kim-il-sung", "mikhail-gorbachev"]]]);
    const undated = mentions("en", "Putin arrived in Pyongyang on Wednesday.\nKim Il Sung had once met Soviet leaders in Moscow.", "2024-06-19").at(-1)!;
    expect([undated.role, undated.people.includes("kim-il-sung")]).toEqual(["background", true]);
  });
});

describe("a meeting of the two countries that names one side only (lang/*/both_countries.csv)", () => {
  test("'A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung, Kim Jong Il's' (cut)", () => {
    const text = ["Russian President Vladimir Putin met Kim Jong Il in Pyongyang on Wednesday.", "A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung, Kim Jong Il's"].join("\n");
    const last = mentions("en", text, "2000-07-20").at(-1)!;
    // The genitive at the cut describes someone the excerpt left out: Kim Jong Il is no participant of 1986.
    expect([...brief(last), last.people]).toEqual(["background", "1986-10-01", "month", "", ["kim-il-sung"]]);
  });

  test("'KTT antara kedua negara terakhir digelar pada Oktober 1986, ketika mendiang Kim Il Sung …'", () => {
    const text = ["Presiden Rusia Vladimir Putin bertemu Kim Jong Il di Pyongyang pada Rabu (19/7/2000).", "KTT antara kedua negara terakhir digelar pada Oktober 1986, ketika mendiang Kim Il Sung berada di Moskow."].join("\n");
    const last = mentions("id", text, "2000-07-20").at(-1)!;
    expect([last.role, last.date_start, last.people]).toEqual(["background", "1986-10-01", ["kim-il-sung"]]);
  });

  test("talks 'between the two countries' of one side and a third are no meeting of the two", () => {
    const found = mentions("en", "Kim Jong Un held talks with Donald Trump in Hanoi in February 2019, the second summit between the two countries.", "2019-04-25");
    expect(found).toEqual([]);
  });
});
