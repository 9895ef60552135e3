// event_triggers.csv (id): crossing the border into a country, entering its territory, is an arrival there.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("'menyeberang perbatasan ke', 'melintasi perbatasan ke', 'memasuki wilayah' (an arrival, as 'crossed into')", () => {
  test.each([
    "Kereta yang membawa Kim Jong Un menyeberang perbatasan ke Rusia pada Selasa (12/9/2023).",
    "Kereta yang membawa Kim Jong Un melintasi perbatasan ke Rusia pada Selasa (12/9/2023).",
    "Kereta yang membawa Kim Jong Un telah memasuki wilayah Rusia pada Selasa (12/9/2023)."
  ])("an arrival in the country entered, on its day: %s", (text) => {
    const arrival = mentionsIn("id", text, "2023-09-13").find((m) => m.event_type === "arrival");
    expect([arrival?.role, arrival?.venue_id, arrival?.date_start]).toEqual(["main", "russia", "2023-09-12"]);
  });

  test("a border crossed with no country after it is no arrival", () => {
    expect(mentionsIn("id", "Kim Jong Un menyeberang perbatasan dengan kereta pada Selasa (12/9/2023).", "2023-09-13").filter((m) => m.event_type === "arrival")).toEqual([]);
  });
});
