// The gazetteers an editor owns (data/gazetteer/*.csv): people with every spelling and title they
// appear under, places with their Indonesian and English names. Validated here, with errors that
// name the file and line, so that a typo never silently drops a person from the tables.
import { z } from "zod";
import { CsvError } from "../csv.ts";
import { once } from "../lang/matcher.ts";
import { assertUnique, parseRows, type WithLine } from "../rows.ts";
import { parseNameSpellings, withSpellings } from "./spellings.ts";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "is not a kebab-case id" });
const iso3 = z.string().regex(/^[A-Z]{3}$/, { error: "is not an ISO 3166-1 alpha-3 code" });
const isoDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: "is not an ISO date (YYYY-MM-DD) or empty" })
  .refine((value) => value === "" || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: "is not a real date" });
const coordinate = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, { error: "is not a number" })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { error: `is not between ${min} and ${max}` });

export const PEOPLE_COLUMNS = ["person_id", "name", "country", "role", "level", "notes"] as const;
export const PERSON_ALIAS_COLUMNS = ["person_id", "alias", "kind", "valid_from", "valid_to", "lang"] as const;
export const PLACE_COLUMNS = ["place_id", "name_en", "name_id", "kind", "country", "parent", "lat", "lon", "notes"] as const;
export const PLACE_ALIAS_COLUMNS = ["place_id", "alias", "lang"] as const;

export const LEVELS = ["head", "minister", "deputy", "other"] as const;
export type Level = (typeof LEVELS)[number];

const personSchema = z.object({
  person_id: id,
  name: z.string().min(1, { error: "is empty" }),
  country: iso3,
  role: z.string(),
  level: z.enum(LEVELS, { error: `is not one of ${LEVELS.join(", ")}` }),
  notes: z.string(),
  // An optional column: the day the person died, ISO ("" or absent: alive, or not known). A person takes no part in
  // a meeting after it ("ketika Kim Il Sung rutin bertemu …" recalled in a story of 2024).
  died: z.union([z.literal(""), isoDate]).optional(),
  // An optional column: the person's gender, f or m ("" or absent: not known). A pronoun of a gender ("she said")
  // stands for the nearest person of that gender (quotes/pronoun-gender.ts).
  gender: z.enum(["", "f", "m"], { error: "is not one of f, m or empty" }).optional()
});

const personAliasSchema = z.object({
  person_id: id,
  alias: z.string().trim().min(1, { error: "is empty" }),
  // name: a spelling of the full name; short: a surname that names the person alone when no one else in the
  // gazetteer has it ("Lavrov"), else only after the full name in the same article; surname: a family name many
  // people share ("Kim", "Lee", "Choe"), naming the person only after their full name in the same article;
  // title: a role phrase ("Menteri Luar Negeri Rusia") that denotes the person between the dates.
  kind: z.enum(["name", "short", "surname", "title"], { error: "is not one of name, short, surname, title" }),
  valid_from: isoDate,
  valid_to: isoDate,
  lang: z.enum(["", "id", "en"], { error: "is not empty, id or en" })
});

const placeSchema = z.object({
  place_id: id,
  name_en: z.string().min(1, { error: "is empty" }),
  name_id: z.string().min(1, { error: "is empty" }),
  kind: z.enum(["country", "region", "city", "building", "site"], { error: "is not one of country, region, city, building, site" }),
  country: z.string().regex(/^([A-Z]{3})?$/, { error: "is not an ISO 3166-1 alpha-3 code or empty" }),
  parent: z.union([z.literal(""), id]),
  lat: coordinate(-90, 90),
  lon: coordinate(-180, 180),
  notes: z.string()
});

const placeAliasSchema = z.object({
  place_id: id,
  alias: z.string().trim().min(1, { error: "is empty" }),
  lang: z.enum(["", "id", "en"], { error: "is not empty, id or en" })
});

export type Person = WithLine<z.infer<typeof personSchema>>;
export type PersonAlias = WithLine<z.infer<typeof personAliasSchema>>;
export type Place = WithLine<z.infer<typeof placeSchema>>;

/** A place and the places it lies in, nearest first (the Kremlin, Moscow, Russia); a cycle in the parents ends it. */
export function* placeAndParents(place: Place, places: ReadonlyMap<string, Place>): Generator<Place> {
  const seen = new Set<string>();
  for (let p: Place | undefined = place; p !== undefined && !seen.has(p.place_id); p = places.get(p.parent)) {
    seen.add(p.place_id);
    yield p;
  }
}

/** The place id of the city a place is or lies in (the Kremlin: Moscow); null for a country, a region or a site outside one. */
export function cityOf(place: Place, places: ReadonlyMap<string, Place>): string | null {
  for (const p of placeAndParents(place, places)) if (p.kind === "city") return p.place_id;
  return null;
}

