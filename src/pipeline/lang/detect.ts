// Which pack reads an article. The source log's `language` decides; when it is empty, the language whose
// function words (each pack's function_words.csv: "yang", "dan", "di" / "the", "and", "of") make up the largest
// share of the article's words, with a warning in the ingest report so an editor can fill the column. A language
// with no pack is a warning too: its article is kept and reported, and no rule fires on it.
import type { Article, Finding } from "../types.ts";
import type { LanguagePacks } from "./pack.ts";

/** Below this share of function words no pack is taken to fit (a table, a list of names, another language). */
const MIN_SHARE = 0.08;
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** The pack language whose function words are the largest share of `text`'s words, or "" when none reaches MIN_SHARE. */
export function detectLanguage(text: string, packs: LanguagePacks): { lang: string; share: number } {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, 2000);
  let best = { lang: "", share: 0 };
  if (words.length === 0) return best;
  for (const pack of packs.all()) {
    if (!pack.has("function_words")) continue;
    const list = new Set(pack.words("function_words").map((w) => w.toLowerCase()));
    const share = words.filter((w) => list.has(w)).length / words.length;
    if (share > best.share) best = { lang: pack.lang, share };
  }
  return best.share >= MIN_SHARE ? best : { lang: "", share: best.share };
}

/** Each readable article with its language settled, and a finding for each one detected or without a pack. */
export function settleLanguages(articles: readonly Article[], packs: LanguagePacks): { articles: Article[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const settled = articles.map((article) => {
    if (article.status === "error") return article;
    let language = article.language;
    const where = { article_id: article.article_id, file: article.file, line: null };
    if (language === "") {
      const found = detectLanguage(article.text, packs);
      language = found.lang;
      findings.push(
        found.lang === ""
          ? { ...where, severity: "warning", code: "language-unknown", message: `the source log gives no language and the text fits no language pack (${packs.languages.join(", ")}); fill the language column` }
          : { ...where, severity: "warning", code: "language-detected", message: `the source log gives no language; read as '${found.lang}' from the text (${Math.round(found.share * 100)}% of its words are that pack's function words); fill the language column to be sure` }
      );
    } else if (!packs.has(language)) {
      findings.push({ ...where, severity: "warning", code: "no-language-pack", message: `language '${language}' has no pack in data/lang/ (${packs.languages.join(", ")}): the article is listed but nothing is extracted from it` });
    }
    return language === article.language ? article : { ...article, language };
  });
  return { articles: settled, findings };
}
