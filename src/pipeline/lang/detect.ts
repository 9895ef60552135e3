// Which pack reads an article, and what its text says about that. The source log's `language` decides, unless
// the text plainly says otherwise; when it is empty, the language whose function words (each pack's
// function_words.csv: "yang", "dan", "di" / "the", "and", "of") make up the largest share of the article's words,
// with a warning in the ingest report so an editor can fill the column. A language with no pack is a warning too:
// its article is kept and reported, and no rule fires on it.
// The editor's slips this catches, each with a finding naming the file and what the text looks like:
// - a wrong language column (English text logged `id`): read with the pack its words fit, when there are enough
//   of them to overrule the log, and said so;
// - text in a script no pack is written in (Hangul, Cyrillic): read as the log says, which finds little;
// - a word mixing lookalike scripts ("Lavrоv" with a Cyrillic о), which no alias would match: its line.
import type { Article, Finding } from "../types.ts";
import { perPack, type LanguagePack, type LanguagePacks } from "./pack.ts";
import { describeMixed, mixedScriptWords, scriptShares, scriptsOfWords } from "./scripts.ts";

/** Below this share of function words no pack is taken to fit (a table, a list of names, another language). */
const MIN_SHARE = 0.08;
/** Words a text needs before its function words overrule the language the log gives: one sentence is too few. */
const MIN_WORDS_TO_OVERRULE = 50;
/** A script holding more than this share of the letters is what the text is written in. */
const MAIN_SCRIPT_SHARE = 0.5;
/** Mixed-script words reported one by one in an article; beyond them, one finding counts the rest. */
const MAX_MIXED_FINDINGS = 10;

/** The codes of the findings this module adds, for the reports that list them (lint-corpus). */
export const LANGUAGE_CODES: readonly string[] = ["language-detected", "language-unknown", "no-language-pack", "language-mismatch", "unsupported-script", "mixed-script"];

/** A pack's function words, lower-cased, as a set: built once, not for each article. */
const functionWords = perPack((pack: LanguagePack) => new Set(pack.words("function_words").map((w) => w.toLowerCase())));

/** How many words `packShares` reads, and how far into a text it looks for them (2,000 words fit in 50,000 characters). */
const MAX_WORDS = 2000;
const MAX_CHARS = 50_000;
/** Whether a code point is one WORD's class holds (a letter, a digit, an apostrophe or a hyphen): a table for
 * ASCII, each other code point tested once. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/[\p{L}\p{N}'’-]/u.test(String.fromCharCode(c)) ? 1 : 0));
const wideWord = new Map<number, boolean>();

function isWordChar(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let word = wideWord.get(cp);
  if (word === undefined) {
    word = /[\p{L}\p{N}'’-]/u.test(String.fromCodePoint(cp));
    wideWord.set(cp, word);
  }
  return word;
}

/** The width in UTF-16 units of the code point at `i`, negative when it is not one a word is made of. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
  const width = cp > 0xffff ? 2 : 1;
  return isWordChar(cp) ? width : -width;
}

/** Each pack's share of `text`'s words (its first 2,000) that are its function words, and how many words were read. */
function packShares(text: string, packs: LanguagePacks): { words: number; shares: Map<string, number> } {
  const lists = packs
    .all()
    .filter((pack) => pack.has("function_words"))
    .map((pack) => ({ lang: pack.lang, words: functionWords(pack), count: 0 }));
  // A word longer than every function word is in no list: it is counted, not copied nor looked up.
  let longest = 0;
  for (const list of lists) for (const word of list.words) longest = Math.max(longest, word.length);
  let words = 0;
  // One pass over the words (runs of WORD's characters) in the first MAX_CHARS characters: a 20 MB article is
  // not read whole for them. Each word is lower-cased on its own ("İ", whose lower case has a combining mark,
  // stays in its word).
  const end = Math.min(text.length, MAX_CHARS);
  for (let i = 0; i < end && words < MAX_WORDS; ) {
    const width = wordCharWidth(text, i);
    if (width < 0) {
      i -= width;
      continue;
    }
    const start = i;
    i += width;
    for (let w: number; i < end && (w = wordCharWidth(text, i)) > 0; ) i += w;
    words++;
    if (i - start > longest) continue;
    const word = text.slice(start, i).toLowerCase();
    for (const list of lists) if (list.words.has(word)) list.count++;
  }
  const shares = new Map<string, number>();
  if (words > 0) for (const list of lists) shares.set(list.lang, list.count / words);
  return { words, shares };
}