/** Whether the person had died before `day` (ISO; "" when unknown: then nobody has). */
export function deadBy(id: string, day: string, people: ReadonlyMap<string, Partial<Pick<Person, "died">>>): boolean {
  const died = people.get(id)?.died ?? "";
  return died !== "" && day !== "" && day > died;
}

export type PlaceAlias = WithLine<z.infer<typeof placeAliasSchema>>;

export interface Gazetteer {
  people: Person[];
  personAliases: PersonAlias[];
  places: Place[];
  placeAliases: PlaceAlias[];
  /** Risky aliases found on loading (alias-check.ts), for the ingest report; the rejected ones are not above. */
  findings?: readonly import("../types.ts").Finding[];
}

export interface GazetteerFiles {
  people: { file: string; text: string };
  personAliases: { file: string; text: string };
  places: { file: string; text: string };
  placeAliases: { file: string; text: string };
  /** Optional: romanisations of one name (spellings.ts); without it the aliases are taken as written. */
  nameSpellings?: { file: string; text: string };
}

/** Parses and cross-checks the four gazetteer files; throws a CsvError naming the file and line of the first problem. */
export function parseGazetteer(files: GazetteerFiles): Gazetteer {
  const people = parseRows(files.people.text, files.people.file, PEOPLE_COLUMNS, personSchema);
  assertUnique(people, "person_id", files.people.file);
  const personAliases = parseRows(files.personAliases.text, files.personAliases.file, PERSON_ALIAS_COLUMNS, personAliasSchema);
  const places = parseRows(files.places.text, files.places.file, PLACE_COLUMNS, placeSchema);
  assertUnique(places, "place_id", files.places.file);
  const placeAliases = parseRows(files.placeAliases.text, files.placeAliases.file, PLACE_ALIAS_COLUMNS, placeAliasSchema);

  const personIds = new Set(people.map((person) => person.person_id));
  for (const alias of personAliases) {
    if (!personIds.has(alias.person_id)) {
      throw new CsvError(files.personAliases.file, alias.line, `person_id '${alias.person_id}' is not in ${files.people.file}`);
    }
    if (alias.valid_from !== "" && alias.valid_to !== "" && alias.valid_from > alias.valid_to) {
      throw new CsvError(files.personAliases.file, alias.line, `valid_from '${alias.valid_from}' is after valid_to '${alias.valid_to}'`);
    }
  }
  const placeIds = new Set(places.map((place) => place.place_id));
  for (const place of places) {
    if (place.parent !== "" && !placeIds.has(place.parent)) {
      throw new CsvError(files.places.file, place.line, `parent '${place.parent}' is not a place_id in ${files.places.file}`);
    }
    if (place.parent === place.place_id) throw new CsvError(files.places.file, place.line, `parent '${place.parent}' is the place itself`);
  }
  for (const alias of placeAliases) {
    if (!placeIds.has(alias.place_id)) {
      throw new CsvError(files.placeAliases.file, alias.line, `place_id '${alias.place_id}' is not in ${files.places.file}`);
    }
  }
  const spellings = files.nameSpellings === undefined ? [] : parseNameSpellings(files.nameSpellings.text, files.nameSpellings.file);
  return { people, personAliases: withSpellings(personAliases, people, spellings), places, placeAliases };
}

/** Whether an alias valid between `valid_from` and `valid_to` (either open) covers all of `date`, an ISO date
 * possibly partial (2024-11 is compared by its first and last possible day); undated aliases cover any date. */
export function coversDate(alias: Pick<PersonAlias, "valid_from" | "valid_to">, date: string): boolean {
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (alias.valid_from === "" || alias.valid_from <= first) && (alias.valid_to === "" || last <= alias.valid_to);
}

/**
 * A person's office on `date`, in English: the first English title of theirs in person_aliases.csv whose dates
 * cover it ("Russian Defence Minister" for Shoigu in September 2023), or "" when none does. Undated titles do not
 * count: they say nothing about when the person held the post.
 */
export function officeOn(aliases: readonly PersonAlias[], person_id: string, date: string): string {
  if (date === "") return "";
  const title = datedTitles(aliases).get(person_id)?.find((a) => coversDate(a, date));
  return title?.alias ?? "";
}

/** Each person's dated English titles, in file order: indexed once per alias list, so that a participant's office
 * costs a look-up, not a pass over every alias of the gazetteer. */
const datedTitles = once((aliases: readonly PersonAlias[]) => {
  const titles = new Map<string, PersonAlias[]>();
  for (const a of aliases) {
    if (a.kind !== "title" || a.lang !== "en" || (a.valid_from === "" && a.valid_to === "")) continue;
    (titles.get(a.person_id) ?? titles.set(a.person_id, []).get(a.person_id)!).push(a);
  }
  return titles;
});
