// A page's stamp and a photo's release date the report, not the meeting (lang/en/modality.csv source: published,
// updated, posted; released's window). Sentences are written for the tests; each test fails without the rule or data
// row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a page's stamp and a photo's release date the report, not the meeting (lang/en/modality.csv source: published, updated, posted; released's window)", () => {
  test("'Published: 10:58, July 19 | Updated: …' above the lead does not date the news on the day of publication", () => {
    const text = "Published: 10:58, July 19, 2024 | Updated: 13:06, July 19, 2024\nKim Jong Un received Alexei Krivoruchko in Pyongyang on Thursday, state media reported.\nKim and Krivoruchko held talks on military cooperation.";
    expect(read(text, "2024-07-19").map((r) => r[0])).toEqual(["2024-07-18", "2024-07-18"]);
  });

  test("a caption's release by a long-named agency on the next day does not date the meeting it shows", () => {
    const text = "This picture taken on July 18, 2024 and released by the Democratic People's Republic of Korea's official Korean Central News Agency via KNS on July 19 shows Kim Jong Un meeting with Alexei Krivoruchko in Pyongyang.";
    expect(read(text, "2024-07-19").map((r) => r[0])).toEqual(["2024-07-18"]);
  });
});
