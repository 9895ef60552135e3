import type { DatePrecision } from "./types.js";

export type Lang = "en" | "id";

// Dates, numbers and lists are formatted by the platform's Intl (CLDR data for both languages): British English
// (day before month, "18–19 June 2024") and Indonesian.
const locales: Record<Lang, string> = { en: "en-GB", id: "id-ID" };
const utc = { timeZone: "UTC" } as const;
const formatters = {
  en: formattersFor("en"),
  id: formattersFor("id"),
};

function formattersFor(lang: Lang) {
  const locale = locales[lang];
  return {
    month: new Intl.DateTimeFormat(locale, { ...utc, month: "long" }),
    shortMonth: new Intl.DateTimeFormat(locale, { ...utc, month: "short" }),
    monthYear: new Intl.DateTimeFormat(locale, { ...utc, month: "short", year: "numeric" }),
    day: new Intl.DateTimeFormat(locale, { ...utc, day: "numeric", month: "long", year: "numeric" }),
    shortDay: new Intl.DateTimeFormat(locale, { ...utc, day: "numeric", month: "short", year: "numeric" }),
    number: new Intl.NumberFormat(locale),
    list: new Intl.ListFormat(locale, { type: "conjunction" }),
  };
}

const labels = {
  en: {
    RUS: "Russia",
    PRK: "North Korea",
    other: "Other",
    unknown: "Unattributed",
    unnamed: "Unnamed source",
    asWritten: "as written",
    "RUS->PRK": "Russian side travelled to North Korea",
    "PRK->RUS": "North Korean side travelled to Russia",
    travel: "Other or unknown direction",
    day: "Date known to the day",
    week: "Date known to the week",
    month: "Date known only to the month",
    year: "Date known only to the year",
    undated: "Date unknown",
    meetingsPerMonth: "Meetings per month",
    meetings: "meetings",
    meeting: "meeting",
    event: "Meeting",
    date: "Date",
    precision: "Precision",
    venue: "Venue",
    direction: "Direction",
    host: "Host",
    guest: "Guest",
    level: "Level",
    articles: "Articles",
    outlets: "Outlets",
    theme: "Theme",
    speaker: "Speaker",
    country: "Country",
    statements: "Statements",
    statement: "statement",
    statementsLower: "statements",
    outlet: "Outlet",
    kind: "Kind",
    quote: "Quote",
    source: "Source",
    search: "Search quotes",
    all: "All",
    direct: "direct",
    partial: "partial",
    reported: "reported speech",
    term: "term",
    sentence: "sentence",
    noEvents: "No meetings to show.",
    noPlaces: "No venues to show.",
    noQuotes: "No quotes to show.",
    original: "Original",
    notTranslated: "Not yet translated",
    translatedBy: "Translated by",
    showMore: "Show more",
    noThemes: "No quotes tagged with a theme.",
    milestone: "Milestone",
  },
  id: {
    RUS: "Rusia",
    PRK: "Korea Utara",
    other: "Lainnya",
    unknown: "Tanpa atribusi",
    unnamed: "Sumber tanpa nama",
    asWritten: "sesuai teks asli",
    "RUS->PRK": "Pihak Rusia berkunjung ke Korea Utara",
    "PRK->RUS": "Pihak Korea Utara berkunjung ke Rusia",
    travel: "Arah lain atau tidak diketahui",
    day: "Tanggal diketahui sampai hari",
    week: "Tanggal diketahui sampai pekan",
    month: "Tanggal hanya diketahui bulannya",
    year: "Tanggal hanya diketahui tahunnya",
    undated: "Tanggal tidak diketahui",
    meetingsPerMonth: "Pertemuan per bulan",
    meetings: "pertemuan",
    meeting: "pertemuan",
    event: "Pertemuan",
    date: "Tanggal",
    precision: "Presisi",
    venue: "Tempat",
    direction: "Arah",
    host: "Tuan rumah",
    guest: "Tamu",
    level: "Tingkat",
    articles: "Artikel",
    outlets: "Media",
    theme: "Tema",
    speaker: "Pembicara",
    country: "Negara",
    statements: "Pernyataan",
    statement: "pernyataan",
    statementsLower: "pernyataan",
    outlet: "Media",
    kind: "Jenis",
    quote: "Kutipan",
    source: "Sumber",
    search: "Cari kutipan",
    all: "Semua",
    direct: "langsung",
    partial: "sebagian",
    reported: "tidak langsung",
    term: "istilah",
    sentence: "kalimat",
    noEvents: "Tidak ada pertemuan untuk ditampilkan.",
    noPlaces: "Tidak ada tempat untuk ditampilkan.",
    noQuotes: "Tidak ada kutipan untuk ditampilkan.",
    original: "Asli",
    notTranslated: "Belum diterjemahkan",
    translatedBy: "Diterjemahkan oleh",
    showMore: "Tampilkan lagi",
    noThemes: "Tidak ada kutipan yang diberi tema.",
    milestone: "Tonggak",
  },
} as const;

