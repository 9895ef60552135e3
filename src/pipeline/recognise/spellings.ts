// Romanisations of one name (gazetteer/name_spellings.csv): "Alexandr Fomin" and "Aleksandr Fomin" are Alexander
// Fomin, "Pulikovskii" is Pulikovsky, Seoul's "Lee Chang-dae" is Pyongyang's "Ri Chang-dae". Each row is a set of
// interchangeable spellings of a given name (the first word of a Russian name), a family name (the first word of a
// Korean name) or a surname ending (the end of a Russian name's last word); this module adds, to every name and
// short alias of a person of that country, the same alias with each other spelling, unless the spelling is already
// someone's alias (then it is left to the editor: it might name another person).
import { z } from "zod";
import { parseRows, type WithLine } from "../rows.ts";

/** What this module reads of a person and an alias (gazetteer.ts's rows, which import this module). */
interface PersonRow {
  person_id: string;
  country: string;
}
interface AliasRow {
  person_id: string;
  alias: string;
  kind: string;
}

export const NAME_SPELLING_COLUMNS = ["country", "spellings", "position", "comment"] as const;

const spellingSchema = z.object({
  country: z.string().regex(/^[A-Z]{3}$/, { error: "is not an ISO 3166-1 alpha-3 code" }),
  // Two or more spellings, "|" between them.
  spellings: z.string().regex(/^[^|]+(\|[^|]+)+$/u, { error: "is not two or more spellings joined by '|'" }),
  position: z.enum(["first", "ending"], { error: "is not one of first, ending" }),
  comment: z.string()
});

export type NameSpelling = WithLine<z.infer<typeof spellingSchema>>;

export function parseNameSpellings(text: string, file: string): NameSpelling[] {
  return parseRows(text, file, NAME_SPELLING_COLUMNS, spellingSchema);
}

const key = (alias: string) => alias.normalize("NFKC").toLowerCase().replace(/[\s\u00a0-]+/gu, " ").trim();

/** The aliases with every other spelling of their first word or ending added, as rows of the same person and dates. */
export function withSpellings<A extends AliasRow>(aliases: readonly A[], people: readonly PersonRow[], spellings: readonly NameSpelling[]): A[] {
  if (spellings.length === 0) return [...aliases];
  const countryOf = new Map(people.map((p) => [p.person_id, p.country]));
  const taken = new Set(aliases.map((a) => key(a.alias)));
  const added: A[] = [];
  for (const a of aliases) {
    if (a.kind !== "name" && a.kind !== "short") continue;
    const words = a.alias.split(/\s+/u);
    for (const row of spellings) {
      if (row.country !== countryOf.get(a.person_id)) continue;
      const forms = row.spellings.split("|");
      for (const form of forms) {
        let variants: string[] = [];
        if (row.position === "first" && a.kind === "name" && words.length > 1 && words[0] === form) {
          variants = forms.filter((f) => f !== form).map((f) => [f, ...words.slice(1)].join(" "));
        } else if (row.position === "ending" && a.alias.endsWith(form) && a.alias.length > form.length + 2) {
          variants = forms.filter((f) => f !== form).map((f) => a.alias.slice(0, -form.length) + f);
        }
        for (const alias of variants) {
          if (taken.has(key(alias))) continue;
          taken.add(key(alias));
          added.push({ ...a, alias });
        }
      }
    }
  }
  return [...aliases, ...added];
}
