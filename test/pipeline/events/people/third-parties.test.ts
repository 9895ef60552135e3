// Third parties at or beside a meeting of the sides.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("third parties", () => {
  test("a person of neither side at a meeting of the two sides takes part only when the sentence makes them one ('after the two stood alongside Xi' does not; 'talks between Putin, Xi and Kim', 'Xi hosted Putin and Kim' do)", () => {
    const people = (lang: "id" | "en", text: string) => mentions(lang, text, "2025-09-03").map((m) => m.people.join("+"));
    const en = "Vladimir Putin held talks with Kim Jong Un in Beijing on Wednesday, after the two stood alongside Chinese President Xi Jinping at a military parade.";
    expect(people("en", en)).toEqual(["kim-jong-un+vladimir-putin"]);
    expect(people("en", "Vladimir Putin, Xi Jinping and Kim Jong Un held talks in Beijing on Wednesday.")).toEqual(["kim-jong-un+vladimir-putin+xi-jinping"]);
    expect(people("en", "Xi Jinping hosted Vladimir Putin and Kim Jong Un at a banquet in Beijing on Wednesday.")).toEqual(["kim-jong-un+vladimir-putin+xi-jinping"]);
    // An anaphor that brings the two sides leaves out the aside's host too.
    const id = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\nPertemuan itu diadakan di Diaoyutai setelah kedua pemimpin menghadiri parade militer, di mana Presiden China Xi Jinping memimpin peringatan.";
    expect(people("id", id)).toEqual(["kim-jong-un+vladimir-putin", "kim-jong-un+vladimir-putin"]);
  });

  test("a report naming nobody of either side that says others 'also' did it ('Li Qiang and To Lam also arrived in Pyongyang') is no mention of the news", () => {
    const en = "Dmitry Medvedev arrived in Pyongyang on Thursday and met Kim Jong Un.\nChinese Premier Li Qiang and Vietnamese leader To Lam also arrived in Pyongyang for the celebrations.";
    expect(mentions("en", en, "2025-10-09").map((m) => m.evidence.slice(0, 14))).toEqual(["Dmitry Medvede"]);
    const id = "Dmitry Medvedev tiba di Pyongyang, Kamis (9/10/2025), dan bertemu Kim Jong Un.\nPerdana Menteri Li Qiang dan Sekretaris Jenderal To Lam juga tiba di Pyongyang.";
    expect(mentions("id", id, "2025-10-09").map((m) => m.evidence.slice(0, 14))).toEqual(["Dmitry Medvede"]);
    // With no additive, a delegation's arrival is still the news's.
    expect(mentions("en", "Dmitry Medvedev met Kim Jong Un in Pyongyang on Thursday.\nThe delegation arrived in Pyongyang on Thursday morning.", "2025-10-09")).toHaveLength(2);
  });
});
