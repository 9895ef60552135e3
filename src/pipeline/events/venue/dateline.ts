// A dateline's place below a page's furniture: "SOSNOVY BOR, Russia - North Korean leader …" after a headline, a
// standfirst and a photo credit or two. A place name in capitals opening a sentence and followed by a comma or a dash
// is the dateline's whatever its position among the first sentences, and says where the news happened as a lead's
// place does (events/mentions.ts, leadPlaces).
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Sentence } from "../../types.ts";

/** How far down a page's furniture (headline, standfirst, captions, credits) may push the dateline. */
export const DATELINE_FURNITURE_SENTENCES = 8;

/** A comma or a dash right after the dateline's place. */
const DATELINE_END = /^\s*(?:,|[-–—]\s)/u;
const LETTER = /\p{L}/u;

/** Whether `e` is a capitalised dateline's place opening `sentence` ("SOSNOVY BOR, Russia - …", "WONSAN —"). */
export function isCapitalDateline(text: string, sentence: Sentence, e: EntityMention): boolean {
  if (e.kind !== "place" || e.sentence_id !== sentence.sentence_id || text.slice(sentence.start, e.start).trim() !== "") return false;
  return e.text.length > 2 && LETTER.test(e.text) && e.text === e.text.toUpperCase() && DATELINE_END.test(text.slice(e.end, e.end + 4));
}
