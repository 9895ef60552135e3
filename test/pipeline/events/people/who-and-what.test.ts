// Who met, and what the meeting was.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

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
