// A passive's agents ('diterima oleh', 'was received by') are at the meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a passive's agents", () => {
  // x_en_04: "Kim and Shoigu also discussed … the treaty signed by Kim and Putin …" made Shoigu a signer.
  const signers = (lang: "id" | "en", text: string) => mentions(lang, text, "2025-06-18").filter((m) => m.event_type === "signing").map((m) => m.people);

  test("'the treaty signed by Kim and Putin': the signers are the agents, not the subject of the verb before", () => {
    const text = "Kim Jong Un and Shoigu on Tuesday discussed the treaty signed by Kim Jong Un and Putin in June 2024.";
    const found = mentions("en", text, "2025-06-18");
    expect(signers("en", text)).toEqual([["kim-jong-un", "vladimir-putin"]]);
    expect(found.filter((m) => m.event_type === "talks").map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });

  test("'perjanjian yang ditandatangani oleh Kim dan Putin': the same in Indonesian, and with no other event before", () => {
    expect(signers("id", "Kim Jong Un dan Shoigu pada Selasa membahas perjanjian yang ditandatangani oleh Kim Jong Un dan Putin pada Juni 2024.")).toEqual([["kim-jong-un", "vladimir-putin"]]);
    expect(signers("en", "Shoigu praised the treaty signed by Kim Jong Un and Putin in June 2024.")).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });

  test("a passive verb joined to the clause before shares its subject: 'Xi tiba … dan disambut oleh Kim' is no meeting of the sides", () => {
    expect(mentions("id", "Presiden China Xi Jinping tiba di Pyongyang pada Kamis dan disambut oleh Kim Jong Un.", "2019-06-21")).toEqual([]);
  });

  test("the subject of a passive reception still takes part: 'Shoigu dijamu oleh Kim Jong Un'", () => {
    const found = mentions("id", "Shoigu dijamu oleh Kim Jong Un di Pyongyang pada Senin.", "2025-06-18");
    expect(found.map((m) => [m.event_type, m.people, m.host_country])).toEqual([["reception", ["kim-jong-un", "sergey-shoigu"], "PRK"]]);
  });
});
