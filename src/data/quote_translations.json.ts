// The editors' translations of quotes (data/translations/quotes.csv) matched to this build's quote ids, for the
// pages that show a quote in the other edition's language: [{quote_id, target_lang, translation, translator, date}].
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("quote_translations.json");
