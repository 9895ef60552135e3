// Shapes left by the held-out round holdout6 of 2026-12-02 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the rule it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a period's own years ('Perang Korea yang berlangsung antara tahun 1950 dan 1953', period_nouns.csv)", () => {
  test("date no meeting that an anaphor in the sentence names", () => {
    const text =
      "Kim Jong Un menerima Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang pada Rabu (26/7/2023).\nPertemuan itu digelar ketika Korea Utara memperingati gencatan senjata dalam Perang Korea yang berlangsung antara tahun 1950 dan 1953.";
    const rows = mentions(text, "2023-07-27");
    expect(rows.filter((m) => m.date_start.startsWith("195"))).toEqual([]);
  });
});

describe("a comparative pro-verb ('…, seperti yang dilakukannya pada kunjungan terakhirnya', comparative_proverbs.csv)", () => {
  test("gives the compared visit the people of the clause it repeats", () => {
    const text =
      "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Senin (14/10/2024).\nBelum pasti apakah Lavrov akan bertemu Kim Jong Un kali ini, seperti yang dilakukannya pada kunjungan terakhirnya ke Pyongyang pada 2018.";
    const past = mentions(text, "2024-10-15").find((m) => m.role === "background" && m.date_start.startsWith("2018"));
    expect(past?.people).toEqual(expect.arrayContaining(["sergey-lavrov", "kim-jong-un"]));
  });
});

describe("an event anaphor after a report that names no one ('Dua pesawat … tiba. Dalam pertemuan tersebut …')", () => {
  test("goes on about the last report that names people, with its place", () => {
    const text =
      "Wakil Menteri Luar Negeri Korea Utara Choe Son-hee mengunjungi Moskow untuk pertemuan bilateral dengan Rusia.\nDua pesawat kargo telah tiba di Bandara Vladivostok pada Minggu (7/10/2018).\nDalam pertemuan tersebut Choe diperkirakan akan membahas sanksi.";
    const meeting = mentions(text, "").find((m) => m.evidence.startsWith("Dalam pertemuan"));
    expect(meeting?.venue_id).toBe("moscow");
  });
});

describe("a head of state of the travelling side in a story of a minister's trip", () => {
  test("is on a trip of their own, not a participant of the minister's news", () => {
    const text =
      "Kim Jong Un bertemu Sekretaris Dewan Keamanan Rusia Sergei Shoigu di Pyongyang pada Rabu.\nKedua negara menandatangani perjanjian pertahanan tahun lalu. Salah satu pasalnya mengatur pertahanan bersama, selama kunjungan Presiden Rusia Vladimir Putin ke negara tersebut.";
    const withPutin = mentions(text, "2025-06-05").filter((m) => m.people.includes("vladimir-putin"));
    expect(withPutin.map((m) => m.role)).not.toContain("main");
  });
});

describe("the romanisation 'Choe Son-hee' (person_aliases.csv)", () => {
  test("is the North Korean diplomat Choe Son-hui", () => {
    const [m] = mentions("Choe Son-hee bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Moskow pada Senin (8/10/2018).", "2018-10-09");
    expect(m!.people).toContain("choe-son-hui");
  });
});
