// Under news of a plan, an undated held report of the two sides is the meeting the plan was told at, on its day
// (events/role/held-under-plan.ts, used in resolve.ts).
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const rows = (text: string) => mentionsOf(text, "", packs.get("id")).map((m) => [m.role, m.date_start, m.people.slice().sort().join("+")]);

describe("an undated held report under planned news (held-under-plan.ts)", () => {
  const HEADLINE = "Putin Terima Undangan Kim Jong Un untuk Kunjungi Korea Utara\n";
  const CAPTION = "Kim Jong Un mengadakan pertemuan puncak dengan Presiden Rusia Vladimir Putin di Vostochny pada 13 September 2023.\n";

  test("takes the day of the held meeting told before it", () => {
    const got = rows(HEADLINE + CAPTION + "Kim melakukan kunjungan ke wilayah timur jauh Rusia bersama Putin.\nSetelah pertemuan kedua pemimpin tersebut, Kim mengundang Putin.");
    const held = got.filter((r) => r[0] === "main");
    expect(held.length).toBeGreaterThan(1);
    expect(held.every((r) => r[1] === "2023-09-13")).toBe(true);
    expect(got.some((r) => r[0] === "planned")).toBe(true);
  });

  test("stays undated with no held meeting of the two sides dated before it", () => {
    const got = rows(HEADLINE + "Kim melakukan kunjungan ke wilayah timur jauh Rusia bersama Putin.");
    expect(got.filter((r) => r[0] === "main" && r[1] !== "")).toEqual([]);
  });
});
