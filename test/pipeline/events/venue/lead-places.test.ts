// Which places of the lead say where the news happened (events/venue/lead-places.ts): not a place that speaks ('Kremlin
// juga menyatakan', 'kata Kremlin', talks 'the Kremlin said …'), one something belongs to ('milik Pyongyang'), or one
// someone came from. Sentences are written for the tests; each test fails without the rule or data row it names, or
// guards what that rule must leave alone.
import { describe, expect, test, it } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

const en = packs.get("en");

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

describe("a place that speaks with 'juga' before its reporting verb ('Kremlin juga menyatakan') is no place of the lead (cues.speakerVerbAfter)", () => {
  const venues = (text: string) => mentionsOf(text, "", packs.get("id")).filter((m) => m.role === "main").map((m) => m.venue_id);

  test("the government stating is not where the meeting was", () => {
    expect(venues("Presiden Vladimir Putin bertemu Kim Jong Un di Rusia. Kremlin juga menyatakan bahwa kedua pemimpin membahas kerja sama.")).not.toContain("kremlin");
    expect(venues("Presiden Vladimir Putin bertemu Kim Jong Un di Rusia. Kremlin menyatakan bahwa kedua pemimpin membahas kerja sama.")).not.toContain("kremlin");
  });

  test("a meeting held in the Kremlin keeps it", () => {
    expect(venues("Presiden Vladimir Putin bertemu Kim Jong Un di Kremlin. Kedua pemimpin juga membahas kerja sama.")).toContain("kremlin");
  });
});

describe("a place the lead names as where someone or something came from (lead-places.ts; origin_prepositions.csv)", () => {
  test("is not where the news happened: aid from a capital", () => {
    const text = "Kim Jong Un bertemu Sergei Shoigu pada Jumat (13/9/2024).\nKorea Utara disebut menerima bantuan militer dari Moskow.";
    const news = mentions(text, "2024-09-14").find((m) => m.role === "main");
    expect(news?.venue_id).not.toBe("moscow");
  });

  test("is where the news happened when a trip came back from it ('kembali dari Moskow')", () => {
    const text = "Choe Son Hui bertemu Sergei Lavrov pada Jumat (1/11/2024).\nIa kembali dari Moskow pada Senin.";
    const news = mentions(text, "2024-11-04").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("moscow");
  });

  test("in English too", () => {
    const text = "Kim Jong Un met Sergei Shoigu on Friday, September 13, 2024.\nNorth Korea is said to receive military aid from Moscow.";
    const news = mentionsOf(text, "2024-09-14", packs.get("en")).find((m) => m.role === "main");
    expect(news?.venue_id).not.toBe("moscow");
  });
});

describe("a government speaking right after a meeting noun", () => {
  it("'… for talks the Kremlin said would cover energy' does not put the talks in the Kremlin", () => {
    const found = mentionsOf("Kim Jong-il and Dmitry Medvedev met at an army base on Wednesday for talks the Kremlin said would cover energy.", "2011-08-25", en);
    expect(found.map((m) => m.venue_id)).not.toContain("kremlin");
  });

  it("'talks at the Kremlin' still does", () => {
    const found = mentionsOf("Vladimir Putin held talks at the Kremlin with Choe Son Hui on Monday.", "2024-11-05", en);
    expect(found[0]!.venue_id).toBe("kremlin");
  });
});
