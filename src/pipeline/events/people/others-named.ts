// Whether a clause that names nobody by name is talks of others: it names a country of neither side ("mandeknya
// pembicaraan nuklir dengan AS") and not the countries of both sides. A meeting the two sides hold with one third
// country ("Wakil Menlu Korea Utara, China dan Rusia Bertemu di Moskow", "Russian, Chinese and North Korean deputy
// ministers met in Moscow", officials named by their countries' titles only) names both sides and a third: it is the
// sides' meeting, and the news's when it is undated. A forum of many countries is not ("Rusia, bersama dengan Korea
// Utara dan Korea Selatan, Tiongkok, Amerika Serikat serta Jepang, tergabung dalam perundingan enam": the six-party
// talks), nor is a clause naming a side by its city only: only countries count, as for a third country (sides.ts
// isForeign); a city says where, not who.
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Sides } from "../mention-types.ts";
import { isForeign } from "../sides.ts";

/** The most third countries a meeting of the two sides with others names: a trilateral's one. */
const THIRD_COUNTRIES = 1;

/** Whether the places of [from, to) name a third country and do not name the two sides with one third country only. */
export function othersNamed(inSentence: readonly EntityMention[], from: number, to: number, places: ReadonlyMap<string, Place>, sides: Sides): boolean {
  const countries = inSentence.filter((e) => e.kind === "place" && e.start >= from && e.end <= to).map((e) => places.get(e.id)).filter((p): p is Place => p?.kind === "country");
  const third = new Set(countries.filter((p) => isForeign(p, sides)).map((p) => p.country));
  if (third.size === 0) return false;
  return third.size > THIRD_COUNTRIES || !sides.every((side) => countries.some((p) => p.country === side));
}
