// A journey the article recalls took its purpose with it (events/role/recalled-purpose.ts): "X mengunjungi Y pada <tahun
// lampau> untuk bertemu dengan Z" names Z as one who took part in that past visit; a journey that is the news keeps
// its purpose as a plan.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const id = packs.get("id");

describe("the purpose of a recalled journey happened with it", () => {
  test("a visit dated years before the story names the one it was made to meet", () => {
    const ms = mentionsOf("Presiden Putin pernah menjadi tamu di Korea Utara. Ia mengunjungi Pyongyang pada bulan Juli 2000 untuk bertemu dengan Kim Jong Il.", "2024-03-02", id);
    const recalled = ms.find((m) => m.date_start.startsWith("2000-07"));
    expect(recalled?.role).toBe("background");
    expect(recalled?.people).toEqual(["kim-jong-il", "vladimir-putin"]);
  });

  test("an arrival that is the news keeps what it is for still to come", () => {
    const ms = mentionsOf("Menteri Luar Negeri Sergei Lavrov tiba di Pyongyang pada Kamis (2/5/2024) untuk bertemu dengan Kim Jong Un.", "2024-05-02", id);
    const held = ms.filter((m) => m.role !== "planned");
    // The arrival itself is read as held: without it the check below would pass on nothing.
    expect(held.some((m) => m.people.includes("sergey-lavrov"))).toBe(true);
    expect(held.every((m) => !m.people.includes("kim-jong-un"))).toBe(true);
  });
});
