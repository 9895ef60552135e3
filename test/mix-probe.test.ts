import { test } from "vitest";
import { mentionsOf, packs } from "/work/wt-acc-mix/test/helpers/mentions.ts";
test("probe", () => {
  for (const [i, t] of [
    "Kim Jong-il's meeting with then Russian President Dmitry Medvedev took place in Buryatia in August 2011.",
    "Kim Jong-il's meeting with Russian President Dmitry Medvedev took place in Buryatia in August 2011.",
    "The central event of the trip was Kim Jong-il's meeting with Russian President Dmitry Medvedev in Buryatia in August 2011.",
    "Kim Jong-il met then Russian President Dmitry Medvedev in Buryatia in August 2011.",
    "North Korea confirmed Kim Jong-un's intention to visit Moscow in May.",
    "\"We are getting ready for his arrival,\" Peskov said of Kim Jong Un's visit to Moscow in May.",
  ].entries()) for (const m of mentionsOf(t, "2015-01-28", packs.get("en"))) console.log("M", i, m.role, m.date_start, m.date_precision, m.people, m.triggers, m.evidence.slice(0, 40));
});
