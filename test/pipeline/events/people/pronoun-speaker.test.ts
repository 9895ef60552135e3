// speaker-subject.ts pronounSpeaker: "X said he …" — a singular pronoun subject right after a named speaker is that
// speaker, not the person the sentence before was about.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

describe("a pronoun after a speaker", () => {
  test("'<minister> said he would visit': the minister alone, not the last sentence's traveller", () => {
    const text = "North Korean Foreign Minister Ri Yong Ho arrived in Moscow on Monday.\nRussian Foreign Minister Sergei Lavrov said he would visit Pyongyang in May.";
    expect(mentionsIn("en", text, "2024-06-19").find((m) => m.role === "planned")?.people).toEqual(["sergey-lavrov"]);
  });

  test("'<menteri> mengatakan ia akan bertemu …': the speaker and the one he names", () => {
    const text = "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024).\nMenteri Luar Negeri Rusia Sergei Lavrov mengatakan ia akan bertemu Menteri Luar Negeri Korea Utara Choe Son Hui pada Juli.";
    expect(mentionsIn("id", text, "2024-06-19").find((m) => m.role === "planned")?.people.sort()).toEqual(["choe-son-hui", "sergey-lavrov"]);
  });

  test("a pronoun with someone not speaking named before it is still the last sentence's subject", () => {
    const text = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday.\nOn Wednesday he met Kim Jong Un.";
    expect(mentionsIn("en", text, "2024-06-19").find((m) => m.triggers.includes("met"))?.people.sort()).toEqual(["kim-jong-un", "sergey-lavrov"]);
  });
});
