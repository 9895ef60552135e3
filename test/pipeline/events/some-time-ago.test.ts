// modality.csv (id): 'beberapa waktu (yang) lalu', before or after the event, marks an earlier one.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("'beberapa waktu yang lalu' ('some time ago')", () => {
  test.each([
    "Beberapa waktu yang lalu Menteri Luar Negeri Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang.",
    "Beberapa waktu lalu Menteri Luar Negeri Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang.",
    "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang beberapa waktu yang lalu."
  ])("makes the meeting an earlier one, not the news: %s", (text) => {
    expect(mentionsIn("id", text, "2018-08-01").map((m) => m.role)).toEqual(["background"]);
  });
});
