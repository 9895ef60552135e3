// A quotation that names a thing: "signed a "Comprehensive Strategic Partnership Treaty", according to RIA Novosti",
// "visited the "Weapons and Equipment Exhibition 2023", the agency said". An article right before the marks makes
// what they hold a noun phrase of the sentence, and capitals on every word (but small joining words) make it a
// name, not anyone's words; a credit after the sentence reports the sentence, not the name.

/**
 * Whether the quotation `text`, after `lead` (the sentence's text up to the opening mark), is a name: `lead` ends in
 * an article of the pack's (`determinerEnd`), `isTitle` holds for `text`, and no punctuation closes it inside the
 * marks (a statement's words end with a comma or a full stop when the sentence goes on: ""Great Success," he said").
 */
export function namesThing(lead: string, text: string, determinerEnd: RegExp, isTitle: (text: string) => boolean): boolean {
  return determinerEnd.test(lead) && !/[.,;:!?…]\s*$/u.test(text) && isTitle(text.trim());
}

/**
 * Whether the quotation `text`, after `lead`, names a document in lower case: "the February 9 signing of a
 * Russian-North Korean "treaty of friendship, good-neighborliness and cooperation."". `lead` ends in an article and
 * at most three describing words (`documentLead`), and `text` opens with a document noun and a linking word
 * (`documentNameStart`): a statement's words do not open "treaty of …" after "a".
 */
export function namesDocument(lead: string, text: string, documentLead: RegExp, documentNameStart: RegExp): boolean {
  return documentNameStart.test(text.trim()) && documentLead.test(lead);
}
