// A dateline in capitals (events/venue/dateline.ts): where the news happened, even pushed below the lead by a page's
// furniture; a place in capitals that opens no dateline is none. Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

describe("a dateline in capitals below a page's furniture", () => {
  const furniture = ["Kim and Medvedev talk energy", "Kim Medvedev", "(photo credit: AGENCY)", "Kim Medvedev", "(photo credit: AGENCY)"];
  const lead = "ULAN-UDE, Russia - North Korean leader Kim Jong-il and Russian President Dmitry Medvedev held talks at an army base on Wednesday.";

  it("is where the news happened, though photo credits pushed it below the lead's first sentences", () => {
    const found = mentionsOf([...furniture, lead].join("\n"), "2011-08-25", en);
    expect(found.filter((m) => m.role === "main").map((m) => m.venue_id)).toContain("ulan-ude");
  });

  it("a place in capitals that opens no dateline (no comma or dash after it) is no venue", () => {
    const found = mentionsOf([...furniture, lead.replace("ULAN-UDE, Russia - ", "ULAN-UDE ")].join("\n"), "2011-08-25", en);
    expect(found.map((m) => m.venue_id)).not.toContain("ulan-ude");
  });
});
