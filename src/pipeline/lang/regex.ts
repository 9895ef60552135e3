// Regular expressions made from data: a word written as itself, and one test for many, where a stage tries a list of
// them on every line or sentence.

/** `text` as a regular expression source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/**
 * Whether any of `regexes` matches a text, with one regular expression for each set of flags: a text that none of them
 * matches, which is most texts a stage looks at (a line of body text for the boilerplate, a sentence for the trigger
 * patterns), is then one test, not one for each. A pattern that refers back to a group of its own
 * (`\1`, `\k<name>`) would refer to another group once joined, so with one of those every pattern is tried alone.
 */
export function anyOf(regexes: readonly RegExp[]): (text: string) => boolean {
  const joined = joinByFlags(regexes, "");
  return joined ? (text) => joined.some((r) => r.test(text)) : () => true;
}

/**
 * `regexes` joined into one alternation for each set of their flags (g and y dropped, `extra` added), or null where
 * they cannot be joined: a pattern that refers back to a group of its own (`\1`, `\k<name>`) would refer to another
 * group once joined, and two patterns naming a group alike cannot share one regular expression.
 */
function joinByFlags(regexes: readonly RegExp[], extra: string): RegExp[] | null {
  if (regexes.some((r) => /\\(?:[1-9]|k<)/.test(r.source))) return null;
  const byFlags = new Map<string, string[]>();
  for (const r of regexes) {
    const flags = r.flags.replace(/[gy]/g, "");
    (byFlags.get(flags) ?? byFlags.set(flags, []).get(flags)!).push(`(?:${r.source})`);
  }
  try {
    return [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), `${flags}${extra}`));
  } catch {
    return null;
  }
}

/**
 * Every offset of `text` at which one of `regexes` matches, in order (each found once), or null when they cannot be
 * joined (as anyOf: a pattern referring back to a group of its own, two naming a group alike). One scan for each set
 * of flags, restarted one code point after each match's start: an expression that begins with one of them ("(?<!x)(?:
 * pattern)suffix") can match nowhere else, so it need only be tried there (see triggerMatches).
 */
export function startsOfAny(regexes: readonly RegExp[]): ((text: string) => number[]) | null {
  const joined = joinByFlags(regexes, "g");
  if (!joined) return null;
  return (text) => {
    const starts: number[] = [];
    for (const r of joined) {
      r.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = r.exec(text)) !== null; ) {
        starts.push(m.index);
        // The next code point under the u or v flag: such a match starts inside no surrogate pair.
        const c = text.charCodeAt(m.index);
        const d = text.charCodeAt(m.index + 1);
        r.lastIndex = m.index + (/[uv]/.test(r.flags) && c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1);
      }
    }
    if (joined.length > 1) {
      starts.sort((a, b) => a - b);
      return starts.filter((s, i) => i === 0 || s !== starts[i - 1]);
    }
    return starts;
  };
}
