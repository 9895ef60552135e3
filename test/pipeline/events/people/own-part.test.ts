// A speaker telling of his own part in a meeting took part in it.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("a speaker telling of his own part", () => {
  test("'Governor Kozhemyako said that he took part in welcoming Kim' makes the governor a participant", () => {
    const text = "Primorye Governor Oleg Kozhemyako said on Tuesday that he took part in welcoming Kim Jong Un at the border station.";
    expect(mentions(text, "2023-09-13")[0]!.people).toEqual(["kim-jong-un", "oleg-kozhemyako"]);
  });

  test("a spokesman telling of others' meeting is still no participant", () => {
    const text = "Kremlin spokesman Dmitry Peskov said on Tuesday that he expected Vladimir Putin to meet Kim Jong Un soon.";
    expect(mentions(text, "2023-09-13")[0]!.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });
});
