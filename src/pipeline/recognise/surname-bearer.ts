// Whom a surname alone names. News names a person in full once and then by surname, and the surname goes on naming
// the article's principal bearer of it, the first person named in full with it: "Kim" after "Kim Jong Un … his
// daughter Kim Ju Ae" is still Kim Jong Un. But when the article has just named another leader in full with the same
// surname — a head of state or government, as the principal bearer is, in the same sentence or the one before ("…
// when the current leader's father, Kim Jong Il, made a weeklong trip. The central event of that visit was Kim's
// meeting with Medvedev") — the surname goes on with the leader the story has turned to.

/** How many sentences back the other leader's full name may stand. */
const TURN_SENTENCES = 1;

export interface Bearers {
  /** The first person named in full with the surname. */
  first: string | undefined;
  /** The last person named in full with it, and the index of the sentence that named them. */
  last: string | undefined;
  lastAt: number | undefined;
}

/** The person a surname alone names in sentence `at`: the first bearer, or the last when both lead a government
 * (`isHead`) and the last was named in full no more than a sentence before. */
export function surnameBearer(bearers: Bearers, at: number, isHead: (id: string) => boolean): string | undefined {
  const { first, last, lastAt } = bearers;
  if (first === undefined || last === undefined || last === first || lastAt === undefined) return first;
  return at - lastAt <= TURN_SENTENCES && isHead(first) && isHead(last) ? last : first;
}
