// "Lavrov last came to the country in October 2023", "Shoigu datang ke negara tersebut": a definite noun standing for a
// country (lang/*/country_anaphors.csv) names the country last named before it, or the country of the place last
// named (a city, a region, a site; not a building, which stands for its institution: "the Kremlin said"): Wonsan →
// North Korea. Recognised as a place entity of that country, so
// the venue rules read "came to the country" as they read "came to North Korea". Owns that resolution only; pipeline.ts
// adds these entities to the recogniser's.
import type { Place } from "./gazetteer.ts";
import type { EntityMention } from "./recognise.ts";
import type { Sentence } from "../types.ts";

/** The country place of each country code ("PRK" → north-korea). */
function countriesByCode(places: ReadonlyMap<string, Place>): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const p of places.values()) if (p.kind === "country" && !out.has(p.country)) out.set(p.country, p);
  return out;
}

/**
 * The place entities the country anaphors of the text stand for, each the country of the last place entity before it
 * (none when no place was named before). `pattern` is the pack's country_anaphors, global.
 */
export function countryAnaphors(text: string, sentences: readonly Sentence[], entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, pattern: RegExp): EntityMention[] {
  const byCode = countriesByCode(places);
  // A building stands for its institution ("the Kremlin said"), not a place anyone came to: it names no country here.
  // Nor does a country joined by a hyphen into a modifier ("the Russia-Ukraine war", "Pyongyang-based"): it names a
  // matter, not a place anyone came to.
  const named = entities.filter((e) => e.kind === "place" && places.get(e.id)?.kind !== "building" && !inCompound(text, e)).sort((a, b) => a.start - b.start);
  const found: EntityMention[] = [];
  for (const sentence of sentences) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m !== null; m = pattern.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const last = named.filter((e) => e.end <= start).at(-1);
      const place = last === undefined ? undefined : places.get(last.id);
      const country = place === undefined || place.country === "" ? undefined : byCode.get(place.country);
      if (country !== undefined) found.push({ kind: "place", id: country.place_id, start, end, text: text.slice(start, end), via: "place", sentence_id: sentence.sentence_id });
    }
  }
  return found;
}

/** Whether the entity is joined by a hyphen or a dash to a word right before or after it ("Russia-Ukraine"). */
function inCompound(text: string, e: EntityMention): boolean {
  return /\p{L}[-–]$/u.test(text.slice(Math.max(0, e.start - 2), e.start)) || /^[-–]\p{L}/u.test(text.slice(e.end, e.end + 2));
}
