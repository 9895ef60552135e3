// Shapes left by the held-out round holdout4 of 2026-12-02 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the rule it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a passive greeting opening the sentence, its phrase closed by a comma ('Disambut bunga, Kim …')", () => {
  test("greets the person named after the comma, who travels", () => {
    const [m] = mentions("Disambut Bunga dan Tarian, Kim Jong Un Gembira Tiba.", "2019-04-24");
    expect([m!.event_type, m!.host_country, m!.guest_country]).toEqual(["reception", "RUS", "PRK"]);
  });

  test("a person named right after the passive verb is still who greets", () => {
    const [m] = mentions("Disambut Kim Jong Un, Presiden Rusia Vladimir Putin tiba dengan gembira.", "2024-06-19");
    expect([m!.host_country, m!.guest_country]).toEqual(["PRK", "RUS"]);
  });
});

describe("a place described by the meeting it hosts ('Vladivostok, tempat pertemuan Kim dan Putin')", () => {
  test("tells no time of its own: in a story written before the meeting, the meeting is still to come", () => {
    const text =
      "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pagi ini, menjelang pertemuannya dengan Presiden Vladimir Putin besok.\nBendera kedua negara telah dipasang di jalan-jalan Vladivostok, tempat pertemuan Kim Jong Un dan Vladimir Putin.";
    const rows = mentions(text, "2019-04-24").map((m): [string, string[]] => [m.role, m.people]);
    expect(rows).toContainEqual(["main", ["kim-jong-un"]]);
    expect(rows.filter(([role, people]) => role !== "planned" && people.includes("vladimir-putin"))).toEqual([]);
  });
});
