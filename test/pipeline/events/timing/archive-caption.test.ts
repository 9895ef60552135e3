// An archive photo's caption: its date anchors nothing and its meeting is an earlier one.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { chooseAnchor } from "../../../../src/pipeline/dates.ts";
import { packs, idMentions as mentions } from "../../../helpers/mentions.ts";

describe("an archive photo's caption", () => {
  const caption = "Foto arsip - Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertemu di Pulau Russky, Vladivostok (25/4/2019).";

  test("its date does not anchor an article that gives no other", () => {
    const body = `${caption}\nRusia dan Korea Utara pada Jumat menandatangani perjanjian kerja sama.`;
    expect(chooseAnchor({ published: "", bodyText: body, pack: packs.get("id") })).toBeNull();
    // Without the archive mark, the caption's day is the article's.
    expect(chooseAnchor({ published: "", bodyText: body.replace("Foto arsip - ", ""), pack: packs.get("id") })?.date).toBe("2019-04-25");
  });

  test("its meeting is an earlier one, and its place is not where the news happened", () => {
    const found = mentions(`${caption}\nMenteri Luar Negeri Sergei Lavrov dan Choe Son Hui pada Jumat menandatangani protokol kerja sama.`, "2024-11-01");
    expect(found.map((m) => [m.role, m.venue_id])).toEqual([
      ["background", "russky-island"],
      ["main", ""]
    ]);
  });
});
