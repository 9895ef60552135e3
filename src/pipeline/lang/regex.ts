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
  if (regexes.some((r) => /\\(?:[1-9]|k<)/.test(r.source))) return () => true;
  const byFlags = new Map<string, string[]>();
  for (const r of regexes) {
    const flags = r.flags.replace(/[gy]/g, "");
    (byFlags.get(flags) ?? byFlags.set(flags, []).get(flags)!).push(`(?:${r.source})`);
  }
  let joined: RegExp[];
  try {
    joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
  } catch {
    // Two patterns naming a group alike cannot share one regular expression.
    return () => true;
  }
  return (text) => joined.some((r) => r.test(text));
}
