// bound-pronoun.ts: a pronoun its own clause has bound to a person named before it does not carry the story on from
// the sentence before (a plan told there included).
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const story = "Kim Jong Un arrived in Russia on Wednesday.\nKim will hold talks with Vladimir Putin on Thursday.";

describe("a pronoun bound in its own clause", () => {
  test("'<name> … as he arrives' after a plan is the arrival that happened, not the plan", () => {
    const rows = mentionsIn("en", `${story}\nKim Jong Un smiles beside Governor Oleg Kozhemyako as he arrives at the railway station in Vladivostok.`, "2019-04-24");
    const arrival = rows.find((m) => m.evidence.startsWith("Kim Jong Un smiles"));
    expect(arrival?.role).toBe("main");
    expect(arrival?.people.sort()).toEqual(["kim-jong-un", "oleg-kozhemyako"]);
  });

  test("a pronoun with nobody named before it in its sentence still goes on with the plan", () => {
    const rows = mentionsIn("en", `${story}\nHe will then meet Governor Oleg Kozhemyako in Vladivostok.`, "2019-04-24");
    expect(rows.find((m) => m.evidence.startsWith("He will"))?.role).toBe("planned");
  });
});
