// "Lavrov met Choe Son Hui, and she said …": a pronoun of a gender stands for a person of that gender.
import type { FinderState } from "./finder-state.ts";
import { deadByNow } from "./names.ts";
import { lowerBound } from "./quote-text.ts";
import type { Who } from "./quote-types.ts";

/** The gender of the person's pronoun in `text` ("she", "said she": pronouns.csv gender), else "". */
export function pronounGender(f: FinderState, text: string): string {
  if (f.words.pronounGenders.size === 0) return "";
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const gender = f.words.pronounGenders.get(word);
    if (gender !== undefined) return gender;
  }
  return "";
}

/**
 * Whom a pronoun of a gender stands for, given `who`, the person the reading by position found (speaker.ts carry: the
 * sentence's subject, the last speaker, the person the sentence before is about). When the gazetteer gives `who` the
 * other gender (people.csv gender), the nearest person of the pronoun's gender named before `position` (outside
 * quotations, alive by the article's date) is whom it stands for — "Lavrov met Choe Son Hui, and she said …" is
 * Choe's, not Lavrov's — else nobody: a woman the gazetteer lacks ("a ministry spokeswoman … She said …") is no man
 * it knows. `who` as found when it is of the pronoun's gender or of none known, or when the pronoun has none ("ia").
 */
export function genderedReferent(f: FinderState, position: number, text: string, who: Who | null): Who | null {
  const people = f.input.people;
  if (who === null || who.kind !== "person" || people === undefined) return who;
  const gender = pronounGender(f, text);
  const known = people.get(who.id)?.gender ?? "";
  if (gender === "" || known === "" || known === gender) return who;
  for (let i = lowerBound(f.people, position) - 1; i >= 0; i--) {
    const p = f.people[i]!;
    if (p.end > position || f.mask[p.start] === 1 || people.get(p.id)?.gender !== gender || deadByNow(f, p.id)) continue;
    return { id: p.id, kind: "person", text, attribution: "carry-over", name: p.text };
  }
  return null;
}
