// Shapes left by the first evaluation on real Indonesian pages of 2026-12-02 and fixed in its second round (the
// pages stay outside the repository): each test is one general shape, in sentences written for the test, and fails
// without the rule it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("id"));
const roles = (text: string, published: string) => mentions(text, published).map((m) => m.role);

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

describe("an invitation given at a meeting", () => {
  test("the meeting named as the invitation's occasion ('pada akhir', 'di sela') happened; the visit invited to is to come", () => {
    for (const occasion of ["pada akhir", "di sela"]) {
      const text = `Undangan itu disampaikan Choe Son Hui ${occasion} pertemuan dengan Menlu Lavrov di Moskow, Jumat (1/11).`;
      expect(mentions(text, "2024-11-02").map((m) => [m.role, m.venue_id]), occasion).toEqual([
        ["planned", ""],
        ["main", "moscow"]
      ]);
    }
    // Without the occasion, the meeting after the invitation is the one invited to.
    expect(roles("Undangan Choe kepada Lavrov untuk pertemuan di Pyongyang disampaikan pada Jumat (1/11).", "2024-11-02")).toEqual(["planned"]);
  });
});
