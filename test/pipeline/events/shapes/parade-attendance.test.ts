// Attending a parade abroad (lang/*/event_triggers.csv) is a visit.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("attending a parade abroad (lang/*/event_triggers.csv)", () => {
  test("'Shoigu attended a military parade in Pyongyang in July' is his trip to Pyongyang", () => {
    const text = [
      "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday.",
      "The visit comes three months after Russian Defense Minister Sergei Shoigu attended a military parade in Pyongyang in July."
    ].join("\n");
    const found = mentions("en", text, "2023-10-18").filter((m) => m.people.includes("sergey-shoigu"));
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id])).toEqual([["background", "visit", "2023-07-01", "pyongyang"]]);
  });

  test("'Shoigu menghadiri parade militer besar-besaran di Pyongyang pada Kamis malam … bersama Kim Jong Un'", () => {
    const found = mentions("id", "Menteri Pertahanan Rusia Sergei Shoigu menghadiri parade militer besar-besaran di Pyongyang pada Kamis malam bersama pemimpin Korea Utara Kim Jong Un.", "2023-07-27");
    expect(found.map((m) => [m.role, m.date_start, m.venue_id])).toEqual([["main", "2023-07-27", "pyongyang"]]);
  });
});
