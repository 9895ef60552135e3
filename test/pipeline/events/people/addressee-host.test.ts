// Who addressed a visitor (events/people/addressee-host.ts, addressee_prepositions.csv): the visitor named before the
// relative clause of his visit is the guest, the speaker the host. Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

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
