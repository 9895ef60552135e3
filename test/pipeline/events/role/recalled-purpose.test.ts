// A journey the article recalls took its purpose with it (events/role/recalled-purpose.ts): "X mengunjungi Y pada <tahun
// lampau> untuk bertemu dengan Z" names Z as one who took part in that past visit; a journey that is the news keeps
// its purpose as a plan.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const id = packs.get("id");

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

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

  // Talks that count only between the two sides ("berbicara dengan", "membahas", "to discuss") name only the
  // counterpart in their purpose clause: the one who travelled is theirs too (withTravellers).
  test("a recalled trip to talk with someone names them, though the talks clause names one side only", () => {
    const ms = mentionsOf("Lavrov dijadwalkan berkunjung ke Korea Utara pada Kamis (31/5/2018). Menlu Korea Utara Ri Yong Ho terbang ke Moskwa pada bulan April lalu untuk berbicara dengan Lavrov.", "2018-05-30", id);
    const recalled = ms.find((m) => m.role === "background");
    expect(recalled?.venue_id).toBe("moscow");
    expect(recalled?.people).toEqual(["ri-yong-ho", "sergey-lavrov"]);
  });

  test("so does 'membahas … dengan' after a visit of a past month", () => {
    const ms = mentionsOf("Choe Son Hui mengunjungi Moskwa pada November 2024 untuk membahas kerja sama dengan Lavrov.", "2025-05-30", id);
    expect(ms.map((m) => [m.role, m.people])).toEqual([["background", ["choe-son-hui", "sergey-lavrov"]]]);
  });

  test("and 'to discuss … with' in English", () => {
    const ms = mentionsOf("Ri Yong Ho travelled to Moscow in April 2018 to discuss the peninsula with Lavrov.", "2019-05-30", packs.get("en"));
    expect(ms.map((m) => [m.role, m.people])).toEqual([["background", ["ri-yong-ho", "sergey-lavrov"]]]);
  });

  test("talks with a third country's officials on that trip add no one", () => {
    const ms = mentionsOf("Ri Yong Ho visited Moscow in April 2018 to discuss sanctions with Chinese officials.", "2019-05-30", packs.get("en"));
    expect(ms.map((m) => [m.role, m.people])).toEqual([["background", ["ri-yong-ho"]]]);
  });

  test("what a journey that is the news is for adds no talks of its own", () => {
    const ms = mentionsOf("Menteri Luar Negeri Sergei Lavrov tiba di Pyongyang pada Kamis (2/5/2024) untuk berbicara dengan Choe Son Hui.", "2024-05-02", id);
    expect(ms.map((m) => [m.role, m.event_type, m.people])).toEqual([["main", "arrival", ["sergey-lavrov"]]]);
  });
});

describe("what a journey told as history was for ('pernah berkunjung ke Pyongyang … untuk bertemu dengan …')", () => {
  test("is history with it: the one met takes part in the past visit", () => {
    const text = "Putin akan datang lagi ke Korea Utara tahun depan.\nIa pernah berkunjung ke Pyongyang pada Juli 2000 untuk bertemu dengan Kim Jong Il.";
    const past = mentions(text, "2023-09-20").find((m) => m.date_start.startsWith("2000-07"));
    expect(past?.people).toEqual(expect.arrayContaining(["vladimir-putin", "kim-jong-il"]));
  });

  test("leaves what a journey now reported is for still to come: the one to be met takes no part yet", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Kamis (10/7/2025) untuk bertemu dengan Kim Jong Un.";
    const rows = mentions(text, "2025-07-10");
    expect(rows.filter((m) => m.role === "main").flatMap((m) => m.people)).not.toContain("kim-jong-un");
  });
});
