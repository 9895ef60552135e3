// The whole extractor on earlier meetings a story recalls: a head of state's own earlier trip is no part of a
// minister's news. Sentences are written for the tests; each test fails without the rule or data row it names, or
// guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a head of state of the travelling side in a story of a minister's trip", () => {
  test("is on a trip of their own, not a participant of the minister's news", () => {
    const text =
      "Kim Jong Un bertemu Sekretaris Dewan Keamanan Rusia Sergei Shoigu di Pyongyang pada Rabu.\nKedua negara menandatangani perjanjian pertahanan tahun lalu. Salah satu pasalnya mengatur pertahanan bersama, selama kunjungan Presiden Rusia Vladimir Putin ke negara tersebut.";
    const withPutin = mentions(text, "2025-06-05").filter((m) => m.people.includes("vladimir-putin"));
    expect(withPutin.map((m) => m.role)).not.toContain("main");
  });
});
