// A meeting still to come: a modality after its noun ('akan', 'bakal dilaksanakan'), an invitation, a condition, a
// question of when.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as mentions } from "../../../helpers/mentions.ts";

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

describe("a meeting a speaker says 'will be' something", () => {
  test("inside the speaker's quotation, 'akan' after the meeting's noun: the meeting was still to come as he spoke", () => {
    const text = "Choe Son Hui tiba di Moskow pada Kamis (31/10).\n“Kami berharap perundingan kami dengan Menlu Lavrov akan menghasilkan kesepakatan penting,” kata Choe kepada wartawan.";
    expect(roles(text, "2024-10-31")).toEqual(["main", "planned"]);
    // A meeting noun glossed in brackets is still the subject the modal follows.
    const gloss = "Choe Son Hui tiba di Moskow pada Kamis (31/10).\n“Saya kira (perundingan) akan membuka babak baru dengan Menlu Lavrov,” kata Choe.";
    expect(roles(gloss, "2024-10-31")).toEqual(["main", "planned"]);
  });

  test("the same words in narration, or of the visit under way ('kunjungan Anda', 'hari ini'), stay a report", () => {
    expect(roles("Kantor berita KCNA menyebut kunjungan Lavrov ke Pyongyang akan memperkuat persahabatan kedua negara.", "2023-10-19")).toEqual(["main"]);
    const addressed = "“Kunjungan Anda ke Pyongyang hari ini akan menjadi tonggak sejarah,” kata Kim Jong Un kepada Putin pada Rabu (19/6).";
    expect(roles(addressed, "2024-06-19")).toEqual(["main"]);
  });
});
