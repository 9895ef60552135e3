// A trip at home (events/role/domestic-trip.ts): its subject, of the country of its place, makes no visit between the
// sides. Sentences are written for the tests; each test fails without the rule or data row it names, or guards what
// that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

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
