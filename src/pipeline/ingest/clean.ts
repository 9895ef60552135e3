import { anyOf } from "../lang/regex.ts";
import { once } from "../lang/matcher.ts";
import type { Article, BoilerplatePattern, Cleaned, Finding, RemovedLine } from "../types.ts";

/** The headline and its byline sit in the first lines of a page; further down, a short line is a subheading. */
const HEAD_LINES = 8;
const HEADLINE_MAX = 120;
// A line with a year and a time of day ("Diterbitkan 3 Sep 2025, 21:40 WIB", "16/01/2024, 21:40 WIB") is the page's
// date line, which some pages put between the headline and the byline: never the headline.
const DATE_LINE = /^(?=.*(?<!\d)(?:19|20)\d{2}(?!\d))(?=.*(?<!\d)\d{1,2}[:.]\d{2}(?!\d))/u;

interface Line {
  line: number;
  /** Offsets of the line without its leading and trailing whitespace (NBSP included). */
  start: number;
  end: number;
  text: string;
}

/**
 * Splits an article's stored text into body lines and removed lines, one line at a time: a pattern never
 * removes more than the line it matches, so a missed footer costs a stray line, never a paragraph of body.
 * Lines of only whitespace (often NBSP) separate paragraphs: neither kept nor reported.
 */
export function clean(article: Article, patterns: readonly BoilerplatePattern[]): Cleaned {
  const { rules, tailRules, eligible } = compiled(patterns);
  const kept: Cleaned["kept"] = [];
  const removed: RemovedLine[] = [];
  const metadata: Cleaned["metadata"] = { byline: [], translator: [], editor: [], source: [], title: [] };
  let previous: { text: string; pattern_id: string; line: number } | null = null;

  for (const line of lines(article.text)) {
    if (line.text === "") continue;
    let pattern_id = "";
    // The first pattern that applies after the previous line and matches; the later ones are not tried.
    let hit: { p: BoilerplatePattern; m: RegExpExecArray } | undefined;
    const { lineRules, mayMatch } = eligible(previous?.pattern_id ?? "");
    for (const p of mayMatch(line.text) ? lineRules : []) {
      if (p.after !== "" && !follows(p, previous, line.line)) continue;
      const m = p.regex!.exec(line.text);
      if (m !== null) {
        hit = { p, m };
        break;
      }
    }
    if (hit !== undefined) {
      pattern_id = hit.p.pattern_id;
      removed.push({ ...line, pattern_id, action: hit.p.action });
      if (hit.p.action !== "drop") metadata[hit.p.action].push((hit.m[1] ?? line.text).trim());
    } else if (rules.has("repeated-line") && previous?.text === line.text) {
      pattern_id = "repeated-line";
      removed.push({ ...line, pattern_id, action: "drop" });
    } else {
      let end = line.end;
      for (const p of tailRules) {
        const body = article.text.slice(line.start, end);
        const m = p.regex!.exec(body);
        if (m === null || m.index === 0) continue;
        const tail = body.slice(m.index);
        const start = line.start + m.index + (tail.length - tail.trimStart().length);
        removed.push({ line: line.line, start, end, text: article.text.slice(start, end), pattern_id: p.pattern_id, action: p.action });
        end = line.start + body.slice(0, m.index).trimEnd().length;
      }
      kept.push({ line: line.line, start: line.start, end });
    }
    previous = { text: line.text, pattern_id, line: line.line };
  }

  if (rules.has("headline")) {
    const byline = removed.find((r) => r.action === "byline" && r.line <= HEAD_LINES);
    let index = -1;
    while (byline !== undefined && index + 1 < kept.length && kept[index + 1]!.line < byline.line) index++;
    while (index >= 0 && DATE_LINE.test(article.text.slice(kept[index]!.start, kept[index]!.end))) index--;
    const candidate = kept[index];
    if (candidate !== undefined) {
      const text = article.text.slice(candidate.start, candidate.end);
      // A headline has no closing punctuation; a lede that happens to precede a byline does.
      if (text.length < HEADLINE_MAX && !/[.!?:;,"”’]$/.test(text)) {
        kept.splice(index, 1);
        removed.push({ ...candidate, text, pattern_id: "headline", action: "title" });
        metadata.title.push(text);
      }
    }
  }

  removed.sort((a, b) => a.start - b.start);
  return { article_id: article.article_id, kept, removed, metadata };
}

/**
 * Whether a pattern with an `after` list may apply on line `line`: the previous non-blank line was removed by one
 * of the listed patterns, and, when that was the pattern itself (a run of list items), it is the line right above.
 */
function follows(p: BoilerplatePattern, previous: { pattern_id: string; line: number } | null, line: number): boolean {
  if (previous === null || !listsAfter(p, previous.pattern_id)) return false;
  return previous.pattern_id !== p.pattern_id || previous.line === line - 1;
}

/** Whether a pattern's `after` list names the pattern that removed the line before. */
function listsAfter(p: BoilerplatePattern, pattern_id: string): boolean {
  return p.after.split("|").includes(pattern_id);
}

/**
 * A list's patterns by kind, and the whole-line patterns that may apply after a line removed by a given pattern
 * ("" after a kept line): those without `after` and those listing it, with one test of whether a line may match any.
 * Most lines follow a kept line, and the patterns that only apply after another (the items of a related-links block,
 * which match most short lines) then leave the test.
 */
const compiled = once((patterns: readonly BoilerplatePattern[]) => {
  const lineRules = patterns.filter((p) => p.match === "exact" || p.match === "regex");
  const byPrevious = new Map<string, { lineRules: BoilerplatePattern[]; mayMatch: (text: string) => boolean }>();
  return {
    rules: new Set(patterns.filter((p) => p.match === "rule").map((p) => p.pattern)),
    tailRules: patterns.filter((p) => p.match === "tail"),
    eligible(previous: string) {
      let entry = byPrevious.get(previous);
      if (entry === undefined) {
        const rules = lineRules.filter((p) => p.after === "" || listsAfter(p, previous));
        entry = { lineRules: rules, mayMatch: anyOf(rules.map((p) => p.regex!)) };
        byPrevious.set(previous, entry);
      }
      return entry;
    }
  };
});

function* lines(text: string): Generator<Line> {
  let start = 0;
  let number = 1;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    yield { line: number, start: start + lead, end: start + lead + trimmed.length, text: trimmed };
    if (newline < 0) return;
    start = newline + 1;
    number++;
  }
}

/** One finding per removed line: "boilerplate-removed" for dropped lines, "metadata" for credits and titles. */
export function cleanFindings(article: Article, cleaned: Cleaned): Finding[] {
  return cleaned.removed.map((r) => ({
    article_id: article.article_id,
    file: article.file,
    severity: "info",
    code: r.action === "drop" ? "boilerplate-removed" : "metadata",
    message: r.action === "drop" ? `removed "${truncate(r.text)}" (${r.pattern_id})` : `${r.action} "${truncate(r.text)}" (${r.pattern_id})`,
    line: r.line
  }));
}

function truncate(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
