// What an editor fixes when a new article arrives: capitalised names the gazetteer does not know, date
// expressions the article gives no anchor for, and meeting reports that name nobody. Pure; the CLI
// (src/cli/lint-corpus.ts) prints it.
import { z } from "zod";
import { findDates, type Anchor } from "./dates.ts";
import { perPack, type LanguagePack } from "./lang/pack.ts";
import type { Mention } from "./events/mentions.ts";
import type { EntityMention } from "./recognise/recognise.ts";
import { parseRows } from "./rows.ts";
import type { Sentence } from "./types.ts";

export const LINT_IGNORE_COLUMNS = ["phrase", "notes"] as const;

const ignoreSchema = z.object({ phrase: z.string().trim().min(1, { error: "is empty" }), notes: z.string() });

/** data/lexicon/lint_ignore.csv: capitalised phrases that are not entities (treaty names, organisations, outlets). */
export function parseLintIgnore(text: string, file: string): Set<string> {
  return new Set(parseRows(text, file, LINT_IGNORE_COLUMNS, ignoreSchema).map((row) => normalise(row.phrase)));
}

export interface LintFinding {
  kind: "unknown-name" | "unresolved-date" | "no-participants";
  /** 1-based line in the stored text. */
  line: number;
  text: string;
}

// A fixed day: any expression that resolves against it is a date expression, whatever the article's anchor.
const PROBE: Anchor = { date: "2000-01-15", precision: "day", source: "context", text: "probe", flags: [] };
const CAPITALISED = /(?:\p{Lu}[\p{L}\p{N}'’.-]*)(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;

export function lintArticle(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly EntityMention[],
  mentions: readonly Mention[],
  anchor: Anchor | null,
  ignore: ReadonlySet<string>,
  pack: LanguagePack
): LintFinding[] {
  const findings: LintFinding[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  for (const sentence of sentences) {
    const covered = entities.filter((e) => e.sentence_id === sentence.sentence_id);
    let masked = sentence.text;
    const dates = findDates(sentence.text, PROBE, pack, sentence.start);
    for (const e of [...covered, ...dates]) masked = masked.slice(0, e.start - sentence.start) + "\u0000".repeat(e.end - e.start) + masked.slice(e.end - sentence.start);
    // A person the recogniser found but the gazetteer lacks ("Lee Sang-min"), in full; its later surname alone is the same person.
    // An official named with a title and a country (recognise/unlisted.ts) is in the tables, but not yet the gazetteer's.
    for (const e of covered) {
      if (e.kind === "person" && (e.id === "" || e.via === "unlisted") && /\s/u.test(e.text)) findings.push({ kind: "unknown-name", line: lineOf(e.start), text: e.text });
    }
    const opening = /^[\s"“‘'(]*/u.exec(masked)?.[0].length ?? 0;
    for (const m of masked.matchAll(CAPITALISED)) {
      let phrase = m[0].replace(/[.'’-]+$/u, "");
      let start = m.index ?? 0;
      // The first word of a sentence is capitalised by position: alone it is no name.
      if (start === opening) {
        const rest = /^\S+\s+/u.exec(phrase);
        if (rest === null) continue;
        phrase = phrase.slice(rest[0].length);
        start += rest[0].length;
      }
      // A capitalised function word opens no name ("The Ministry", "And I", "That’s"): the pack's words.
      const lead = leadingFunctionWords(phrase, pack);
      phrase = phrase.slice(lead);
      start += lead;
      // One letter is an initial or a pronoun, not a name an editor can add.
      if ([...phrase].length < 2 || ignore.has(normalise(phrase)) || ignore.has(normalise(m[0]))) continue;
      findings.push({ kind: "unknown-name", line: lineOf(sentence.start + start), text: phrase });
    }
    const resolved = new Set(findDates(sentence.text, anchor, pack, sentence.start).map((d) => d.start));
    for (const d of dates) {
      if (!resolved.has(d.start)) findings.push({ kind: "unresolved-date", line: lineOf(d.start), text: d.text });
    }
  }
  for (const m of mentions) {
    if (m.people.length === 0) findings.push({ kind: "no-participants", line: lineOf(m.char_start), text: m.triggers.join(", ") });
  }
  return findings.sort((a, b) => a.line - b.line || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

// Words that are never a name's first word: the pack's function, stop and pronoun lists.
const notNames = perPack((pack) => new Set(["function_words", "stop_words", "pronouns"].flatMap((kind) => pack.wordsIfAny(kind)).map((w) => w.toLowerCase())));

/** How many characters of `phrase` are function words ahead of its first possible name word. */
function leadingFunctionWords(phrase: string, pack: LanguagePack): number {
  const words = notNames(pack);
  let cut = 0;
  for (const m of phrase.matchAll(/\S+\s*/gu)) {
    const word = m[0].trim().toLowerCase().replace(/['’]s$/u, "");
    if (!words.has(word)) break;
    cut = (m.index ?? 0) + m[0].length;
  }
  return cut;
}

function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, " ").trim();
}
