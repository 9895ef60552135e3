// The aliases an editor adds to the gazetteer decide who takes part in a meeting and who speaks, and a careless
// one does so silently: "Presiden" as an alias of Putin makes every president Putin. So, on loading, each alias is
// checked against data, not against a list kept here:
// - a common word (one of a language pack's ordinary words: function and stop words, pronouns, title words …,
//   compared case-insensitively, so "Presiden" is the title word "presiden") is an error, and the alias is left
//   out, as a bad source-log row is;
// - a title of one word matches that word in any capitalisation: a warning;
// - an alias shared by two people names neither (and a place alias shared by two places names only the first): a
//   warning naming both and their lines. Two sharings are meant, and pass: a surname many people have (kind
//   `surname`), and a title held by several people at once with no dates on any of them (a deputy minister's,
//   which data/README.md says names none of them); titles held in turn pass when their dates do not overlap;
// - an alias mixing lookalike scripts ("Lavrоv" with a Cyrillic о) matches no text: a warning.
// Pure: the gazetteer and the packs in, the kept gazetteer and the findings out.
import type { LanguagePacks } from "../lang/pack.ts";
import { describeMixed, mixedScriptWords } from "../lang/scripts.ts";
import type { Finding } from "../types.ts";
import type { Gazetteer, PersonAlias, PlaceAlias } from "./gazetteer.ts";
import { aliasKey } from "./alias-key.ts";

/**
 * The pack files whose words are ordinary words of the language, not names: a name equal to one of them would
 * match the word wherever it is written (every pack has each file, possibly with its header only).
 */
const COMMON_KINDS = ["function_words", "stop_words", "pronouns", "anaphor_titles", "person_nouns", "relay_nouns", "weekdays"];

/** Where the alias files are, as findings name them (relative to the data folder). */
export interface AliasFiles {
  personAliases: string;
  placeAliases: string;
}

const FILES: AliasFiles = { personAliases: "gazetteer/person_aliases.csv", placeAliases: "gazetteer/place_aliases.csv" };

/** As the recogniser compares aliases: case-folded, any run of spaces or hyphens one space, ’ as '. */
/** Common word → where it is listed ("lang/id/anaphor_titles.csv line 4"), for one language or, for "", all. */
function commonWords(packs: LanguagePacks): (lang: string) => Map<string, string> {
  const byLang = new Map<string, Map<string, string>>();
  const all = new Map<string, string>();
  for (const pack of packs.all()) {
    const words = new Map<string, string>();
    for (const kind of COMMON_KINDS) {
      if (!pack.has(kind)) continue;
      for (const row of pack.rows(kind)) {
        const key = aliasKey(row.word);
        const where = `lang/${pack.lang}/${kind}.csv line ${row.line}`;
        if (!words.has(key)) words.set(key, where);
        if (!all.has(key)) all.set(key, where);
      }
    }
    byLang.set(pack.lang, words);
  }
  // An alias marked with a language is read against that language's words; one with none against every pack's.
  return (lang) => (lang === "" ? all : (byLang.get(lang) ?? new Map()));
}

/** Whether two date ranges (either end open when empty) share a day. */
function overlap(a: Pick<PersonAlias, "valid_from" | "valid_to">, b: Pick<PersonAlias, "valid_from" | "valid_to">): boolean {
  return (a.valid_from === "" || b.valid_to === "" || a.valid_from <= b.valid_to) && (b.valid_from === "" || a.valid_to === "" || b.valid_from <= a.valid_to);
}

const dated = (a: PersonAlias) => a.valid_from !== "" || a.valid_to !== "";
const dates = (a: PersonAlias) => (dated(a) ? `, ${a.valid_from || "…"} to ${a.valid_to || "…"}` : "");

/** Whether two people's rows of one alias may share it: surnames, titles held or names borne in turn, or a post
 * several hold at once. */
function meantToShare(a: PersonAlias, b: PersonAlias, group: readonly PersonAlias[]): boolean {
  if (a.kind === "surname" && b.kind === "surname") return true;
  if (a.kind !== b.kind || (a.kind !== "title" && a.kind !== "name")) return false;
  return !overlap(a, b) || (a.kind === "title" && group.every((row) => !dated(row)));
}

