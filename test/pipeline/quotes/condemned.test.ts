// A quoted phrase after a verb of condemning is the subject's words, however short (reporting_verbs.csv: mengecam,
// mengkritik, mengutuk; condemned, denounced), as after 'menuduh' or 'criticized'.
import { expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const speakers = (text: string, lang: string) => run(text, { lang, published: "2025-09-03" }).quotes.map((q) => [q.text, q.speaker_id, q.kind]);

it.each([
  ["id", "Presiden China Xi Jinping menjadi tuan rumah KTT di Tianjin.\n\nXi Jinping mengecam \"perilaku intimidasi\" Barat.\n"],
  ["id", "Presiden China Xi Jinping menjadi tuan rumah KTT di Tianjin.\n\nXi Jinping mengkritik \"sikap sepihak\" Barat.\n"],
  ["en", "Chinese President Xi Jinping hosted a summit in Tianjin.\n\nXi Jinping condemned the West's \"bullying behaviour\".\n"]
])("is the subject's partial quotation (%s)", (lang, text) => {
  expect(speakers(text, lang)).toEqual([[expect.any(String), "xi-jinping", "partial"]]);
});
