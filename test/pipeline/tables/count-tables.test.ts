import { describe, expect, it } from "vitest";
import type { Event, EventParticipant } from "../../../src/pipeline/events/events.ts";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import type { Theme } from "../../../src/pipeline/quotes/quote-lexicons.ts";
import type { QuoteTheme } from "../../../src/pipeline/quotes/themes.ts";
import type { Person, Place } from "../../../src/pipeline/recognise/gazetteer.ts";
import type { EntityMention } from "../../../src/pipeline/recognise/recognise.ts";
import { peopleTable, placesTable, themesTable } from "../../../src/pipeline/tables/build.ts";

const person = (person_id: string, name: string): Person => ({ person_id, name, country: "RUS", role: "r", level: "head", notes: "", line: 2 });
const place = (place_id: string, parent = "", kind: Place["kind"] = "city"): Place => ({ place_id, name_en: place_id, name_id: place_id, kind, country: "PRK", parent, lat: 1, lon: 2, notes: "", line: 2 });
const entity = (kind: "person" | "place", id: string): EntityMention => ({ kind, id, via: "name", start: 0, end: 1, text: "x", sentence_id: "s" }) as EntityMention;
const participant = (event_id: string, person_id: string) => ({ event_id, person_id }) as EventParticipant;
const theme = (theme_id: string): Theme => ({ theme_id, label_en: `${theme_id} en`, label_id: `${theme_id} id`, description: "d", line: 2 }) as Theme;

describe("peopleTable", () => {
  it("counts each gazetteer person's mentions and events, keeps only those with either, by person_id", () => {
    const people = [person("p-zed", "Zed"), person("p-amy", "Amy"), person("p-bob", "Bob")];
    const rows = peopleTable(people, [], [entity("person", "p-zed"), entity("person", "p-zed"), entity("place", "p-bob"), entity("person", "")], [participant("e1", "p-amy"), participant("e2", "p-amy"), participant("e2", "p-zed")]);
    expect(rows).toEqual([
      { person_id: "p-amy", name: "Amy", country: "RUS", role: "r", level: "head", listed: true, n_mentions: 0, n_events: 2 },
      { person_id: "p-zed", name: "Zed", country: "RUS", role: "r", level: "head", listed: true, n_mentions: 2, n_events: 1 }
    ]);
    expect(Object.keys(rows[0]!)).toEqual(["person_id", "name", "country", "role", "level", "listed", "n_mentions", "n_events"]);
  });

  it("lists the officials the gazetteer lacks that the articles name, marked listed false; never one of its own ids twice", () => {
    const unlisted = [{ ...person("ivan-petrov", "Ivan Petrov"), role: "Deputy Minister", level: "deputy" as const }, person("p-zed", "Zed again")];
    const rows = peopleTable([person("p-zed", "Zed")], unlisted, [entity("person", "ivan-petrov"), entity("person", "p-zed")], [participant("e1", "ivan-petrov")]);
    expect(rows).toEqual([
      { person_id: "ivan-petrov", name: "Ivan Petrov", country: "RUS", role: "Deputy Minister", level: "deputy", listed: false, n_mentions: 1, n_events: 1 },
      { person_id: "p-zed", name: "Zed", country: "RUS", role: "r", level: "head", listed: true, n_mentions: 1, n_events: 0 }
    ]);
  });
});

describe("placesTable", () => {
  it("keeps the places named or used as a venue with every place containing them, counting events by venue", () => {
    const places = [place("pl-town", "pl-region"), place("pl-region", "pl-kor", "region"), place("pl-kor", "", "country"), place("pl-other"), place("pl-hall")];
    const events = [{ venue_id: "pl-hall" }, { venue_id: "pl-hall" }, { venue_id: "" }] as Event[];
    const rows = placesTable(places, [entity("place", "pl-town")], events, [{ venue_id: "pl-hall" }] as Mention[]);
    expect(rows.map((r) => [r.place_id, r.n_events])).toEqual([
      ["pl-hall", 2],
      ["pl-kor", 0],
      ["pl-region", 0],
      ["pl-town", 0]
    ]);
    expect(Object.keys(rows[0]!)).toEqual(["place_id", "name_en", "name_id", "kind", "country", "parent", "lat", "lon", "n_events"]);
  });
});

describe("themesTable", () => {
  it("lists every theme of the lexicon, counting distinct quotations and distinct statements (a group, or the quotation alone)", () => {
    const quotes = [
      { quote_id: "q1", quote_group: "g1" },
      { quote_id: "q2", quote_group: "g1" },
      { quote_id: "q3", quote_group: "" }
    ];
    const tags = [
      { quote_id: "q1", theme_id: "t-b" },
      { quote_id: "q2", theme_id: "t-b" },
      { quote_id: "q3", theme_id: "t-b" },
      { quote_id: "q9", theme_id: "t-b" },
      { quote_id: "q1", theme_id: "t-gone" }
    ] as QuoteTheme[];
    const rows = themesTable([theme("t-b"), theme("t-a")], tags, quotes);
    expect(rows).toEqual([
      { theme_id: "t-a", label_en: "t-a en", label_id: "t-a id", description: "d", n_quotes: 0, n_quote_groups: 0 },
      { theme_id: "t-b", label_en: "t-b en", label_id: "t-b id", description: "d", n_quotes: 4, n_quote_groups: 3 }
    ]);
  });
});