/** The gazetteer without the aliases rejected, and a finding (file and line) for each risky alias. */
export function checkAliases(gazetteer: Gazetteer, packs: LanguagePacks, files: AliasFiles = FILES): Gazetteer {
  const findings: Finding[] = [];
  const note = (file: string, line: number, severity: "warning" | "error", code: string, message: string) =>
    findings.push({ article_id: file, file, line, severity, code, message });
  const common = commonWords(packs);
  const commonOf = (alias: { alias: string; lang: string }) => common(alias.lang).get(aliasKey(alias.alias));

  const personAliases = gazetteer.personAliases.filter((a) => {
    const listed = commonOf(a);
    if (listed === undefined) return true;
    note(files.personAliases, a.line, "error", "common-word-alias", `alias '${a.alias}' of ${a.person_id} is a common word (${listed}): it would name ${a.person_id} wherever the word is written; the alias is left out: give a full name, or a title with its country or office`);
    return false;
  });
  const placeAliases = gazetteer.placeAliases.filter((a) => {
    const listed = commonOf(a);
    if (listed === undefined) return true;
    note(files.placeAliases, a.line, "error", "common-word-alias", `alias '${a.alias}' of ${a.place_id} is a common word (${listed}): it would place events in ${a.place_id} wherever the word is written; the alias is left out`);
    return false;
  });

  for (const a of personAliases) {
    if (a.kind === "title" && !aliasKey(a.alias).includes(" ")) {
      note(files.personAliases, a.line, "warning", "one-word-title", `title '${a.alias}' of ${a.person_id} is one word, and a title matches in any capitalisation: it names ${a.person_id} wherever '${a.alias.toLowerCase()}' is written; give the title with its country or office`);
    }
  }
  const byAlias = new Map<string, PersonAlias[]>();
  for (const a of personAliases) byAlias.set(aliasKey(a.alias), [...(byAlias.get(aliasKey(a.alias)) ?? []), a]);
  for (const group of byAlias.values()) {
    if (new Set(group.map((a) => a.person_id)).size < 2) continue;
    for (const [i, a] of group.entries()) {
      // Each later row against the rows above it: one finding a row, on the later line.
      const clash = group.slice(0, i).find((b) => b.person_id !== a.person_id && !meantToShare(a, b, group));
      if (clash === undefined) continue;
      const why = a.kind === clash.kind && (a.kind === "title" || dated(a) || dated(clash)) ? `the dates overlap, and on the days both hold it the ${a.kind} names neither: correct the dates` : "an alias two people share names neither of them: make it specific, or kind 'surname' if it is a family name both bear";
      note(files.personAliases, a.line, "warning", "shared-alias", `alias '${a.alias}' (${a.kind}${dates(a)}) of ${a.person_id} is also ${clash.person_id}'s (${clash.kind}${dates(clash)}) on line ${clash.line}: ${why}`);
    }
  }
  const firstPlace = new Map<string, PlaceAlias>();
  for (const a of placeAliases) {
    const first = firstPlace.get(aliasKey(a.alias));
    if (first === undefined) firstPlace.set(aliasKey(a.alias), a);
    else if (first.place_id !== a.place_id) {
      note(files.placeAliases, a.line, "warning", "shared-alias", `alias '${a.alias}' of ${a.place_id} is also ${first.place_id}'s on line ${first.line}: only ${first.place_id} is ever found by it; make it specific`);
    }
  }

  for (const [file, rows] of [[files.personAliases, personAliases], [files.placeAliases, placeAliases]] as const) {
    for (const row of rows) {
      const mixed = mixedScriptWords(row.alias);
      if (mixed.length > 0) note(file, row.line, "warning", "mixed-script", `alias ${describeMixed(mixed[0]!)}: it matches no text written in one script; retype it`);
    }
  }
  return { ...gazetteer, personAliases, placeAliases, findings: [...(gazetteer.findings ?? []), ...findings] };
}
