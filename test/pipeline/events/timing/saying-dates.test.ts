// Dates of the saying are not the meeting's.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

/** The mention whose evidence starts with `start`. */
const at = (found: readonly Mention[], text: string, start: string) => found.find((m) => text.slice(m.char_start).startsWith(start));

describe("dates of the saying", () => {
  test("'told reporters on Tuesday that the meeting …', 'kepada wartawan pada Selasa bahwa …': the day is the statement's", () => {
    const en = "Putin met Choe Son Hui at the Kremlin on Monday.\nSpokesman Dmitry Peskov told reporters on Tuesday that the meeting had been short, adding that Choe had conveyed some messages from Kim Jong Un.";
    const id = "Putin menerima Choe Son Hui di Kremlin pada Senin.\nJuru bicara Kremlin Dmitry Peskov mengatakan kepada wartawan pada Selasa bahwa pertemuan itu singkat, seraya menambahkan bahwa Choe menyampaikan pesan dari Kim Jong Un.";
    for (const [lang, text] of [["en", en], ["id", id]] as const) {
      const said = at(mentions(lang, text, "2024-11-05"), text, lang === "en" ? "Spokesman" : "Juru bicara")!;
      expect([said.role, said.date_start, said.date_precision]).toEqual(["main", "2024-11-04", "week"]);
      // Kim Jong Un, who sent the messages, was not at the meeting.
      expect(said.people).not.toContain("kim-jong-un");
    }
  });
});
