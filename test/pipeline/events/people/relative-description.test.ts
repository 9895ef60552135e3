// A person named in a relative clause that describes a participant took no part (events/people/relative-description.ts).
// Found by the held-out round 2026-12-03-mix, in sentences written for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = (text: string) => mentionsOf(text, "2024-02-20", packs.get("en"));
const id = (text: string) => mentionsOf(text, "2024-02-20", packs.get("id"));

describe("a relative clause describing a participant", () => {
  test("Indonesian: '…, yang dianggap sebagai orang terdekat Presiden Putin' does not bring Putin", () => {
    const [n] = id("Kim Su-gil bertemu dengan Dmitry Medvedev, yang dianggap sebagai orang terdekat Presiden Putin.");
    expect(n?.people).toEqual(["dmitry-medvedev", "kim-su-gil"]);
  });

  test("English: '…, who is seen as a close ally of Putin'", () => {
    const [m] = en("Kim Su-gil met Dmitry Medvedev in Moscow, who is seen as a close ally of Vladimir Putin.");
    expect(m?.people).toEqual(["dmitry-medvedev", "kim-su-gil"]);
  });

  test("a clause with its own meeting word still names its people", () => {
    const found = en("Choe Son Hui held talks with Sergei Lavrov, who later met Kim Jong Un in Pyongyang.");
    expect(found.map((m) => m.people)).toEqual([["choe-son-hui", "sergey-lavrov"], ["kim-jong-un", "sergey-lavrov"]]);
  });
});
