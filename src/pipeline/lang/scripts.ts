// Which writing systems (Unicode scripts) a text's letters are written in. Two editor checks rest on it:
// - an article mostly in a script no language pack's words are written in (Hangul, Cyrillic …) can be read by no
//   pack, and says so instead of quietly yielding nothing;
// - a word that mixes scripts whose letters look alike ("Lavrоv" typed with a Cyrillic о) reads as a name to a
//   person but matches no alias, which is spelled in one script: it would be missed without a word.
// Unicode script property escapes do the work; no table of characters is kept here.

/** Scripts a letter is looked up in, by Unicode name; a letter of any other script counts as "other". */
const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Hangul", "Han", "Hiragana", "Katakana", "Arabic", "Hebrew", "Thai", "Devanagari", "Armenian", "Georgian"] as const;
const TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);
const LETTER = /\p{L}/u;

/** Alphabets with letters of the same shape (Latin o, Cyrillic о, Greek ο): a word mixing them is a disguise or a slip. */
const LOOKALIKE: ReadonlySet<string> = new Set(["Latin", "Cyrillic", "Greek"]);
// A word, for this purpose: letters and the marks on them; hyphens and apostrophes split ("α-helix" is two words).
const WORD = /[\p{L}\p{M}]+/gu;
// Fast path: a text with no Cyrillic or Greek letter has no mixed word.
const NON_LATIN_LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** The script of one character: a name from SCRIPTS, "other" for a letter of another script, "" for anything else. */
export function scriptOf(char: string): string {
  for (const [script, test] of TESTS) if (test.test(char)) return script;
  return LETTER.test(char) ? "other" : "";
}

/** scriptOf by code point, each looked up once: an article is read letter by letter. */
const scriptsSeen = new Map<number, string>();

function scriptOfCode(cp: number): string {
  let script = scriptsSeen.get(cp);
  if (script === undefined) {
    script = scriptOf(String.fromCodePoint(cp));
    scriptsSeen.set(cp, script);
  }
  return script;
}

/** The scripts of a text's letters, most used first, each with its share of the letters (at most `limit` letters read). */
export function scriptShares(text: string, limit = 20_000): Array<{ script: string; share: number }> {
  const counts = new Map<string, number>();
  let letters = 0;
  // An ASCII letter is Latin and any other ASCII character no letter: counted here, without a lookup.
  let ascii = 0;
  for (let i = 0; i < text.length && letters < limit; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) {
        ascii++;
        letters++;
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const script = scriptOfCode(cp);
    if (script === "") continue;
    counts.set(script, (counts.get(script) ?? 0) + 1);
    letters++;
  }
  if (ascii > 0) counts.set("Latin", (counts.get("Latin") ?? 0) + ascii);
  return [...counts].map(([script, count]) => ({ script, share: count / letters })).sort((a, b) => b.share - a.share || (a.script < b.script ? -1 : 1));
}

/** The scripts `words` are written in (a pack's function words: the scripts the pack can read). */
export function scriptsOfWords(words: readonly string[]): Set<string> {
  const scripts = new Set<string>();
  for (const word of words) for (const char of word) if (scriptOf(char) !== "") scripts.add(scriptOf(char));
  return scripts;
}

/** A word mixing lookalike scripts, where it is, and the letters in the script(s) the word has fewer of. */
export interface MixedWord {
  word: string;
  index: number;
  /** The lookalike scripts the word mixes, most letters first ("Latin", "Cyrillic"). */
  scripts: string[];
  /** Each letter not in the word's main script, with its script and code point: "о: Cyrillic U+043E". */
  odd: string[];
}

/** The words of `text` that mix Latin, Cyrillic or Greek letters, in order. */
export function mixedScriptWords(text: string): MixedWord[] {
  if (!NON_LATIN_LOOKALIKE.test(text)) return [];
  const found: MixedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!NON_LATIN_LOOKALIKE.test(word)) continue;
    const counts = new Map<string, number>();
    for (const char of word) {
      const script = scriptOf(char);
      if (LOOKALIKE.has(script)) counts.set(script, (counts.get(script) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    const scripts = [...counts].sort((a, b) => b[1] - a[1]).map(([script]) => script);
    const odd = [...word].filter((char) => LOOKALIKE.has(scriptOf(char)) && scriptOf(char) !== scripts[0]);
    found.push({ word, index: match.index, scripts, odd: [...new Set(odd)].map((char) => `${char}: ${scriptOf(char)} U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`) });
  }
  return found;
}

/** How a mixed word reads in a finding: "'Lavrоv' mixes Latin and Cyrillic letters (о: Cyrillic U+043E)". */
export function describeMixed(mixed: MixedWord): string {
  return `'${mixed.word}' mixes ${mixed.scripts.join(" and ")} letters (${mixed.odd.join(", ")})`;
}
