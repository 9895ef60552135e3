// The event lexicons an editor owns: data/lexicon/event_triggers.csv (words that report a meeting or visit)
// and data/lexicon/modality.csv (cues that make a trigger planned, past, negated or reported). Validated
// here, with errors that name the file and line.
import { z } from "zod";
import { CsvError } from "../csv.ts";
import { parseRows } from "../rows.ts";

export const EVENT_TYPES = ["meeting", "summit", "talks", "negotiation", "visit", "arrival", "departure", "reception", "signing"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** CAMEO codes used: 040 consult, 042 make a visit, 043 host a visit, 044 meet at a third location, 046 negotiate, 057 sign a formal agreement. */
export const CAMEO_CODES = ["040", "042", "043", "044", "046", "057"] as const;
export type Cameo = (typeof CAMEO_CODES)[number];

export const TRIGGER_COLUMNS = ["pattern", "match", "event_type", "cameo", "requires", "role", "notes"] as const;
export const MODALITY_COLUMNS = ["cue", "kind", "position", "window", "notes"] as const;

/** purpose: planned only after a journey in the same sentence ("arrived in Ulan-Ude for a summit"). */
export const MODALITY_KINDS = ["planned", "purpose", "background", "negated", "speech", "attribution", "source"] as const;
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
  /** Whole-word, case-insensitive; a possessive -nya ("kunjungannya") is part of the match. */
  regex: RegExp;
  line: number;
}

export interface ModalityCue {
  cue: string;
  kind: ModalityKind;
  position: ModalityPosition;
  /** How many words may stand between the cue and the trigger (or the date, for `source`); null: any. */
  window: number | null;
  regex: RegExp;
  line: number;
}

export interface Lexicons {
  readonly triggers: readonly Trigger[];
  readonly modality: readonly ModalityCue[];
}

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

/** A phrase as a whole-word pattern whose spaces match any run of whitespace. */
export function wordPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"))
    .join("\\s+");
}

function compile(source: string, file: string, line: number, column: string, value: string): RegExp {
  try {
    return new RegExp(source, "giu");
  } catch {
    throw new CsvError(file, line, `${column} '${value}' is not a valid regular expression`);
  }
}

/** `clitics`: a regex alternation of suffixes a trigger may carry (the language pack's clitics: Indonesian "-nya"). */
export function parseTriggers(text: string, file: string, clitics = ""): Trigger[] {
  const seen = new Map<string, number>();
  return parseRows(text, file, TRIGGER_COLUMNS, triggerSchema).map((row) => {
    const key = `${row.match}:${row.pattern.toLowerCase()}`;
    const previous = seen.get(key);
    if (previous !== undefined) throw new CsvError(file, row.line, `pattern '${row.pattern}' is already used on line ${previous}`);
    seen.set(key, row.line);
    const body = row.match === "word" ? wordPattern(row.pattern) : row.pattern;
    const suffix = clitics === "" ? "" : `(?:${clitics})?`;
    const regex = compile(`${L}(?:${body})${suffix}${R}`, file, row.line, "pattern", row.pattern);
    return { pattern: row.pattern, event_type: row.event_type, cameo: row.cameo, requires: row.requires, role: row.role, regex, line: row.line };
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
    const regex = compile(`${L}${wordPattern(row.cue)}${R}`, file, row.line, "cue", row.cue);
    return { cue: row.cue, kind: row.kind, position: row.position, window: row.window === "" ? null : Number(row.window), regex, line: row.line };
  });
}
