// Shapes left by the held-out round 2026-12-03-ide (Indonesian pages, kept as test/fixtures/heldout/2026-12-03-ide):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const held = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id"))
    .filter((m) => m.role !== "planned")
    .map((m) => [m.event_type, m.date_start, [...m.people].sort()]);

describe("who addressed a visitor named before the relative clause of his visit (addressee-host.ts, addressee_prepositions.csv)", () => {
  test("the other side's person speaking or conveying 'kepada' the visitor received him", () => {
    const text = "Undangan itu disampaikan Lavrov kepada Menteri Luar Negeri Korea Utara, Choe Son Hui, yang berkunjung ke Moskow, Senin (4/11/2024).";
    expect(held(text, "2024-11-05")).toEqual([["visit", "2024-11-04", ["choe-son-hui", "sergey-lavrov"]]]);
    const said = "Undangan itu dikatakan Putin kepada Kim Yong Nam, yang berkunjung ke Rusia pada Kamis (14/6/2018).";
    expect(held(said, "2018-06-15")).toEqual([["visit", "2018-06-14", ["kim-yong-nam", "vladimir-putin"]]]);
  });

  test("a person of the visitor's own side is no host", () => {
    const text = "Undangan itu disampaikan Kim Jong Un kepada Choe Son Hui, yang berkunjung ke Moskow, Senin (4/11/2024).";
    expect(held(text, "2024-11-05")).toEqual([["visit", "2024-11-04", ["choe-son-hui"]]]);
  });

  test("nor is a person named before the preposition with a clause between", () => {
    const text = "Lavrov mengatakan undangan itu telah disampaikan kepada Choe Son Hui, yang berkunjung ke Moskow, Senin (4/11/2024).";
    expect(held(text, "2024-11-05").map((m) => m[2])).not.toContainEqual(["choe-son-hui", "sergey-lavrov"]);
  });
});

describe("a place a reporting verb names as its speaker ('dikatakan Kremlin', 'kata Kremlin') is no place of the lead (lead-places.ts)", () => {
  const venues = (text: string) => mentionsOf(text, "", packs.get("id")).filter((m) => m.role === "main").map((m) => m.venue_id);

  test("the news told in the country alone keeps the country, not the government speaking", () => {
    const lead = "Presiden Korea Utara Kim Jong Un telah tiba di Rusia dengan kereta. Kunjungan Kim, dikatakan Kremlin, untuk membahas kerja sama dengan Presiden Vladimir Putin.";
    expect(venues(lead)).not.toContain("kremlin");
    const inverted = "Presiden Korea Utara Kim Jong Un telah tiba di Rusia dengan kereta, kata Kremlin.";
    expect(venues(inverted)).not.toContain("kremlin");
  });

  test("a place the lead names as where something is still takes the news there", () => {
    const lead = "Presiden Korea Utara Kim Jong Un telah tiba di Rusia dengan kereta. Kim kemudian disambut di Kremlin oleh Presiden Vladimir Putin.";
    expect(venues(lead)).toContain("kremlin");
  });
});

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

describe("'akan berfokus' after a meeting noun (modality.csv)", () => {
  test("makes the meeting still to come", () => {
    const text = "Menurut Ushakov pada Rabu (24/4/2019), pertemuan Kim Jong Un dan Vladimir Putin akan berfokus pada masalah nuklir.";
    expect(held(text, "2019-04-24")).toEqual([]);
  });

  test("a meeting told as held keeps its role", () => {
    const text = "Kim Jong Un dan Vladimir Putin bertemu pada Kamis (25/4/2019) dan berfokus pada masalah nuklir.";
    expect(held(text, "2019-04-25")).toEqual([["meeting", "2019-04-25", ["kim-jong-un", "vladimir-putin"]]]);
  });
});

describe("a place something belongs to ('milik Pyongyang'; owner_words.csv) is no place of the lead (lead-places.ts)", () => {
  const venues = (text: string) => mentionsOf(text, "2019-04-25", packs.get("id")).filter((m) => m.role === "main").map((m) => m.venue_id);

  test("the owner of a programme the leaders discussed is not where they met", () => {
    const lead = "Presiden Rusia Vladimir Putin bertemu Kim Jong Un pada Kamis, 25 April 2019. Keduanya membahas program rudal milik Pyongyang.";
    expect(venues(lead)).not.toContain("pyongyang");
  });

  test("a city the lead names as a place still is one", () => {
    const lead = "Presiden Rusia Vladimir Putin bertemu Kim Jong Un pada Kamis, 25 April 2019. Keduanya membahas program rudal di Pyongyang.";
    expect(venues(lead)).toContain("pyongyang");
  });
});
