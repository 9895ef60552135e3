// Shapes found by the evaluation on real Indonesian pages of 2026-12-02 (stored pages of Okezone, VIVA, detik,
// Tribun, Kompas, Liputan6, ANTARA, Alinea, RMOL, IDN Times, KBS World and machine-translated sites; the pages
// themselves stay outside the repository): each test is one general shape, in sentences written for the test, and
// fails without the rule it names.
import { describe, expect, test } from "vitest";
import { chooseAnchor } from "../../../src/pipeline/dates.ts";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("id"));
const roles = (text: string, published: string) => mentions(text, published).map((m) => m.role);

describe("a meeting still to come", () => {
  test("'bakal dilaksanakan', 'akan dilaksanakan' after the meeting's noun: the meeting is to come", () => {
    expect(roles("Kremlin mengumumkan pada Senin (2/6) bahwa kunjungan Lavrov ke Pyongyang bakal dilaksanakan pekan depan.", "2025-06-02")).toEqual(["planned"]);
    expect(roles("Kemlu Rusia menyebut pertemuan Choe Son Hui dan Lavrov akan dilaksanakan di Moskow.", "2024-10-30")).toEqual(["planned"]);
  });

  test("'mengajak … untuk berkunjung' is an invitation, 'mungkin menandatangani' a possibility", () => {
    expect(roles("Shoigu mengajak Menteri Pertahanan Korea Utara No Kwang Chol untuk berkunjung ke Moskow.", "2024-09-14")).toEqual(["planned"]);
    expect(roles("Belousov dan Kim Jong Un mungkin menandatangani protokol kerja sama militer di Pyongyang.", "2024-11-29")).toEqual(["planned"]);
  });

  test("a meeting under a condition ('jika', 'apabila') has not happened", () => {
    const text = "Kim Jong Il bertemu Putin di Vladivostok pada 2002.\nPara pedagang kota itu mengaku gembira jika keduanya kembali bertemu di kota itu.";
    expect(roles(text, "2019-04-19")).toEqual(["background", "planned"]);
  });

  test("'kapan kunjungan … akan/bakal terealisasi' asks when a visit will come about", () => {
    for (const modal of ["akan", "bakal"]) {
      const text = `Putin bertemu Kim Jong Un pada Rabu (13/9).\nPeskov enggan menyebut kapan kunjungan Putin ke Pyongyang ini ${modal} terealisasi.`;
      expect(roles(text, "2023-09-14"), modal).toEqual(["main", "planned"]);
    }
  });
});

describe("where a meeting was", () => {
  test("a country joined by a dash to the other ('KTT Rusia-Korea Utara') names the pair, not the venue", () => {
    const found = mentions("KTT Rusia-Korea Utara Rampung, Kim Jong Un Berterima Kasih kepada Putin", "2019-04-25");
    expect(found.map((m) => [m.role, m.venue_id])).toEqual([["main", ""]]);
    // A country right after the noun, alone, is still where the meeting was.
    expect(mentions("Kunjungan Rusia oleh Kim Jong Un berakhir pada Jumat (26/4).", "2019-04-26").map((m) => m.venue_id)).toEqual(["russia"]);
  });
});

describe("someone else's meeting", () => {
  test("a meeting noun followed by its own pair of one side and a third country ('pertemuan Kim dengan Presiden China Xi') is theirs", () => {
    const text = "Lavrov memuji pertemuan bersejarah Kim Jong Un dengan Presiden China Xi Jinping di Beijing pada Selasa (8/1).";
    expect(mentions(text, "2019-01-10")).toEqual([]);
    // The two sides' own pair is a meeting of theirs.
    const own = mentions("Lavrov memuji pertemuan Kim Jong Un dengan Putin di Vladivostok pada Kamis (25/4).", "2019-04-27");
    expect(own.map((m) => m.people.includes("kim-jong-un") && m.people.includes("vladimir-putin"))).toEqual([true]);
  });
});

describe("an archive photo's caption", () => {
  const caption = "Foto arsip - Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertemu di Pulau Russky, Vladivostok (25/4/2019).";

  test("its date does not anchor an article that gives no other", () => {
    const body = `${caption}\nRusia dan Korea Utara pada Jumat menandatangani perjanjian kerja sama.`;
    expect(chooseAnchor({ published: "", bodyText: body, pack: packs.get("id") })).toBeNull();
    // Without the archive mark, the caption's day is the article's.
    expect(chooseAnchor({ published: "", bodyText: body.replace("Foto arsip - ", ""), pack: packs.get("id") })?.date).toBe("2019-04-25");
  });

  test("its meeting is an earlier one, and its place is not where the news happened", () => {
    const found = mentions(`${caption}\nMenteri Luar Negeri Sergei Lavrov dan Choe Son Hui pada Jumat menandatangani protokol kerja sama.`, "2024-11-01");
    expect(found.map((m) => [m.role, m.venue_id])).toEqual([
      ["background", "russky-island"],
      ["main", ""]
    ]);
  });
});

describe("'Saat itu' after a sentence that states a time", () => {
  test("'at that time' is the time stated just before when no meeting told there has it", () => {
    const text = "Ini lawatan pertama Lavrov ke Korea Utara sejak 2018.\nSaat itu Lavrov bertemu Kim Jong Un di Pyongyang.";
    const found = mentions(text, "2023-10-19");
    expect(found.at(-1)).toMatchObject({ role: "background", date_start: "2018-01-01", date_end: "2018-12-31" });
  });
});
