// A document's date is not an event's (events/timing/document-signing.ts, lang/*/document_nouns.csv). Sentences are
// written for the tests; each test fails without the rule or data row it names, or guards what that rule must leave
// alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn, mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);

describe("a document's date is not an event's (events/timing/document-signing.ts, lang/*/document_nouns.csv)", () => {
  test("'… in line with their treaty signed last June' is no signing by the sentence's subject", () => {
    const text = "Lavrov held talks with Choe Son Hui in Moscow on Friday and they agreed to act in line with their treaty signed last June.";
    expect(mentions(text, "2025-03-16").map((m) => [m.event_type, m.date_start])).toEqual([["talks", "2025-03-14"]]);
  });

  test("'follow-up efforts for last year's treaty' does not date the visit", () => {
    const text = "Shoigu's visit to Pyongyang is part of the follow-up efforts for last year's treaty.";
    expect(mentions(text, "2025-03-16").map((m) => [m.role, m.date_start])).toEqual([["main", "2025-03-16"]]);
  });

  test("a treaty signed by named leaders is still their signing", () => {
    const text = "Lavrov praised the treaty signed by Putin and Kim Jong Un in Pyongyang last June.";
    expect(mentions(text, "2025-03-16").some((m) => m.event_type === "signing" && m.people.includes("vladimir-putin"))).toBe(true);
  });
});

describe("a signing that names a co-signer keeps the subject as a signer", () => {
  const rows = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2024-06-20").map((m) => [m.event_type, m.date_start, m.people.slice().sort().join("+")]);

  test("'the treaty signed with Putin on Wednesday' (en)", () => {
    expect(rows("en", "Kim Jong Un hailed the treaty signed with Putin on Wednesday as the strongest ever.")).toEqual([["signing", "2024-06-19", "kim-jong-un+vladimir-putin"]]);
  });

  test("'perjanjian yang ditandatangani bersama Putin' (id)", () => {
    expect(rows("id", "Kim Jong Un menyebut perjanjian yang ditandatangani bersama Putin pada Rabu (19/6/2024) sebagai yang terkuat.")).toEqual([["signing", "2024-06-19", "kim-jong-un+vladimir-putin"]]);
  });

  test("no co-signer named: the subject who only names the treaty is no signer", () => {
    expect(rows("id", "Kim Jong Un menyebut perjanjian ini sebagai perjanjian terkuat yang pernah ditandatangani antara kedua negara.")).toEqual([]);
  });
});
