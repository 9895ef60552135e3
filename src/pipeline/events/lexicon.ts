// The event lexicons an editor owns: data/lexicon/event_triggers.csv (words that report a meeting or visit)
// and data/lexicon/modality.csv (cues that make a trigger planned, past, negated or reported). Validated
// here, with errors that name the file and line.
import { z } from "zod";
import { CsvError } from "../csv.ts";
import { anyOf, escapeRegExp, startsOfAny } from "../lang/regex.ts";
import { once, PhraseMatcher } from "../lang/matcher.ts";
import { parseRows } from "../rows.ts";

export const EVENT_TYPES = ["meeting", "summit", "talks", "negotiation", "visit", "arrival", "departure", "reception", "signing"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** CAMEO codes used: 040 consult, 042 make a visit, 043 host a visit, 044 meet at a third location, 046 negotiate, 057 sign a formal agreement. */
export const CAMEO_CODES = ["040", "042", "043", "044", "046", "057"] as const;
export type Cameo = (typeof CAMEO_CODES)[number];

export const TRIGGER_COLUMNS = ["pattern", "match", "event_type", "cameo", "requires", "role", "notes"] as const;
export const MODALITY_COLUMNS = ["cue", "kind", "position", "window", "notes"] as const;

/** purpose: planned only after a journey in the same sentence ("arrived in Ulan-Ude for a summit"); headline: planned
 * only in a headline, whose grammar differs from running text (English "Kim to visit Russia" is the future). */
/** quoted: planned only when the trigger stands inside a quotation, the speaker's own words at the time of speaking
 * ("“my meeting with Putin will be a stepping stone”"): narration's "the visit will mark …" is the reporter's, told
 * of a visit under way. present: the trigger's event is under way as the speaker speaks ("“your visit today will …”"),
 * so a quoted modal does not make it planned. invitation: planned, unless the trigger is an occasion: when something
 * else was done ("the invitation was given at the end of the meeting"), so the invitation before it is not one to it. */
/** ahead: the event the sentence's own came ahead of ("menjelang KTT …"): planned, unless the sentence dates it before
 * the news, when it is an earlier event named as a point in time. */
/** marked: the event an anniversary marks ("the first anniversary of the signing"): background, and the sentence's
 * dates are the marking's, not the event's. */
/** perfect: a past-perfect auxiliary ("had met"): background, unless the sentence reports speech, whose past perfect
 * is the reported past shifted back ("Tass said the ministers had begun talks": the talks of the news). */
export const MODALITY_KINDS = ["planned", "ahead", "purpose", "headline", "quoted", "present", "invitation", "occasion", "background", "perfect", "marked", "negated", "speech", "attribution", "source"] as const;
export type ModalityKind = (typeof MODALITY_KINDS)[number];
export type ModalityPosition = "before" | "after" | "either" | "opening";

const triggerSchema = z.object({
  pattern: z.string().trim().min(1, { error: "is empty" }),
  match: z.enum(["word", "regex"], { error: "is not one of word, regex" }),
  event_type: z.enum(EVENT_TYPES, { error: `is not one of ${EVENT_TYPES.join(", ")}` }),
  cameo: z.enum(CAMEO_CODES, { error: `is not one of ${CAMEO_CODES.join(", ")}` }),
  // both-sides: counts only when people of both countries take part; venue: only with a place it goes to or leaves.
  requires: z.enum(["", "both-sides", "venue"], { error: "is not empty, both-sides or venue" }),
  role: z.enum(["", "planned"], { error: "is not empty or planned" }),
  notes: z.string()
});

const modalitySchema = z.object({
  cue: z.string().trim().min(1, { error: "is empty" }),
  kind: z.enum(MODALITY_KINDS, { error: `is not one of ${MODALITY_KINDS.join(", ")}` }),
  position: z.enum(["before", "after", "either", "opening"], { error: "is not one of before, after, either, opening" }),
  window: z.string().regex(/^(\d{1,2})?$/, { error: "is not a number of words (0-99) or empty" }),
  notes: z.string()
});

export interface Trigger {
  pattern: string;
  event_type: EventType;
  cameo: Cameo;
  requires: "" | "both-sides" | "venue";
  role: "" | "planned";
  /** A phrase matched as whole words, or a regular expression. */
  match: "word" | "regex";
  /** Whole-word, case-insensitive; a possessive -nya ("kunjungannya") is part of the match. */
  readonly regex: RegExp;
  /** The suffixes the trigger may carry inside its last word (the pack's clitics: Indonesian "-nya"). */
  clitics: readonly string[];
  line: number;
}

export interface ModalityCue {
  cue: string;
  kind: ModalityKind;
  position: ModalityPosition;
  /** How many words may stand between the cue and the trigger (or the date, for `source`); null: any. */
  window: number | null;
  readonly regex: RegExp;
  line: number;
}

export interface Lexicons {
  readonly triggers: readonly Trigger[];
  readonly modality: readonly ModalityCue[];
}

/** Never matches: an empty alternation. */
export const NOTHING = "(?!)";
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

/** A phrase as a whole-word pattern whose spaces match any run of whitespace. */
export function wordPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join("\\s+");
}

