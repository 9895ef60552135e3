// The one whose good wishes are conveyed is not at the meeting (lang/*/relation_nouns.csv: "harapan baik dari",
// "ucapan selamat dari", "good wishes from", "best wishes from", as "salam dari" and "greetings from").
import { expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

test.each([
  ["id", "Menteri Luar Negeri Korea Utara Choe Son Hui bertemu Presiden Rusia Vladimir Putin di Kremlin pada Senin (4/11/2024) dan menyampaikan harapan baik dari pemimpin Korea Utara Kim Jong Un."],
  ["id", "Menteri Luar Negeri Korea Utara Choe Son Hui bertemu Presiden Rusia Vladimir Putin di Kremlin pada Senin (4/11/2024) dan menyampaikan ucapan selamat dari Kim Jong Un."],
  ["en", "North Korean Foreign Minister Choe Son Hui met Russian President Vladimir Putin at the Kremlin on Monday, November 4, 2024, and conveyed good wishes from Kim Jong Un."],
  ["en", "North Korean Foreign Minister Choe Son Hui met Russian President Vladimir Putin at the Kremlin on Monday, November 4, 2024, and passed on best wishes from Kim Jong Un."]
])("the sender of wishes takes no part (%s): %s", (lang, text) => {
  const rows = mentionsOf(text, "2024-11-05", packs.get(lang));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((m) => !m.people.includes("kim-jong-un"))).toBe(true);
  expect(rows.every((m) => m.people.includes("choe-son-hui") && m.people.includes("vladimir-putin"))).toBe(true);
});
