// A joint appearance in photos.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("a joint appearance in photos", () => {
  test("'footage showed Lavrov walking alongside Choe at the airport' is a meeting of the two", () => {
    const text = "Footage showed Russian Foreign Minister Sergei Lavrov walking alongside North Korean Foreign Minister Choe Son Hui at the airport in Pyongyang on Friday.";
    const [m] = mentions(text, "2024-03-22");
    expect([m!.role, m!.event_type, m!.date_start]).toEqual(["main", "meeting", "2024-03-22"]);
    expect(m!.people).toEqual(["choe-son-hui", "sergey-lavrov"]);
  });

  test("'held talks after standing alongside Xi at the parade' adds no third party to the talks", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday after standing alongside Xi Jinping at the parade.";
    expect(mentions(text, "2025-09-03").flatMap((m) => m.people)).not.toContain("xi-jinping");
  });

  test("walking alongside someone of one's own side is no meeting of the two sides", () => {
    expect(mentions("Kim Jong Un walked alongside his daughter at the parade on Friday.", "2024-03-22")).toEqual([]);
  });
});