/** Whole-word alternation source of `words`, longest first (a regular expression takes the first alternative that
 * fits: "kedua belah pihak" must come before "kedua"); NOTHING for an empty list. */
export function alternationOf(words: readonly string[]): string {
  return words.length === 0
    ? NOTHING
    : [...new Set(words)]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
        .map(wordPattern)
        .join("|");
}

/**
 * `entry` with its `regex` compiled on first use. The rules find phrases with a matcher (triggerMatches,
 * cueMatches) and never run a phrase's expression: compiling one for each of 50,000 rows took seconds.
 */
function withRegex<T extends object>(entry: T, make: () => RegExp): T & { readonly regex: RegExp } {
  let regex: RegExp | undefined;
  return Object.defineProperty(entry, "regex", { get: () => (regex ??= make()), enumerable: true }) as T & { readonly regex: RegExp };
}

function compile(source: string, file: string, line: number, column: string, value: string): RegExp {
  try {
    return new RegExp(source, "giu");
  } catch {
    throw new CsvError(file, line, `${column} '${value}' is not a valid regular expression`);
  }
}

/** `clitics`: the suffixes a trigger may carry (the language pack's clitics: Indonesian "-nya"). */
export function parseTriggers(text: string, file: string, clitics: readonly string[] = []): Trigger[] {
  const seen = new Map<string, number>();
  return parseRows(text, file, TRIGGER_COLUMNS, triggerSchema).map((row) => {
    const key = `${row.match}:${row.pattern.toLowerCase()}`;
    const previous = seen.get(key);
    if (previous !== undefined) throw new CsvError(file, row.line, `pattern '${row.pattern}' is already used on line ${previous}`);
    seen.set(key, row.line);
    const body = row.match === "word" ? wordPattern(row.pattern) : row.pattern;
    const suffix = clitics.length === 0 ? "" : `(?:${alternationOf(clitics)})?`;
    const source = `${L}(?:${body})${suffix}${R}`;
    // An editor's expression is checked now; a phrase is escaped, so its expression is always valid.
    const regex = row.match === "regex" ? compile(source, file, row.line, "pattern", row.pattern) : undefined;
    const trigger = { pattern: row.pattern, event_type: row.event_type, cameo: row.cameo, requires: row.requires, role: row.role, match: row.match, clitics, line: row.line };
    return withRegex(trigger, () => regex ?? compile(source, file, row.line, "pattern", row.pattern));
  });
}

export function parseModality(text: string, file: string): ModalityCue[] {
  const seen = new Map<string, number>();
  return parseRows(text, file, MODALITY_COLUMNS, modalitySchema).map((row) => {
    // One word may be two kinds of cue (English "said" opens reported speech and names the speaker after a quote).
    const key = `${row.cue.toLowerCase()}:${row.kind}:${row.position}`;
    const previous = seen.get(key);
    if (previous !== undefined) throw new CsvError(file, row.line, `cue '${row.cue}' of kind '${row.kind}' with position '${row.position}' is already used on line ${previous}`);
    seen.set(key, row.line);
    if ((row.kind === "speech" || row.kind === "attribution") && row.position !== "after") {
      throw new CsvError(file, row.line, `position '${row.position}' is not 'after', the only position a ${row.kind} cue takes`);
    }
    const cue = { cue: row.cue, kind: row.kind, position: row.position, window: row.window === "" ? null : Number(row.window), line: row.line };
    return withRegex(cue, () => compile(`${L}${wordPattern(row.cue)}${R}`, file, row.line, "cue", row.cue));
  });
}

/** A trigger or a modality cue found in a text: its offset in that text and the words as written. */
export interface LexiconMatch<T> {
  entry: T;
  index: number;
  text: string;
}

