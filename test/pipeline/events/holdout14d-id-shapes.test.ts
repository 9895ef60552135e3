// Shapes left by the held-out round 2026-12-03-idd (Indonesian pages, kept as test/fixtures/heldout/2026-12-03-idd):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";
import { pageInput, resources } from "../../helpers/pipeline-page.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
/** The whole pipeline on one Indonesian page the source log gives no date (the timeline's rules need it). */
const undated = (text: string) => runPipeline(pageInput(text, "id"), resources);

describe("'berkeliling' (to go round a place together; event_triggers.csv)", () => {
  test("is a meeting when people of both countries are named: the host takes the guest round", () => {
    const text = "Kim Jong Un pada Kamis (27/7/2023) mengajak Sergei Shoigu berkeliling sebuah pabrik di Pyongyang.";
    const rows = mentions(text, "2023-07-28").filter((m) => m.role !== "planned");
    expect(rows.map((m) => [m.date_start, [...m.people].sort()])).toEqual([["2023-07-27", ["kim-jong-un", "sergey-shoigu"]]]);
  });

  test("is none for one side's own tour", () => {
    expect(mentions("Vladimir Putin pada Senin (3/7/2023) berkeliling kota Moskow.", "2023-07-04")).toEqual([]);
  });
});

describe("a yearless month of a visitor's trip to the other side's city, the host not named in its sentence (events/timing/known-stated.ts)", () => {
  test("takes the year of the one meeting of the timeline that has that visitor at that place in that month", () => {
    // Shoigu was in Pyongyang in July only in 2023 (data/lexicon/known_meetings.csv); Kim is named elsewhere only.
    const r = undated("Kim Jong Un menerima tamu dari Moskow.\nShoigu pernah datang ke Pyongyang pada bulan Juli.\n");
    const trip = r.mentions.find((m) => m.evidence.startsWith("Shoigu"));
    expect([trip?.date_start, trip?.date_end]).toEqual(["2023-07-25", "2023-07-27"]);
  });

  test("gives its year to the next sentence that goes on from it by a time anaphor ('Saat itu, …')", () => {
    const r = undated("Shoigu pernah datang ke Pyongyang pada bulan Juli.\nSaat itu, ia bertemu Kim Jong Un di sebuah pameran.\n");
    expect(r.mentions.map((m) => [m.date_start, m.date_end])).toEqual([
      ["2023-07-25", "2023-07-27"],
      ["2023-07-25", "2023-07-27"]
    ]);
  });

  test("gives nothing to a time anaphor after a report the timeline did not date", () => {
    const r = undated("Shoigu pernah datang ke Pyongyang pada bulan Juni.\nSaat itu, ia bertemu Kim Jong Un di sebuah pameran.\n");
    expect(r.mentions.map((m) => m.date_start)).toEqual(["", ""]);
  });

  test("stays undated when the timeline has that visitor there in that month of two years", () => {
    // Shoigu was in Pyongyang on 4 and on 17 June 2025 only: one year, two meetings, so still no single meeting.
    const r = undated("Shoigu pernah datang ke Pyongyang pada bulan Juni.\n");
    expect(r.mentions.map((m) => m.date_start)).toEqual([""]);
  });

  test("leaves a host named alone at home undated: Kim in Pyongyang is no visitor", () => {
    const r = undated("Kim Jong Un berada di Pyongyang pada bulan Juli dan bertemu delegasi Rusia.\n");
    expect(r.mentions.every((m) => m.date_start === "")).toBe(true);
  });
});

describe("a trip at home, its subject of the country of its place (events/role/domestic-trip.ts)", () => {
  test("is no meeting: a leader's visit to a factory in his own capital", () => {
    const text = "Pemimpin Korea Utara, Kim Jong Un, mengunjungi sebuah pabrik tekstil di Pyongyang pada 26 Oktober 2014.";
    expect(mentions(text, "2014-10-27")).toEqual([]);
  });

  test("is still a meeting when the visitor is of the other side", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov mengunjungi Pyongyang pada 18 Oktober 2023.";
    expect(mentions(text, "2023-10-19").map((m) => m.date_start)).toEqual(["2023-10-18"]);
  });

  test("is still a meeting when the named person only speaks of someone else's visit", () => {
    const text = "\"Sebagai hasil kunjungan Anda ke Rusia tahun lalu, hubungan kita maju pesat,\" kata Putin pada 19 Juni 2024.";
    expect(mentions(text, "2024-06-19").length).toBe(1);
  });
});

