// sentence-groups.ts (inSinceClause): a name apposed between commas inside a since-clause stays in that clause.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("a since-clause with a name apposed between commas ('sejak menggantikan ayahnya, Kim Jong Il, tahun 2011')", () => {
  test.each([
    ["id", "Kim Jong Un dijadwalkan berkunjung ke Moskow pada bulan Mei, yang merupakan kunjungan luar negerinya yang pertama sejak menggantikan ayahnya, Kim Jong Il, pada tahun 2011.", "2015-01-28"],
    ["en", "Kim Jong Un is scheduled to visit Moscow in May, which will be his first trip abroad since succeeding his father, Kim Jong Il, in 2011.", "2015-01-28"]
  ] as const)("gives the trip neither the name nor the date (%s)", (lang, text, published) => {
    const rows = mentionsIn(lang, text, published);
    expect(rows.flatMap((m) => m.people)).not.toContain("kim-jong-il");
    expect(rows.filter((m) => m.date_start.startsWith("2011"))).toEqual([]);
  });
});