export type LabelKey = keyof (typeof labels)["en"];

export function label(key: LabelKey, lang: Lang = "en"): string {
  return labels[lang][key];
}

/** A country's name from its ISO alpha-3 code: the two sides by name, any other from the gazetteer's country row in
 * `places` (places.csv), else the code itself. */
export function countryName(code: string, lang: Lang = "en", places: readonly CountryPlace[] = []): string {
  if (code === "RUS" || code === "PRK") return labels[lang][code];
  const place = places.find((p) => p.kind === "country" && p.country === code);
  if (place) return lang === "id" ? place.name_id || place.name_en : place.name_en;
  return code || labels[lang].other;
}

/** What countryName reads of a places.csv row: the gazetteer's country rows name every other country. */
export interface CountryPlace {
  kind: string;
  country: string;
  name_en: string;
  name_id: string;
}

/** "RUS->PRK" and so on: who travelled to whom. */
export function directionOf(guest: string, host: string): "RUS->PRK" | "PRK->RUS" | "travel" {
  if (guest === "RUS" && host === "PRK") return "RUS->PRK";
  if (guest === "PRK" && host === "RUS") return "PRK->RUS";
  return "travel";
}

/** A month's full name, 1-based: monthName(11, "id") is "November". */
export function monthName(month: number, lang: Lang = "en"): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`monthName: ${month} is not a month (1–12)`);
  return formatters[lang].month.format(Date.UTC(2000, month - 1, 1));
}

export function formatNumber(n: number, lang: Lang = "en"): string {
  return formatters[lang].number.format(n);
}

/** "a, b and c"; in Indonesian "a, b, dan c" (PUEBI's comma before "dan" in a list of three or more). */
export function formatList(items: readonly string[], lang: Lang = "en"): string {
  return formatters[lang].list.format(items);
}

/** Parses the leading year, month and day of an ISO 8601 date; missing parts are undefined. */
export function parseIso(iso: string): { year: number; month?: number; day?: number } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  return { year: +m[1]!, month: m[2] === undefined ? undefined : +m[2], day: m[3] === undefined ? undefined : +m[3] };
}

/** An ISO date as a UTC Date at midnight; a partial date gives its first day. */
export function utcDate(iso: string): Date | undefined {
  const p = parseIso(iso);
  return p && new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

/**
 * A date as a reader says it, no finer than it is known: "1 November 2024", "week of 28 Oct 2024",
 * "Oct 2023", "2024"; in Indonesian "1 November 2024", "pekan 28 Okt 2024", "Okt 2023", "2024".
 */
export function formatDate(iso: string, precision: DatePrecision | "" = "day", lang: Lang = "en"): string {
  const p = parseIso(iso);
  if (!p) return iso;
  if (precision === "year" || p.month === undefined) return `${p.year}`;
  const date = Date.UTC(p.year, p.month - 1, p.day ?? 1);
  if (precision === "month" || p.day === undefined) return formatters[lang].monthYear.format(date);
  if (precision === "week") return `${lang === "id" ? "pekan" : "week of"} ${formatters[lang].shortDay.format(date)}`;
  return formatters[lang].day.format(date);
}

/** A span of days as "18–19 June 2024", "30 October – 1 November 2024", or one date when start = end; "date unknown"
 * when there is none. */
export function formatDateRange(start: string, end: string, precision: DatePrecision | "" = "day", lang: Lang = "en"): string {
  // A trip only undated articles report (events.csv's `undated-` rows) has no date at all.
  if (start === "" && end === "") return labels[lang].undated.toLowerCase();
  const a = parseIso(start);
  const b = parseIso(end);
  if (precision !== "day" || !a || !b || a.day === undefined || b.day === undefined || start.slice(0, 10) === end.slice(0, 10)) {
    return formatDate(start, precision, lang);
  }
  // CLDR's British pattern spaces a same-month range ("18 – 19 June"); newsroom style closes it up ("18–19 June").
  const range = formatters[lang].day.formatRange(Date.UTC(a.year, a.month! - 1, a.day), Date.UTC(b.year, b.month! - 1, b.day));
  return range.replace(/^(\d+)\s–\s(\d+)\s/u, "$1–$2 ").replace(/\u2009/gu, " ");
}

/** A tick label for a month on a time axis: "Oct", with the year under January and the first tick. */
export function monthTick(date: Date, lang: Lang = "en", withYear = false): string {
  const m = formatters[lang].shortMonth.format(date);
  return withYear || date.getUTCMonth() === 0 ? `${m}\n${date.getUTCFullYear()}` : m;
}
