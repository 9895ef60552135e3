// An invitation given at a meeting: the meeting named as its occasion happened; the visit invited to is to come.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as mentions } from "../../../helpers/mentions.ts";

const roles = (text: string, published: string) => mentions(text, published).map((m) => m.role);

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
