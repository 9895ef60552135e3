// How the recogniser compares an alias with the words of a text, and how the gazetteer's checks compare aliases with
// each other and with a pack's common words: lower case, any run of spaces or hyphens one space ("Kim Jong-un" is
// "Kim Jong Un"), either apostrophe one. One function, so that what a check reports is what recognition does.
// (A title's words keep their hyphens: title-units.ts's titleKey, where "vice-chairman" is one word.)
export function aliasKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s\u00a0\u2010\u2011-]+/g, " ").replace(/’/g, "'");
}
