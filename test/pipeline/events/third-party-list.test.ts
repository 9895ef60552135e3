// A person of neither side takes part in a meeting of the two sides only when the sentence makes them one
// (events/people/group-members.ts thirdPartiesApart); a meeting word joined after the name by a conjunction is another item
// of a list, not the name's act. Found by the held-out round 2026-12-03-mix, in sentences written for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const people = (lang: "en" | "id", text: string) => mentionsOf(text, "2023-09-12", packs.get(lang)).flatMap((m) => m.people);

describe("a third country's leader listed beside a meeting word", () => {
  test("Indonesian: '… tertuju pada Presiden AS Donald Trump dan berbagai kunjungan …' leaves Trump out", () => {
    const text = "Ketika Kim Jong Un bertemu Vladimir Putin pada 2019, sorotan lebih tertuju pada Presiden AS Donald Trump dan berbagai kunjungan ke China.";
    expect(people("id", text)).not.toContain("donald-trump");
  });

  test("English: 'overshadowed by US President Donald Trump and several trips to China'", () => {
    const text = "When Kim Jong Un met Vladimir Putin in 2019, the summit was overshadowed by US President Donald Trump and several trips to China.";
    expect(people("en", text)).not.toContain("donald-trump");
  });

  test("a third party who acts ('Xi hosted', 'talks with Xi') still takes part", () => {
    expect(people("en", "Kim Jong Un and Vladimir Putin held talks with Xi Jinping in Beijing in 2025.")).toContain("xi-jinping");
  });
});
