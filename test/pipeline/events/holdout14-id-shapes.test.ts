// Shapes left by the held-out round holdout14id of 2026-12-03 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a news report that names only the host country, under a dateline in a city of it (events/resolve.ts)", () => {
  test("takes the dateline's city: the country says no more than who hosted", () => {
    const text = "MOSKWA - Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia dan bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada Jumat (1/11/2024).\nKeduanya membahas kerja sama kedua negara.";
    const news = mentions(text, "2024-11-02").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("moscow");
  });

  test("keeps the country when the dateline's city is in another country (a desk abroad)", () => {
    const text = "SEOUL - Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia dan bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada Jumat (1/11/2024).\nKeduanya membahas kerja sama kedua negara.";
    const news = mentions(text, "2024-11-02").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("russia");
  });
});
