// The editors' translations of quotes (data/translations/quotes.csv) matched to this build's quote ids, for the
// pages that show a quote in the other edition's language: [{quote_id, target_lang, translation, translator, date}].
import { plainCell } from "../components/rows.ts";
import { dataDir, readOutput } from "../io/published.ts";
import { plainErrors } from "../io/plain-errors.ts";
import { loadTranslations, translationStatus } from "../io/translations.ts";
import { parseCsv } from "../pipeline/csv.ts";

plainErrors("quote_translations.json");
const table = async (name: string) => parseCsv(await readOutput(name), name).rows.map(({ values }) => values);
const language = new Map((await table("articles.csv")).map((a) => [a.article_id!, a.language!]));
const quotes = (await table("quotes.csv")).map((q) => ({
  quote_id: q.quote_id!,
  article_id: q.article_id!,
  kind: q.kind!,
  text: plainCell(q.text!),
  language: language.get(q.article_id!) ?? "",
}));
const { translated } = translationStatus(quotes, await loadTranslations(dataDir()));
const rows = translated.map(({ quote_id, target_lang, translation, translator, date }) => ({ quote_id, target_lang, translation, translator, date }));
process.stdout.write(JSON.stringify(rows) + "\n");
