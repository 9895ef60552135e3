// A modal in a quotation after the event noun: the meeting was still to come as the speaker spoke.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a modal in a quotation after the event noun", () => {
  test("a quoted predicate ('\"will take place soon\"', '\"pasti akan terjadi\"') makes the noun before it planned", () => {
    const en = mentions("en", 'Peskov said a summit between Putin and Kim Jong Un "will take place soon", but gave no date.', "2025-05-06");
    expect(en.map((m) => m.role)).toEqual(["planned"]);
    const id = mentions("id", 'Peskov menambahkan, pertemuan antara Presiden Vladimir Putin dan Kim Jong Un "pasti akan terjadi" suatu saat nanti, tetapi waktunya belum disepakati.', "2025-05-06");
    expect(id.map((m) => m.role)).toEqual(["planned"]);
  });

  test("a quotation after a speech verb is someone's words: its modal does not reach back to the event", () => {
    const found = mentions("en", 'Putin met Kim Jong Un in Pyongyang on Wednesday and said "it will happen again".', "2025-05-06");
    expect(found.map((m) => [m.role, m.date_start])).toEqual([["main", "2025-04-30"]]);
  });
});
