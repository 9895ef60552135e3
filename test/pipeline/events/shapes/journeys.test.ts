// The whole extractor on journeys (lang/*/event_triggers.csv): flying to, crossing over to, entering a country, a train
// crossing into it, travel at someone's invitation. Sentences are written for the tests; each test fails without the
// rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { held, mentionsOf, packs, mentionsIn, rows } from "../../../helpers/mentions.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

describe("'menyeberang menuju' (to cross over heading for a place; event_triggers.csv)", () => {
  test("is a journey on its way, so the meeting it is for is still ahead", () => {
    const text = "Kereta Kim Jong Un menyeberang menuju Khabarovsk pada Selasa (23/4/2019) untuk bertemu Presiden Vladimir Putin.";
    const rows = held(text, "2019-04-23");
    expect(rows.filter((m) => m[0] === "meeting")).toEqual([]);
    expect(rows).toContainEqual(["departure", "2019-04-23", ["kim-jong-un"]]);
  });

  test("is nothing without the place it heads for", () => {
    expect(held("Kim Jong Un menyeberang menuju tahap baru hubungan kedua negara.", "2019-04-23")).toEqual([]);
  });
});

describe("'terbang ke' a place is a journey (event_triggers.csv 'terbang')", () => {
  test("a flight to the other side's capital is the trip", () => {
    expect(rows("Menteri Luar Negeri Korea Utara Choe Son Hui terbang ke Moskwa pada Senin (13/1/2025).", "2025-01-14")).toEqual([["main", "moscow", "choe-son-hui"]]);
  });

  test("'terbang' with nowhere to go is none", () => {
    expect(rows("Menteri Luar Negeri Korea Utara Choe Son Hui jarang terbang dengan pesawat asing.", "2025-01-14")).toEqual([]);
  });
});

describe("'at the invitation of' is the reason of a journey that happened (lang/en/event_triggers.csv)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

  test("'arrived in Pyongyang on Thursday at the invitation of Ri Yong Ho' is one arrival of both, held", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday at the invitation of Ri Yong Ho.", "2018-05-31")).toEqual([["2018-05-31", "main", ["ri-yong-ho", "sergey-lavrov"]]]);
  });

  test("a modal still plans it, and an invitation given is still of a visit to come", () => {
    expect(read("Sergey Lavrov will visit Pyongyang next week at the invitation of Ri Yong Ho.", "2018-05-31").map((r) => r[1])).toEqual(["planned"]);
    expect(read("Vladimir Putin invited Kim Jong Un to visit Moscow.", "2018-05-31").map((r) => r[1])).toEqual(["planned"]);
  });
});

describe("'memasuki' (to enter) with the country entered (event_triggers.csv)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("is an arrival: a train entering a country", () => {
    const rows = mentions("Kereta api khusus Kim Jong Un memasuki Rusia pada Selasa (12/9/2023).", "2023-09-13");
    expect(rows.map((m) => [m.role, m.date_start, m.venue_id, m.people.join("+")])).toEqual([["main", "2023-09-12", "russia", "kim-jong-un"]]);
  });

  test("is none without a place entered ('memasuki babak baru', a new phase)", () => {
    expect(mentions("Hubungan Kim Jong Un dan Vladimir Putin memasuki babak baru pada Rabu (19/6/2024).", "2024-06-20")).toEqual([]);
  });
});

describe("a train crossing into a country is an arrival (lang/en/event_triggers.csv)", () => {
  const mentions = mentionsIn;

  test("'crossed into Russia' with its weekday is the arrival that day, apart from an invitation in the same sentence", () => {
    const en = mentions("en", "Kim Jong-il crossed into Russia by train on Saturday at the invitation of President Dmitry Medvedev.", "2011-08-21");
    const arrival = en.find((m) => m.event_type === "arrival");
    expect([arrival?.date_start, arrival?.venue_id, arrival?.role]).toEqual(["2011-08-20", "russia", "main"]);
  });
});
