// A document's signing after its noun is the document's past, not the group's (timing/document-signing.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const rows = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.date_start, m.people.slice().sort().join("+")]);

describe("a document's signing after its noun is the document's past, not the group's (timing/document-signing.ts)", () => {
  test("the earlier treaties' years do not date the new signing", () => {
    expect(rows("Kim Jong Un dan Vladimir Putin menandatangani kemitraan strategis baru untuk menggantikan perjanjian yang ditandatangani pada tahun 2000.", "2024-06-19")).toEqual([
      ["main", "2024-06-19", "kim-jong-un+vladimir-putin"]
    ]);
  });

  test("a modifier of the noun may stand before its relative pronoun ('perjanjian sebelumnya yang …')", () => {
    expect(rows("Kim Jong Un dan Vladimir Putin menandatangani kemitraan strategis baru untuk menggantikan perjanjian sebelumnya yang ditandatangani pada tahun 1961, 2000 dan 2001.", "2024-06-19")).toEqual([
      ["main", "2024-06-19", "kim-jong-un+vladimir-putin"]
    ]);
  });

  test("a perfect marker after the pronoun ('yang pernah ditandatangani') keeps the document's reading, and the sentence's subject is no signer", () => {
    const text = "Presiden Rusia Vladimir Putin dan Kim Jong Un menandatangani perjanjian pada hari Rabu (19/6/2024). Kim Jong Un menyebut perjanjian ini sebagai perjanjian terkuat yang pernah ditandatangani antara kedua negara.";
    expect(rows(text, "2024-06-19")).toEqual([["main", "2024-06-19", "kim-jong-un+vladimir-putin"]]);
  });

  test("signers named after the document's participle are its signers", () => {
    expect(rows("Lavrov dan Choe Son Hui membahas perjanjian yang ditandatangani oleh Kim Jong Un dan Vladimir Putin pada Juni 2024.", "2025-07-12")).toContainEqual([
      "background",
      "2024-06-01",
      "kim-jong-un+vladimir-putin"
    ]);
  });

  test("a signing told as the subject's own act with its date stays theirs", () => {
    expect(rows("Kim Jong Un dan Vladimir Putin menandatangani perjanjian itu pada tahun 2000 di Pyongyang.", "2024-06-19")).toEqual([
      ["background", "2000-01-01", "kim-jong-un+vladimir-putin"]
    ]);
  });
});