/** The pack language whose function words are the largest share of `text`'s words, or "" when none reaches MIN_SHARE. */
export function detectLanguage(text: string, packs: LanguagePacks): { lang: string; share: number } {
  return best(packShares(text, packs).shares);
}

function best(shares: ReadonlyMap<string, number>): { lang: string; share: number } {
  let top = { lang: "", share: 0 };
  for (const [lang, share] of shares) if (share > top.share) top = { lang, share };
  return top.share >= MIN_SHARE ? top : { lang: "", share: top.share };
}

/** Each readable article with its language settled, and a finding for each one detected, mislabelled, unreadable by any pack or holding a disguised word. */
export function settleLanguages(articles: readonly Article[], packs: LanguagePacks): { articles: Article[]; findings: Finding[] } {
  const findings: Finding[] = [];
  // The scripts the packs can read: those their function words are written in (data, not a list here).
  const readable = scriptsOfWords(packs.all().flatMap((pack) => pack.wordsIfAny("function_words")));
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const settled = articles.map((article) => {
    if (article.status === "error") return article;
    let language = article.language;
    const where = { article_id: article.article_id, file: article.file, line: null };
    const warn = (code: string, message: string) => findings.push({ ...where, severity: "warning", code, message });
    const main = scriptShares(article.text)[0];
    const foreign = main !== undefined && main.share > MAIN_SCRIPT_SHARE && !readable.has(main.script) ? main : undefined;
    const looks = foreign === undefined ? "" : `the text is mostly ${foreign.script} letters (${percent(foreign.share)} of its letters), a script no language pack is written in (${packs.languages.join(", ")})`;
    if (language === "") {
      const found = detectLanguage(article.text, packs);
      language = found.lang;
      if (foreign !== undefined) warn("unsupported-script", `the source log gives no language and ${looks}: listed, but nothing can be extracted from it`);
      else if (found.lang === "") warn("language-unknown", `the source log gives no language and the text fits no language pack (${packs.languages.join(", ")}); fill the language column`);
      else warn("language-detected", `the source log gives no language; read as '${found.lang}' from the text (${percent(found.share)} of its words are that pack's function words); fill the language column to be sure`);
    } else if (!packs.has(language)) {
      warn("no-language-pack", `language '${language}' has no pack in data/lang/ (${packs.languages.join(", ")}): the article is listed but nothing is extracted from it${foreign === undefined ? "" : `; ${looks}`}`);
    } else if (foreign !== undefined) {
      warn("unsupported-script", `the source log says '${language}' but ${looks}: read with the '${language}' pack all the same, which finds only what is written in its script (names, numbers); give the article in a language with a pack`);
    } else {
      const { words, shares } = packShares(article.text, packs);
      const found = best(shares);
      const own = shares.get(language) ?? 0;
      if (found.lang !== "" && found.lang !== language && own < MIN_SHARE) {
        const evidence = `${percent(found.share)} of its words are '${found.lang}' function words, ${percent(own)} '${language}' ones`;
        if (words >= MIN_WORDS_TO_OVERRULE) {
          language = found.lang;
          warn("language-mismatch", `the source log says '${article.language}' but the text reads as '${found.lang}' (${evidence}): read with the '${found.lang}' pack and published as '${found.lang}'; correct the language column`);
        } else {
          warn("language-mismatch", `the source log says '${article.language}' but the text reads as '${found.lang}' (${evidence}); too short to overrule the log, so read as '${article.language}': check the language column`);
        }
      }
    }
    findings.push(...mixedScriptFindings(article));
    return language === article.language ? article : { ...article, language };
  });
  return { articles: settled, findings };
}

/** A finding on each line holding a word that mixes lookalike scripts: no alias, spelled in one script, matches it. */
function mixedScriptFindings(article: Article): Finding[] {
  const mixed = mixedScriptWords(article.text);
  const where = { article_id: article.article_id, file: article.file };
  const lineOf = (index: number) => article.text.slice(0, index).split("\n").length;
  const findings: Finding[] = mixed.slice(0, MAX_MIXED_FINDINGS).map((word) => ({
    ...where,
    severity: "warning",
    code: "mixed-script",
    message: `${describeMixed(word)}: it looks like one word but no name or cue written in one script matches it, so a name written so is missed; retype it`,
    line: lineOf(word.index)
  }));
  if (mixed.length > MAX_MIXED_FINDINGS) {
    findings.push({ ...where, severity: "warning", code: "mixed-script", message: `${mixed.length - MAX_MIXED_FINDINGS} more words mix scripts, from line ${lineOf(mixed[MAX_MIXED_FINDINGS]!.index)} on`, line: null });
  }
  return findings;
}
