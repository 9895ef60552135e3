// What a typist's one slip does to a name: the one edit distance that misspelt.ts (a person's name), misspelt-places.ts
// (a place's word) and unlisted.ts (a listed name's misspelling) read alike.

/** Whether one letter added, dropped or changed turns `a` into `b`, or, with `swaps`, two neighbouring letters
 * swapped; never when they are the same. */
export function oneSlipApart(a: string, b: string, swaps = false): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // The rest after the first difference, with one letter changed, added or left out.
  if (a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1)) return true;
  return swaps && a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
