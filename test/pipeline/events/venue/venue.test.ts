// Which place of a sentence is its venue (events/venue/venue.ts): a place after a country's genitive, a compound split
// by a stray space, a long title between verb and place. Sentences are written for the tests; each test fails without
// the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test, it } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const en = packs.get("en");

describe("a compound split by a stray space after its hyphen is no venue (events/venue/venue.ts SPLIT_COMPOUND_BEFORE/AFTER)", () => {
  test("'agreed during their talks to promote a Russian- DPRK dialogue' stays the Kremlin talks", () => {
    const text = "Vladimir Putin and Kim Jong Il held talks in the Kremlin on Saturday.\nPutin and Kim agreed during their talks to promote a Russian- DPRK political dialogue.";
    expect(mentions(text, "2001-08-05").map((m) => [m.date_start, m.venue_id, m.role])).toEqual([
      ["2001-08-04", "kremlin", "main"],
      ["2001-08-04", "kremlin", "main"]
    ]);
  });

  test("a country after 'to' with no hyphen is still where the trip went", () => {
    expect(mentions("Kim Jong Il travelled to Russia on Saturday and met Vladimir Putin.", "2001-08-05").map((m) => m.venue_id)).toEqual(["russia"]);
  });
});

describe("a long title naming a country before the person", () => {
  it("'received by Chairman of State Affairs of the X Kim Jong Un in Pyongyang': the title is no word between verb and place", () => {
    // (Below the lead, whose places would otherwise say where the news happened.)
    const lead = ["Duma speaker visits the North", "The parliament's delegation arrived for the holiday.", "The visit marks eighty years since liberation.", "Speeches were made.", "Flowers were laid."];
    const text = [...lead, "Vyacheslav Volodin was received by Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong Un in Pyongyang on Thursday."].join("\n");
    expect(mentionsOf(text, "2025-08-15", en).at(-1)!.venue_id).toBe("pyongyang");
  });

  it("a clause of its own between them still keeps the place out ('… as North Korea's troops train in Kursk')", () => {
    const text = "Vyacheslav Volodin met Kim Jong Un on Thursday as North Korea's troops train in Kursk.";
    expect(mentionsOf(text, "2025-08-15", en)[0]!.venue_id).not.toBe("kursk");
  });
});

describe("a place after a country's genitive is the venue (events/venue/venue.ts, cues.ts placeGenitiveEnd)", () => {
  test("'arrived in Russia's Far Eastern Primorye Region' is an arrival in Primorye", () => {
    const en = mentions("On Monday, the North Korean leader Kim Jong Un arrived by armoured train in Russia’s Far Eastern Primorye Region.", "2023-09-13");
    expect(en.map((m) => [m.event_type, m.date_start, m.venue_id])).toEqual([["arrival", "2023-09-11", "primorsky-krai"]]);
  });

  test("'in Russia's border town of Khasan' names Khasan", () => {
    const en = mentions("Kim Jong Un arrived in Russia's border town of Khasan on Tuesday morning.", "2023-09-13");
    expect(en.map((m) => [m.event_type, m.venue_id])).toEqual([["arrival", "khasan"]]);
  });

  test("a genitive that owns no place stays out of the venue ('Russia's war … in Pyongyang')", () => {
    const en = mentions("Putin discussed Russia’s war with Kim Jong Un in Pyongyang on Wednesday.", "2024-06-20");
    expect(en.map((m) => m.venue_id)).toEqual(["pyongyang"]);
  });
});

describe("a genitive with no venue preposition before it keeps its clause (events/venue/venue.ts)", () => {
  test("'… as Pyongyang's troops gather near Ukraine' names no venue of the meeting", () => {
    const en = mentions("Putin meets the North Korean foreign minister as Pyongyang's troops gather near Ukraine", "2024-11-04");
    expect(en.map((m) => m.venue_id)).not.toContain("ukraine");
  });
});
