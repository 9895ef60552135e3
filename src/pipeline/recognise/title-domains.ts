// The country a title's domain had just before in the article: "Kementerian Keuangan Rusia … setuju …" and then
// "kunjungan Deputi Keuangan Sergei Storchak", whose title names no country, is Russia's finance deputy, as a reader
// takes him. Each domain word of a title or a body's name (office_titles.csv kind "domain": "Keuangan", "Finance",
// "Luar Negeri") is remembered with the one country of the two sides its words gave; a domain given two countries
// gives none. The memory is short: it holds for the same and the next sentence that names a person only (one that
// names no one, "Nilainya sekitar 11 miliar.", goes on about the same matter and brings no other official in), and the other side named by a
// delegation in between ("Delegasi Korea Utara tiba …") ends it, since the officials that follow may be that side's.
// Only a rank before a domain with no office word ("Deputi Keuangan") asks (title-shapes.ts): a minister's title
// with no country ("Wakil Menteri Luar Negeri …") is as often the other side's. Owns the memory only.
import { titleKey, type Unit } from "./title-units.ts";

/** How many sentences naming a person after the one that named it a domain's country holds. */
const REACH = 1;

export class DomainCountries {
  private readonly seen = new Map<string, { country: string; sentence: number }>();
  private sentence = 0;

  /** Move on to the next sentence of the article that names a person: call once for each, read or not. */
  nextSentence(): void {
    this.sentence++;
  }

  /** Remember the domains of a phrase whose words give `country` (one of the two sides). */
  note(text: string, phrase: readonly Unit[], country: string): void {
    for (const u of phrase) {
      if (u.kind !== "domain") continue;
      const key = titleKey(text.slice(u.start, u.end));
      const before = this.live(key);
      this.seen.set(key, { country: before === undefined || before === country ? country : "", sentence: this.sentence });
    }
  }

  /** A delegation of `country` was named: every domain remembered with another country is forgotten. */
  sideNamed(country: string): void {
    for (const [key, entry] of this.seen) if (entry.country !== country) this.seen.delete(key);
  }

  /** The one country the phrase's domains had just before, or "" for none or several. */
  countryOf(text: string, phrase: readonly Unit[]): string {
    const countries = new Set(phrase.filter((u) => u.kind === "domain").map((u) => this.live(titleKey(text.slice(u.start, u.end))) ?? ""));
    countries.delete("");
    return countries.size === 1 ? [...countries][0]! : "";
  }

  private live(key: string): string | undefined {
    const entry = this.seen.get(key);
    return entry !== undefined && this.sentence - entry.sentence <= REACH ? entry.country : undefined;
  }
}