describe("a place the lead names as where someone or something came from (lead-places.ts; origin_prepositions.csv)", () => {
  test("is not where the news happened: aid from a capital", () => {
    const text = "Kim Jong Un bertemu Sergei Shoigu pada Jumat (13/9/2024).\nKorea Utara disebut menerima bantuan militer dari Moskow.";
    const news = mentions(text, "2024-09-14").find((m) => m.role === "main");
    expect(news?.venue_id).not.toBe("moscow");
  });

  test("is where the news happened when a trip came back from it ('kembali dari Moskow')", () => {
    const text = "Choe Son Hui bertemu Sergei Lavrov pada Jumat (1/11/2024).\nIa kembali dari Moskow pada Senin.";
    const news = mentions(text, "2024-11-04").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("moscow");
  });

  test("in English too", () => {
    const text = "Kim Jong Un met Sergei Shoigu on Friday, September 13, 2024.\nNorth Korea is said to receive military aid from Moscow.";
    const news = mentionsOf(text, "2024-09-14", packs.get("en")).find((m) => m.role === "main");
    expect(news?.venue_id).not.toBe("moscow");
  });
});

describe("a pronoun subject after a sentence whose own subject was a pronoun (events/mentions.ts)", () => {
  test("is still the person the story is about, not the last person that sentence named", () => {
    const text = "Kim Jong Un tiba di Khasan pada Selasa (12/9/2023).\nDia juga bertemu dengan Menteri Sumber Daya Alam Rusia Alexander Kozlov.\nIa akan bertemu dengan Vladimir Putin pekan ini.";
    const plan = mentions(text, "2023-09-13").find((m) => m.role === "planned");
    expect([...(plan?.people ?? [])].sort()).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("in English too", () => {
    const text = "Kim Jong Un arrived in Khasan on Tuesday, September 12, 2023.\nHe also met Natural Resources Minister Alexander Kozlov.\nHe will meet Vladimir Putin later this week.";
    const plan = mentionsOf(text, "2023-09-13", packs.get("en")).find((m) => m.role === "planned");
    expect([...(plan?.people ?? [])].sort()).toEqual(["kim-jong-un", "vladimir-putin"]);
  });
});

describe("'memasuki' (to enter) with the country entered (event_triggers.csv)", () => {
  test("is an arrival: a train entering a country", () => {
    const rows = mentions("Kereta api khusus Kim Jong Un memasuki Rusia pada Selasa (12/9/2023).", "2023-09-13");
    expect(rows.map((m) => [m.role, m.date_start, m.venue_id, m.people.join("+")])).toEqual([["main", "2023-09-12", "russia", "kim-jong-un"]]);
  });

  test("is none without a place entered ('memasuki babak baru', a new phase)", () => {
    expect(mentions("Hubungan Kim Jong Un dan Vladimir Putin memasuki babak baru pada Rabu (19/6/2024).", "2024-06-20")).toEqual([]);
  });
});

describe("'terakhir' right before the verb ('terakhir mengunjungi', last visited; modality.csv)", () => {
  test("is an earlier visit, not the news, on a page that gives no date of its own", () => {
    const r = undated("Kereta Kim Jong Il memasuki Rusia.\nKim terakhir mengunjungi Rusia pada tahun 2002, ketika ia bertemu Vladimir Putin di Vladivostok.\n");
    const last = r.mentions.find((m) => m.date_start.startsWith("2002"));
    expect(last?.role).toBe("background");
    // The undated news is its own event, not a part of the 2002 one.
    const news = r.mentions.find((m) => m.role === "main");
    expect(news?.event_id).not.toBe(last?.event_id);
  });

  test("is not 'the last (four years)' before another word ('dalam empat tahun terakhir dan kunjungan …')", () => {
    const text = "Kim Jong Un tiba di Khasan pada Selasa (12/9/2023).\nIni kunjungan pertamanya ke Rusia dalam empat tahun terakhir dan kunjungan luar negeri pertamanya.";
    expect(mentions(text, "2023-09-13").every((m) => m.role === "main")).toBe(true);
  });
});
