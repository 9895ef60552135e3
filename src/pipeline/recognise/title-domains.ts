// The country a title's domain had earlier in the article: "Kementerian Keuangan Rusia … setuju …" and then "kunjungan
// Deputi Keuangan Sergei Storchak", whose title names no country, is Russia's finance deputy, as a reader takes him.
// Each domain word of a title or a body's name (office_titles.csv kind "domain": "Keuangan", "Finance", "Luar
// Negeri") is remembered with the one country of the two sides its words gave; a domain given two countries in the
// article gives none. Only a title with an office (or a rank before a domain: "Deputi Keuangan") and no country of
// its own asks (title-shapes.ts). Owns the memory only.
import { titleKey, type Unit } from "./title-units.ts";

export class DomainCountries {
  private readonly seen = new Map<string, string>();

  /** Remember the domains of a phrase whose words give `country` (one of the two sides). */
  note(text: string, phrase: readonly Unit[], country: string): void {
    for (const u of phrase) {
      if (u.kind !== "domain") continue;
      const key = titleKey(text.slice(u.start, u.end));
      const before = this.seen.get(key);
      this.seen.set(key, before === undefined || before === country ? country : "");
    }
  }

  /** The one country the phrase's domains had earlier, or "" for none or several. */
  countryOf(text: string, phrase: readonly Unit[]): string {
    const countries = new Set(phrase.filter((u) => u.kind === "domain").map((u) => this.seen.get(titleKey(text.slice(u.start, u.end))) ?? ""));
    countries.delete("");
    return countries.size === 1 ? [...countries][0]! : "";
  }
}
