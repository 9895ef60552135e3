// A comparative pro-verb ('seperti yang dilakukannya pada kunjungan terakhirnya'; events/role/comparative.ts,
// comparative_proverbs.csv): the earlier visit it compares with is background. Sentences are written for the tests;
// each test fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a comparative pro-verb ('…, seperti yang dilakukannya pada kunjungan terakhirnya', comparative_proverbs.csv)", () => {
  test("gives the compared visit the people of the clause it repeats", () => {
    const text =
      "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Senin (14/10/2024).\nBelum pasti apakah Lavrov akan bertemu Kim Jong Un kali ini, seperti yang dilakukannya pada kunjungan terakhirnya ke Pyongyang pada 2018.";
    const past = mentions(text, "2024-10-15").find((m) => m.role === "background" && m.date_start.startsWith("2018"));
    expect(past?.people).toEqual(expect.arrayContaining(["sergey-lavrov", "kim-jong-un"]));
  });
});
