// Who greets and who is greeted when a passive greeting opens the sentence ('Disambut …, Kim …';
// events/people/greeted.ts): host and guest of a reception. Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a passive greeting opening the sentence, its phrase closed by a comma ('Disambut bunga, Kim …')", () => {
  test("greets the person named after the comma, who travels", () => {
    const [m] = mentions("Disambut Bunga dan Tarian, Kim Jong Un Gembira Tiba.", "2019-04-24");
    expect([m!.event_type, m!.host_country, m!.guest_country]).toEqual(["reception", "RUS", "PRK"]);
  });

  test("a person named right after the passive verb is still who greets", () => {
    const [m] = mentions("Disambut Kim Jong Un, Presiden Rusia Vladimir Putin tiba dengan gembira.", "2024-06-19");
    expect([m!.host_country, m!.guest_country]).toEqual(["PRK", "RUS"]);
  });
});
