// rank_prefixes.csv (id): 'Deputi', as 'Wakil', makes the title after it a deputy's, not its holder's.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("'Deputi Menteri Luar Negeri Rusia'", () => {
  test("an unnamed deputy is not the minister the title names alone", () => {
    const rows = mentionsIn("id", "Deputi Menteri Luar Negeri Rusia bertemu dengan Menteri Luar Negeri Korea Utara Ri Yong Ho di Moskow pada Senin (9/4/2018).", "2018-04-10");
    expect(rows.flatMap((m) => m.people)).not.toContain("sergey-lavrov");
  });

  test("a named deputy the gazetteer lacks is a deputy of that country", () => {
    const rows = mentionsIn("id", "Deputi Menteri Keuangan Rusia Sergei Storchak bertemu dengan Menteri Keuangan Korea Utara di Pyongyang pada Senin (4/6/2012) untuk membahas utang.", "2012-06-05");
    expect(rows.flatMap((m) => m.people)).toContain("sergei-storchak");
  });
});
