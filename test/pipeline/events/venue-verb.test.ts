// A verb that says where something took place ('bertempat di', lang/id/venue_verbs.csv) makes the place after its
// preposition the venue however many words stand between the meeting word and it (events/venue.ts nearPreposition).
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const venues = (text: string) => mentionsOf(text, "", packs.get("id")).map((m) => m.venue_id);

describe("'bertempat di' names the venue past the window of words", () => {
  test("a welcome ceremony with a long description before the place", () => {
    expect(venues("Korea Utara menggelar upacara penyambutan besar dan resmi secara militer untuk Presiden Vladimir Putin yang bertempat di Lapangan Kim Il Sung.")).toContain("kim-il-sung-square");
  });

  test("without a verb of place, a place that far from the meeting word is not its venue", () => {
    expect(venues("Korea Utara menggelar upacara penyambutan besar dan resmi secara militer untuk Presiden Vladimir Putin yang kemudian berpidato di Lapangan Kim Il Sung.")).not.toContain("kim-il-sung-square");
  });
});
