// Shapes left by the held-out round 2026-12-03-idh (Indonesian pages, kept as test/fixtures/heldout/2026-12-03-idh):
// each test is one general shape, in sentences written for the test, and fails without the row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const rows = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.venue_id, m.people.slice().sort().join("+")]);

describe("'terbang ke' a place is a journey (event_triggers.csv 'terbang')", () => {
  test("a flight to the other side's capital is the trip", () => {
    expect(rows("Menteri Luar Negeri Korea Utara Choe Son Hui terbang ke Moskwa pada Senin (13/1/2025).", "2025-01-14")).toEqual([["main", "moscow", "choe-son-hui"]]);
  });

  test("'terbang' with nowhere to go is none", () => {
    expect(rows("Menteri Luar Negeri Korea Utara Choe Son Hui jarang terbang dengan pesawat asing.", "2025-01-14")).toEqual([]);
  });
});

describe("'berbicara dengan' someone of the other side is talks (event_triggers.csv 'berbicara dengan')", () => {
  test("the two sides talking are a meeting", () => {
    expect(rows("Sergei Lavrov berbicara dengan Choe Son Hui di Pyongyang pada Jumat (11/7/2025).", "2025-07-12")).toEqual([["main", "pyongyang", "choe-son-hui+sergey-lavrov"]]);
  });

  test("talking with reporters is not", () => {
    expect(rows("Sergei Lavrov berbicara dengan wartawan di Moskwa pada Jumat (11/7/2025).", "2025-07-12")).toEqual([]);
  });
});

describe("'setelah sebelumnya' opens a clause of an earlier event (modality.csv 'setelah sebelumnya')", () => {
  // The main clause is a plan; the clause after the comma tells an earlier trip, and what that trip was for is
  // history with it: the counterpart met is a participant.
  const TEXT = "Kunjungan Lavrov ke Pyongyang akan menjadi yang kedua, setelah sebelumnya Menteri Luar Negeri Korea Utara Choe Son Hui terbang ke Moskwa untuk bertemu dengan Lavrov.";

  test("the earlier trip is background, with the one it was to meet", () => {
    expect(rows(TEXT, "2024-10-30")).toContainEqual(["background", "moscow", "choe-son-hui+sergey-lavrov"]);
  });

  test("'setelah' alone tells the same earlier trip: the second visit comes after it", () => {
    // (The round wrote this as a guard that only "setelah sebelumnya" made the clause history; merged with the reading
    // of the other rounds merged today, "setelah" alone does too, and rightly: the trip it names
    // came before the planned second visit.)
    const later = "Kunjungan Lavrov ke Pyongyang akan menjadi yang kedua, setelah Menteri Luar Negeri Korea Utara Choe Son Hui terbang ke Moskwa untuk bertemu dengan Lavrov.";
    expect(rows(later, "2024-10-30")).toContainEqual(["background", "moscow", "choe-son-hui+sergey-lavrov"]);
  });
});
