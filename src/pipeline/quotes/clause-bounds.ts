// Where the clause a reporting verb reports starts and ends: its head after the verb, whether the verb closes it.
import type { FinderState } from "./finder-state.ts";
import { ANY_MARK } from "./quote-spans.ts";
import { wordCount } from "./quote-text.ts";
import type { Cue } from "./quote-types.ts";

/** Where the clause of "…, lapor KCNA" begins: after a leading "Menurut X," or relay phrase. */
export function clauseStart(f: FinderState, start: number, limit: number): number {
  const lead = f.words.leadCredit(f.text.slice(start, limit));
  return lead === null ? start : start + lead;
}

// ---- speakers ----

/**
 * Whether a verb closes the clause it reports: it ends the sentence, or stands between commas with at most a
 * time or a medium before the second ("…, North Korean state media said, a month after …", "…, the Kremlin said
 * on Monday, as …"), an attribution set into the sentence rather than a verb opening a clause of its own.
 */
export function closesClause(f: FinderState, cue: Cue): boolean {
  // Asked of one verb from several rules (a quotation's closing source, a final clause, a closing subject).
  let closes = f.closingCues.get(cue);
  if (closes === undefined) {
    const rest = f.text.slice(cue.end, cue.sentence.end);
    const head = clauseHead(f, cue);
    if (head !== null && head.opened) closes = false;
    // It ends its sentence but for a time, a place or a medium ("said on Tuesday", "said in a post").
    else if (!/[,;:]/u.test(rest.replace(/[.!?\s]+$/u, "")) && wordCount(rest) <= 8) closes = true;
    else {
      const comma = /^([^,;:]*),/u.exec(rest);
      closes = comma !== null && wordCount(comma[1]!) <= 3 && !ANY_MARK.test(comma[1]!);
    }
    f.closingCues.set(cue, closes);
  }
  return closes;
}

/**
 * The head of the clause after a verb in its sentence (QuoteWords.clauseHead): its length, and whether a
 * complementizer opens the clause. Read once per verb, for closesClause and indirect.
 */
export function clauseHead(f: FinderState, cue: Cue): { length: number; opened: boolean } | null {
  let head = f.clauseHeads.get(cue);
  if (head === undefined) {
    const m = f.words.clauseHead.exec(f.text.slice(cue.end, cue.sentence.end));
    head = m === null ? null : { length: m[0].length, opened: f.words.complementizer.test(m[0]) };
    f.clauseHeads.set(cue, head);
  }
  return head;
}
