// invitation-reason.ts: an invitation named as what a trip was made at ('atas undangan', 'at the invitation of') is
// the trip's circumstance, no visit still to come.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const brief = (lang: "id" | "en", text: string, published: string) => mentionsIn(lang, text, published).map((m) => [m.role, m.date_start, [...m.people].sort()]);

describe("a trip told with the invitation it was made at", () => {
  test.each([
    ["id", "Sergei Lavrov berkunjung ke Pyongyang atas undangan Menteri Luar Negeri Korea Utara Ri Yong Ho pada Kamis (31/5/2018)."],
    ["id", "Sergei Lavrov datang atas undangan Menteri Luar Negeri Korea Utara Ri Yong Ho pada Kamis (31/5/2018)."],
    ["en", "Sergei Lavrov arrived in Pyongyang at the invitation of North Korean Foreign Minister Ri Yong Ho on Thursday, May 31, 2018."]
  ] as const)("is a trip that happened on its day, with its host, and no plan (%s)", (lang, text) => {
    const rows = brief(lang, text, "2018-06-01");
    expect(new Set(rows.map(([role, date]) => `${role} ${date}`))).toEqual(new Set(["main 2018-05-31"]));
    expect(new Set(rows.flatMap(([, , people]) => people))).toEqual(new Set(["ri-yong-ho", "sergey-lavrov"]));
  });

  test("an invitation on its own is still of a visit to come", () => {
    expect(mentionsIn("id", "Menteri Luar Negeri Korea Utara Ri Yong Ho mengundang Sergei Lavrov ke Pyongyang.", "2018-04-10").map((m) => m.role)).toEqual(["planned"]);
  });
});
