// What an anaphor points back to (events/anaphora/referent.ts findReferent): not a meeting of others that lacks the
// side a person of the anaphor's own clause is of; after a report that names no one ('Dua pesawat … tiba. Dalam
// pertemuan tersebut …'), the last report that names people.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const rows = (text: string) => mentionsOf(text, "2018-05-31", packs.get("en")).map((m) => [m.role, m.date_start.slice(0, 7), m.people.slice().sort().join("+")]);
const LEAD = "North Korean leader Kim Jong Un has met Russian Foreign Minister Sergei Lavrov in Pyongyang.\n";
const ITV = "North Korean leader Kim Jong Un has met Russia's foreign minister in Pyongyang.\nSergey Lavrov's visit suggests Russia wants a say.\nHe also expressed Moscow's support for an agreement Kim reached with South Korean President Moon Jae-in at a summit last month.\nVideo of the beginning of their meeting showed Mr Lavrov inviting Kim to Moscow and complimenting the North Korean leader.\nAccording to Russian media, he also discussed ways to expand relations during a meeting with Foreign Minister Ri Yong Ho.";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("an anaphor after a meeting of others", () => {
  test("'their meeting showed Mr Lavrov …' after Kim's summit with a South Korean president is no report of that summit", () => {
    const got = rows(ITV);
    expect(got.some((r) => r[2]!.includes("moon-jae-in"))).toBe(false);
    expect(got.some((r) => r[1] === "2018-04")).toBe(false);
  });

  test("so a later 'he … during a meeting with Ri' is not dated by the others' summit either", () => {
    expect(rows(ITV)).toContainEqual(["main", "2018-05", "ri-yong-ho+sergey-lavrov"]);
  });

  test("an anaphor whose clause names nobody of a missing side still goes on about the others' meeting (no report)", () => {
    const text = LEAD + "Kim Jong Un met US President Donald Trump in Singapore on June 12.\nTheir meeting lasted four hours.";
    const got = rows(text);
    expect(got.some((r) => r[2]!.includes("donald-trump"))).toBe(false);
    expect(got.filter((r) => r[1] === "2018-06")).toEqual([]);
  });
});

describe("an event anaphor after a report that names no one ('Dua pesawat … tiba. Dalam pertemuan tersebut …')", () => {
  test("goes on about the last report that names people, with its place", () => {
    const text =
      "Wakil Menteri Luar Negeri Korea Utara Choe Son-hee mengunjungi Moskow untuk pertemuan bilateral dengan Rusia.\nDua pesawat kargo telah tiba di Bandara Vladivostok pada Minggu (7/10/2018).\nDalam pertemuan tersebut Choe diperkirakan akan membahas sanksi.";
    const meeting = mentions(text, "").find((m) => m.evidence.startsWith("Dalam pertemuan"));
    expect(meeting?.venue_id).toBe("moscow");
  });
});
