import { formatLocale } from "d3";
import type { DatePrecision } from "./types.js";

export type Lang = "en" | "id";

const months = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
};

const shortMonths = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
};

const locales = {
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""] }),
  id: formatLocale({ decimal: ",", thousands: ".", grouping: [3], currency: ["Rp", ""] }),
};

const labels = {
  en: {
    RUS: "Russia",
    PRK: "North Korea",
    other: "Other",
    unknown: "Unattributed",
    "RUS->PRK": "Russian side travelled to North Korea",
    "PRK->RUS": "North Korean side travelled to Russia",
    travel: "Other or unknown direction",
    day: "Date known to the day",
    week: "Date known to the week",
    month: "Date known only to the month",
    year: "Date known only to the year",
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
    indirect: "indirect",
    term: "term",
    sentence: "sentence",
    noEvents: "No meetings to show.",
    noPlaces: "No venues to show.",
    noQuotes: "No quotes to show.",
    noThemes: "No quotes tagged with a theme.",
    milestone: "Milestone",
  },
  id: {
    RUS: "Rusia",
    PRK: "Korea Utara",
    other: "Lainnya",
    unknown: "Tanpa atribusi",
    "RUS->PRK": "Pihak Rusia berkunjung ke Korea Utara",
    "PRK->RUS": "Pihak Korea Utara berkunjung ke Rusia",
    travel: "Arah lain atau tidak diketahui",
    day: "Tanggal diketahui sampai hari",
    week: "Tanggal diketahui sampai pekan",
    month: "Tanggal hanya diketahui bulannya",
    year: "Tanggal hanya diketahui tahunnya",
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
    indirect: "tidak langsung",
    term: "istilah",
    sentence: "kalimat",
    noEvents: "Tidak ada pertemuan untuk ditampilkan.",
    noPlaces: "Tidak ada tempat untuk ditampilkan.",
    noQuotes: "Tidak ada kutipan untuk ditampilkan.",
    noThemes: "Tidak ada kutipan yang diberi tema.",
    milestone: "Tonggak",
  },
} as const;

export type LabelKey = keyof (typeof labels)["en"];

export function label(key: LabelKey, lang: Lang = "en"): string {
  return labels[lang][key];
}

/** A country's name from its ISO alpha-3 code; the code itself when the chart has no name for it. */
export function countryName(code: string, lang: Lang = "en"): string {
  return code === "RUS" || code === "PRK" ? labels[lang][code] : code || labels[lang].other;
}

/** "RUS->PRK" and so on: who travelled to whom. */
export function directionOf(guest: string, host: string): "RUS->PRK" | "PRK->RUS" | "travel" {
  if (guest === "RUS" && host === "PRK") return "RUS->PRK";
  if (guest === "PRK" && host === "RUS") return "PRK->RUS";
  return "travel";
}

/** A month's full name, 1-based: monthName(11, "id") is "November". */
export function monthName(month: number, lang: Lang = "en"): string {
  const name = months[lang][month - 1];
  if (name === undefined) throw new RangeError(`monthName: ${month} is not a month (1–12)`);
  return name;
}

export function formatNumber(n: number, lang: Lang = "en"): string {
  return locales[lang].format(",")(n);
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
  if (precision === "month" || p.day === undefined) return `${shortMonths[lang][p.month - 1]} ${p.year}`;
  if (precision === "week") return `${lang === "id" ? "pekan" : "week of"} ${p.day} ${shortMonths[lang][p.month - 1]} ${p.year}`;
  return `${p.day} ${months[lang][p.month - 1]} ${p.year}`;
}

/** A span of days as "18–19 June 2024", "30 October – 1 November 2024", or one date when start = end. */
export function formatDateRange(start: string, end: string, precision: DatePrecision | "" = "day", lang: Lang = "en"): string {
  const a = parseIso(start);
  const b = parseIso(end);
  if (precision !== "day" || !a || !b || a.day === undefined || b.day === undefined || start.slice(0, 10) === end.slice(0, 10)) {
    return formatDate(start, precision, lang);
  }
  const ma = months[lang][a.month! - 1];
  const mb = months[lang][b.month! - 1];
  if (a.year !== b.year) return `${a.day} ${ma} ${a.year} – ${b.day} ${mb} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${ma} – ${b.day} ${mb} ${b.year}`;
  return `${a.day}–${b.day} ${mb} ${b.year}`;
}

/** A tick label for a month on a time axis: "Oct", with the year under January and the first tick. */
export function monthTick(date: Date, lang: Lang = "en", withYear = false): string {
  const m = shortMonths[lang][date.getUTCMonth()]!;
  return withYear || date.getUTCMonth() === 0 ? `${m}\n${date.getUTCFullYear()}` : m;
}