/** A list's word triggers in one matcher per set of clitics (one set in a pack), and its regular-expression triggers. */
const triggerMatchers = once((triggers: readonly Trigger[]) => {
  const byClitics = new Map<string, Trigger[]>();
  for (const t of triggers) {
    if (t.match !== "word") continue;
    const key = t.clitics.join("|");
    (byClitics.get(key) ?? byClitics.set(key, []).get(key)!).push(t);
  }
  const regexes = triggers.filter((t) => t.match === "regex");
  const bare = regexes.map(bareRegex);
  return {
    words: [...byClitics.values()].map((group) => new PhraseMatcher(group.map((t) => [t.pattern, t] as const), { suffixes: group[0]!.clitics })),
    regexes,
    // Most sentences hold none of them: one test says so. It tries the bare patterns, without the word boundaries
    // around them: a match of a whole expression is one of its pattern, and bare patterns are twice as fast to rule out.
    anyRegex: anyOf(bare),
    // Where a bare pattern matches, found in one scan (null: they cannot be joined): a whole expression can match
    // nowhere else, so each is tried only there, anchored (`sticky`), not run over the whole sentence.
    regexStarts: startsOfAny(bare),
    sticky: regexes.map((t) => new RegExp(t.regex.source, `${t.regex.flags.replace(/[gy]/g, "")}y`))
  };
});

/** A regular-expression trigger's own pattern, without its word boundaries or clitics (its whole expression, should
 * the pattern not stand alone). */
function bareRegex(trigger: Trigger): RegExp {
  try {
    return new RegExp(`(?:${trigger.pattern})`, "iu");
  } catch {
    return trigger.regex;
  }
}

/**
 * Every trigger's matches in `text`, each as its own regular expression finds them (`text.matchAll(trigger.regex)`):
 * the word triggers in one scan, whatever their number; the few written as regular expressions one by one.
 */
export function triggerMatches(triggers: readonly Trigger[], text: string): Array<LexiconMatch<Trigger>> {
  const { words, regexes, anyRegex, regexStarts, sticky } = triggerMatchers(triggers);
  const found: Array<LexiconMatch<Trigger>> = [];
  for (const matcher of words) {
    for (const m of matcher.findEach(text)) for (const entry of m.values) found.push({ entry, index: m.start, text: m.text });
  }
  if (regexes.length === 0 || !anyRegex(text)) return found;
  const starts = regexStarts?.(text);
  if (starts === undefined) {
    for (const entry of regexes) for (const m of text.matchAll(entry.regex)) found.push({ entry, index: m.index, text: m[0] });
    return found;
  }
  // As text.matchAll(entry.regex) finds them: from each match's end (one code point on after an empty match, with the
  // u flag), the first start where the expression matches.
  for (const [i, entry] of regexes.entries()) {
    const regex = sticky[i]!;
    let from = 0;
    for (const start of starts) {
      if (start < from) continue;
      regex.lastIndex = start;
      const m = regex.exec(text);
      if (m === null) continue;
      found.push({ entry, index: start, text: m[0] });
      from = m[0].length > 0 ? start + m[0].length : start + (regex.unicode && (text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  return found;
}

/** A list's cues in one matcher per kind. */
const cueMatchers = once((modality: readonly ModalityCue[]) => {
  const byKind = new Map<ModalityKind, ModalityCue[]>();
  for (const cue of modality) (byKind.get(cue.kind) ?? byKind.set(cue.kind, []).get(cue.kind)!).push(cue);
  return new Map([...byKind].map(([kind, cues]) => [kind, new PhraseMatcher(cues.map((c) => [c.cue, c] as const))]));
});

/** A list's cues of every kind in one matcher: each cue is its own group, so its matches are what its kind's matcher
 * finds of it, whatever else the matcher holds. */
const everyCueMatcher = once((modality: readonly ModalityCue[]) => new PhraseMatcher(modality.map((c) => [c.cue, c] as const)));

/**
 * The matches in `text` of every modality cue, of whatever kind, in one scan: in order of their start, each kind's
 * in the order `cueMatches` gives them. For a text asked about several kinds in turn.
 */
export function everyCueMatch(modality: readonly ModalityCue[], text: string): Array<LexiconMatch<ModalityCue>> {
  return everyCueMatcher(modality).findEach(text).flatMap((m) => m.values.map((entry) => ({ entry, index: m.start, text: m.text })));
}

/**
 * The matches in `text` of every modality cue of `kind`, each as its own regular expression finds them
 * (`text.matchAll(cue.regex)`), in one scan whatever the number of cues; in order of their start.
 */
export function cueMatches(modality: readonly ModalityCue[], kind: ModalityKind, text: string): Array<LexiconMatch<ModalityCue>> {
  const matcher = cueMatchers(modality).get(kind);
  if (matcher === undefined) return [];
  return matcher.findEach(text).flatMap((m) => m.values.map((entry) => ({ entry, index: m.start, text: m.text })));
}
