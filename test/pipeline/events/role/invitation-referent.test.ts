// invitation-referent.ts and sentence-groups.ts: an invitation's plan does not cover a later clause of its sentence
// that names its own subject ("…, and that he and Ri had discussed …").
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const lead = "North Korean Foreign Minister Ri Yong Ho arrived in Moscow on Monday for talks with Sergei Lavrov.";

describe("a clause after an invitation", () => {
  test("with its own pair of subjects is its own held meeting, not the visit invited to", () => {
    const rows = mentionsIn("en", `${lead}\nLavrov said he had accepted an invitation to visit Pyongyang, and that he and Ri had discussed the nuclear issue in detail.`, "2018-04-10");
    const talked = rows.find((m) => m.triggers.includes("discussed"));
    expect(talked?.role).not.toBe("planned");
    expect(talked?.people.sort()).toEqual(["ri-yong-ho", "sergey-lavrov"]);
    expect(talked?.venue_id).not.toBe("pyongyang");
    expect(rows.find((m) => m.triggers.includes("invitation"))?.role).toBe("planned");
  });

  test("the visit invited to stays the plan when the clause after it names nobody", () => {
    const rows = mentionsIn("en", `${lead}\nLavrov said he had accepted an invitation to visit Pyongyang, and that the date would be set later.`, "2018-04-10");
    expect(rows.find((m) => m.triggers.includes("invitation"))?.role).toBe("planned");
  });
});
