import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Event } from "../../src/pipeline/events/events.ts";
import { CsvError } from "../../src/pipeline/csv.ts";
import { coversDate, officeOn, parseGazetteer } from "../../src/pipeline/recognise/gazetteer.ts";
import { loadGazetteer } from "../../src/io/read.ts";
import { eventParticipantsTable } from "../../src/pipeline/tables/build.ts";

const gazetteer = await loadGazetteer(join(import.meta.dirname, "..", "..", "data"));

describe("coversDate(alias, date)", () => {
  test("a partial date is covered only when all of it lies within the dates", () => {
    const shoigu = { valid_from: "2012-11-06", valid_to: "2024-05-12" };
    expect(coversDate(shoigu, "2023-09-13")).toBe(true);
    expect(coversDate(shoigu, "2023-09")).toBe(true);
    expect(coversDate(shoigu, "2024-05")).toBe(false);
    expect(coversDate(shoigu, "2024")).toBe(false);
    expect(coversDate({ valid_from: "", valid_to: "" }, "1990")).toBe(true);
  });
});

describe("officeOn(aliases, person, date): the person's English title on the day", () => {
  test("Shoigu was defence minister in September 2023 and Security Council secretary in June 2024", () => {
    expect(officeOn(gazetteer.personAliases, "sergey-shoigu", "2023-09-13")).toBe("Russian Defence Minister");
    expect(officeOn(gazetteer.personAliases, "sergey-shoigu", "2024-06-19")).toBe("Secretary of the Russian Security Council");
  });

  test("Medvedev was president in 2011, Putin prime minister", () => {
    expect(officeOn(gazetteer.personAliases, "dmitry-medvedev", "2011-08-24")).toBe("Russian President");
    expect(officeOn(gazetteer.personAliases, "vladimir-putin", "2011-08-24")).toBe("Russian Prime Minister");
  });

  test("empty when no dated title covers the day, when the date is partial across a hand-over, or when only undated titles exist", () => {
    expect(officeOn(gazetteer.personAliases, "sergey-shoigu", "2024-05")).toBe("");
    expect(officeOn(gazetteer.personAliases, "andrei-rudenko", "2024-01-16")).toBe("");
    expect(officeOn(gazetteer.personAliases, "sergey-lavrov", "2001-07-01")).toBe("");
    expect(officeOn(gazetteer.personAliases, "sergey-lavrov", "")).toBe("");
  });
});

describe("eventParticipantsTable(participants, events, aliases)", () => {
  test("each participant carries the office held on the trip's first day", () => {
    const event = (event_id: string, date_start: string) => ({ event_id, date_start }) as Event;
    const rows = eventParticipantsTable(
      [
        { event_id: "2024-11-rus-to-prk", person_id: "andrei-belousov", role: "guest" },
        { event_id: "2023-07-rus-to-prk", person_id: "sergey-shoigu", role: "guest" }
      ],
      [event("2023-07-rus-to-prk", "2023-07-26"), event("2024-11-rus-to-prk", "2024-11-29")],
      gazetteer.personAliases
    );
    expect(rows).toEqual([
      { event_id: "2023-07-rus-to-prk", person_id: "sergey-shoigu", role: "guest", office: "Russian Defence Minister" },
      { event_id: "2024-11-rus-to-prk", person_id: "andrei-belousov", role: "guest", office: "Russian Defence Minister" }
    ]);
  });
});

describe("parseGazetteer: the surname kind", () => {
  const files = (aliases: string) => ({
    people: { file: "people.csv", text: "person_id,name,country,role,level,notes\nkim-a,Kim A,PRK,,other,\n" },
    personAliases: { file: "person_aliases.csv", text: `person_id,alias,kind,valid_from,valid_to,lang\n${aliases}` },
    places: { file: "places.csv", text: "place_id,name_en,name_id,kind,country,parent,lat,lon,notes\n" },
    placeAliases: { file: "place_aliases.csv", text: "place_id,alias,lang\n" }
  });

  test("accepts name, short, surname and title, and names the line of any other kind", () => {
    expect(parseGazetteer(files("kim-a,Kim,surname,,,\n")).personAliases[0]?.kind).toBe("surname");
    expect(() => parseGazetteer(files("kim-a,Kim,nickname,,,\n"))).toThrow(CsvError);
    expect(() => parseGazetteer(files("kim-a,Kim,nickname,,,\n"))).toThrow(/line 2/);
  });

  test("every Korean full name in the gazetteer has its surname, so the surname is never taken for a given name", () => {
    const koreans = new Set(gazetteer.people.filter((p) => p.country === "PRK" || p.country === "KOR").map((p) => p.person_id));
    const withSurname = new Set(gazetteer.personAliases.filter((a) => a.kind === "surname" || a.kind === "short").map((a) => a.person_id));
    expect([...koreans].filter((id) => !withSurname.has(id))).toEqual([]);
  });
});

describe("parseGazetteer: the optional 'died' column of people.csv", () => {
  const files = (people: string) => ({
    people: { file: "people.csv", text: people },
    personAliases: { file: "person_aliases.csv", text: "person_id,alias,kind,valid_from,valid_to,lang\n" },
    places: { file: "places.csv", text: "place_id,name_en,name_id,kind,country,parent,lat,lon,notes\n" },
    placeAliases: { file: "place_aliases.csv", text: "place_id,alias,lang\n" }
  });

  test("reads a day or nothing, and a file without the column as before", () => {
    const read = parseGazetteer(files("person_id,name,country,role,level,notes,died\nkim-a,Kim A,PRK,,head,,1994-07-08\nkim-b,Kim B,PRK,,head,,\n")).people;
    expect(read.map((p) => p.died)).toEqual(["1994-07-08", ""]);
    expect(parseGazetteer(files("person_id,name,country,role,level,notes\nkim-a,Kim A,PRK,,head,\n")).people[0]?.died).toBeUndefined();
  });

  test("names the file, the line and the value of a day that is not one", () => {
    expect(() => parseGazetteer(files("person_id,name,country,role,level,notes,died\nkim-a,Kim A,PRK,,head,,1994-13-08\n"))).toThrow(/people\.csv.*line 2.*died '1994-13-08'/);
  });

  test("the people the desk knows to have died have their day", () => {
    const died = new Map(gazetteer.people.map((p) => [p.person_id, p.died ?? ""]));
    expect([died.get("kim-il-sung"), died.get("kim-jong-il"), died.get("vladimir-putin")]).toEqual(["1994-07-08", "2011-12-17", ""]);
  });
});
