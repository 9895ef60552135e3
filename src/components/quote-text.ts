// How a quotation is shown to a reader, on every page and card. Three rules of print:
// - reported (indirect) speech is the outlet's paraphrase, so it never goes inside quotation marks;
// - a fragment (a partial quote, or words that begin or end mid-sentence) shows where it was cut, with "…";
// - a quoted single word ("wajar", "strategis") is a word the outlet marked, not somebody's statement.
// In the other edition's language a quote is shown in the editor's translation, the original beside it.
import { label, type Lang } from "./i18n.js";
import type { PersonRow, QuoteRow, SpeakerRow } from "./types.js";

// Any row with a kind and words: a quotes.csv row, or the pipeline's own quote.
type Shown = { kind: QuoteRow["kind"] | (string & {}); text: string };

/** A translation of one quote into one edition's language (data/translations/quotes.csv, matched by the loader). */
export interface QuoteTranslation {
  quote_id: string;
  target_lang: string;
  translation: string;
  translator: string;
  date: string;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether a quotation is a term: a scare-quoted label, or one quoted word, which is nobody's statement. */
export function isTerm(q: Shown): boolean {
  return q.kind === "term" || q.text.split(/\s+/).filter((w) => WORD.test(w)).length < 2;
}

/** Whether a quotation is a statement somebody made (what the quote table lists and the editions translate). */
export function isStatement(q: Shown): boolean {
  return !isTerm(q);
}

/** Where the quoted words were cut from a longer sentence. */
export interface Fragment {
  before: boolean;
  after: boolean;
}

// A comma, semicolon or colon after the last quoted word belongs to the sentence around the quote ("…," said
// Lavrov): it is dropped, and it says nothing about whether the speaker's sentence ended there.
const TRAILING = /[\s,;:]+$/;
const CLOSED = /[.!?…]["”’)]*$/;

/**
 * Where a quote was cut: a partial quote is a phrase lifted from the speaker's sentence, so it is cut before, and
 * after unless it ends the sentence; a direct quote is cut before when it starts with a small letter, and after
 * when its last word is neither the end of a sentence nor followed by the attribution's comma.
 */
export function fragmentOf(q: Shown): Fragment {
  const text = q.text.trim();
  if (q.kind === "partial") return { before: true, after: !CLOSED.test(text) };
  if (q.kind !== "direct") return { before: false, after: false };
  const first = [...text].find((c) => WORD.test(c)) ?? "";
  const attributed = /,\s*$/.test(text);
  return { before: first !== first.toUpperCase(), after: !attributed && !CLOSED.test(text) };
}

/** The words as printed: in marks (with "…" where cut) unless reported speech. `text` replaces the words (a translation). */
export function quoteText(q: Shown, text: string = q.text): string {
  const words = text.trim().replace(/^(…|\.\.\.)\s*/, "").replace(/\s*(…|\.\.\.)$/, "").replace(TRAILING, "");
  if (q.kind === "reported") return words;
  if (isTerm(q)) return `“${words}”`;
  const { before, after } = fragmentOf(q);
  return `“${before ? "…" : ""}${words}${after ? "…" : ""}”`;
}

export interface QuoteElementOptions {
  /** The edition the page is in. */
  lang?: Lang;
  /** The language the quote was published in (its article's). */
  language: string;
  /** The quote's translation into the edition's language, when the editors have made one. */
  translation?: Pick<QuoteTranslation, "translation" | "translator" | "date">;
  document?: Document;
}

/**
 * A quote as a reader sees it: in the page's language when the article was (or in the editors' translation, the
 * original beside it), else the original with a visible "not yet translated" marker; a term as printed. Text nodes only: the words
 * are another outlet's and never parsed as HTML.
 */
export function quoteElement(q: Shown, { lang = "en", language, translation, document = globalThis.document }: QuoteElementOptions): HTMLElement {
  const root = document.createElement("span");
  root.className = "quote-text";
  const words = (text: string, language: string) => {
    const span = document.createElement("span");
    if (language) span.lang = language;
    span.textContent = quoteText(q, text);
    return span;
  };
  const note = (className: string, text: string) => {
    const span = document.createElement("span");
    span.className = className;
    // Secondary, yet at WCAG AA contrast in both themes (style.css's .muted).
    span.style.cssText = "display: block; font-size: 0.85em; color: color-mix(in srgb, var(--theme-foreground, #1b1e23) 78%, var(--theme-background, #fff));";
    span.textContent = text;
    return span;
  };
  // A term is the outlet's own word in its own language, and is never translated.
  if (language === "" || language === lang || isTerm(q)) {
    root.append(words(q.text, language));
  } else if (translation) {
    const main = words(translation.translation, lang);
    main.className = "quote-translation";
    main.title = `${label("translatedBy", lang)} ${translation.translator}, ${translation.date}`;
    const original = note("quote-original", `${label("original", lang)}: `);
    original.append(words(q.text, language));
    root.append(main, original);
  } else {
    const original = words(q.text, language);
    original.className = "quote-original";
    const marker = note("quote-untranslated", label("notTranslated", lang));
    marker.style.fontStyle = "italic";
    root.append(original, marker);
  }
  return root;
}

/**
 * The statements published in a language other than the edition's, how many the editors have translated into it,
 * by whom and when last: what a page says about the translations it shows.
 */
export function translationCoverage(
  quotes: readonly (Shown & Pick<QuoteRow, "quote_id" | "article_id">)[],
  articles: readonly { article_id: string; language: string }[],
  translations: readonly QuoteTranslation[],
  lang: Lang,
): { foreign: number; translated: number; translators: string[]; latest: string } {
  const language = new Map(articles.map((a) => [a.article_id, a.language]));
  const foreign = quotes.filter((q) => isStatement(q) && (language.get(q.article_id) ?? lang) !== lang);
  const into = new Map(translations.filter((t) => t.target_lang === lang).map((t) => [t.quote_id, t]));
  const done = foreign.flatMap((q) => into.get(q.quote_id) ?? []);
  return {
    foreign: foreign.length,
    translated: done.length,
    translators: [...new Set(done.map((t) => t.translator))].sort(),
    latest: done.map((t) => t.date).sort().at(-1) ?? "",
  };
}

/** Who said a quote, as a page names them. */
export interface Speaker {
  name: string;
  /** The speaker's country code (people.csv, speakers.csv), or "". */
  country: string;
  /** The article's own words for a speaker in neither list, when the page is in another language and shows
   * `name` ("Unnamed source") in its own: "seorang ajudan Kremlin" on the English page. */
  asWritten: string;
}

/** The words an article named an unnamed source with, as a page shows them beside "Unnamed source". */
export function asWrittenNote(asWritten: string, lang: Lang): string {
  return `${label("asWritten", lang)}: “${asWritten}”`;
}

/**
 * Names quotes' speakers for a page in `lang`: a person by the gazetteer's name, an organisation by speakers.csv's
 * name in the page's language, anyone else by the article's words for them when the article is in the page's
 * language. An article in the other language gives words the page's readers may not read, so the page says
 * "Unnamed source" and keeps those words for showing as written.
 */
export function speakerOf(
  { people = [], speakers = [] }: { people?: readonly Pick<PersonRow, "person_id" | "name" | "country">[]; speakers?: readonly SpeakerRow[] },
  lang: Lang
): (q: Pick<QuoteRow, "speaker_id" | "speaker_text">, articleLanguage?: string) => Speaker {
  const person = new Map(people.map((p) => [p.person_id, p]));
  const speaker = new Map(speakers.map((s) => [s.speaker_id, s]));
  return (q, articleLanguage = lang) => {
    const p = person.get(q.speaker_id);
    if (p !== undefined) return { name: p.name, country: p.country, asWritten: "" };
    const s = speaker.get(q.speaker_id);
    if (s !== undefined) return { name: (lang === "id" && s.name_id) || s.name, country: s.country, asWritten: "" };
    if (q.speaker_text === "") return { name: label("unknown", lang), country: "", asWritten: "" };
    if (articleLanguage !== "" && articleLanguage !== lang) return { name: label("unnamed", lang), country: "", asWritten: q.speaker_text };
    return { name: q.speaker_text, country: "", asWritten: "" };
  };
}
