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

describe("a date inside a document's noun phrase is the document's (datesDocument)", () => {
  const rows = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2013-06-20").map((m) => [m.event_type, m.date_start]);
  test("'the declaration of Sept 19, 2005': after the noun and a linking word", () => {
    expect(rows("en", "Lavrov and Choe Son Hui held talks on the basis of principles agreed in the declaration of Sept 19, 2005.")).toEqual([["talks", "2013-06-20"]]);
    expect(rows("id", "Lavrov dan Choe Son Hui berunding atas dasar prinsip dalam deklarasi tanggal 19 September 2005.")).toEqual([["negotiation", "2013-06-20"]]);
  });
  test("guard: 'signed an agreement on Tuesday' dates the signing ('on' links no document's date)", () => {
    expect(rows("en", "Lavrov and Choe Son Hui signed an agreement on Tuesday.")).toEqual([["signing", "2013-06-18"]]);
    expect(rows("id", "Lavrov dan Choe Son Hui menandatangani perjanjian pada Selasa (18/6).")).toEqual([["signing", "2013-06-18"]]);
  });
  test("guard: a trigger between the date and the noun, or right before the noun, takes the date ('the June 19 signing of the treaty', 'penandatanganan perjanjian tanggal 19 Juni')", () => {
    const signing = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2024-06-25").filter((m) => m.event_type === "signing").map((m) => [m.role, m.date_start]);
    const en = "Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Moscow on Monday.\nBoth ministers had attended the June 19 signing of the treaty in Pyongyang by Putin and Kim Jong Un.";
    const id = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Senin (24/6).\nKeduanya hadir dalam penandatanganan perjanjian tanggal 19 Juni di Pyongyang oleh Putin dan Kim Jong Un.";
    expect(signing("en", en)).toEqual([["main", "2024-06-19"]]);
    expect(signing("id", id)).toEqual([["main", "2024-06-19"]]);
  });
});

describe("the signing of a document an anniversary marks, told with nobody, is no meeting (signingOfDocument)", () => {
  const rows = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2023-07-27").map((m) => [m.event_type, m.date_start]);
  test("'the anniversary of the signing of the July 27, 1953, Korean War armistice': no signing, dated or not", () => {
    // (The date between the determiner and the armistice is the armistice's; the signing left names nobody.)
    const text = "Kim Jong Un gave Russia's Defense Minister Sergei Shoigu a tour of North Korea's newest weaponry on Thursday, state media reported.\nThe Russian minister and a high-ranking Chinese delegation are in Pyongyang as the country marks the 70th anniversary of the signing of the July 27, 1953, Korean War armistice.";
    expect(rows("en", text).filter(([t]) => t === "signing")).toEqual([]);
  });
  test("guard: a signing told as the news with countries for subjects is still the news", () => {
    expect(rows("en", "Russia, DPRK sign partnership treaty\nRussia and North Korea on Wednesday signed a partnership treaty during Vladimir Putin's visit to Pyongyang.").map(([t]) => t)).toEqual(["signing", "signing"]);
  });
  test("guard: a signing people attended, or one with an agent, is still a report", () => {
    expect(rows("en", "Kim Jong Un and Vladimir Putin attended the signing of the agreement in Moscow on Tuesday.")).toEqual([["signing", "2023-07-25"]]);
    expect(rows("en", "Lavrov praised the signing by Putin and Kim Jong Un of the treaty in Pyongyang on June 19, 2024.").map(([t]) => t)).toContain("signing");
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
