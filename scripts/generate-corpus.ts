// npm run generate-corpus -- --articles <n> --out <dir> [--seed <n>] [--data <dir>]
// A synthetic corpus for benchmarks and recall checks at scale: Indonesian news articles made by recombining
// the seed articles' sentence patterns (datelines, arrivals, receptions, talks, quotes with their reporting
// verbs, boilerplate of each outlet's kind), with people, titles, venues and dates drawn from the real
// gazetteer. Seeded and deterministic: the same seed, size and gazetteer give byte-identical files. Beside the
// data folder (articles/, sources.csv, and the real gazetteer/, lexicon/ and lang/ copied from --data) it writes
// truth.json: every trip it planted (direction, dates, venue, people) and every quotation (speaker, text).
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { Gazetteer, Person, PersonAlias, Place } from "../src/pipeline/recognise/gazetteer.ts";
import { loadGazetteer } from "../src/io/read.ts";

/** A trip the generator planted: what the events table should find once, however many articles report it. */
export interface PlantedEvent {
  event_key: string;
  host_country: string;
  guest_country: string;
  date_start: string;
  date_end: string;
  venue_id: string;
  /** person ids of the visiting delegation and of the hosts who met it, as named in the articles. */
  guests: string[];
  hosts: string[];
  /** article ids that report it. */
  articles: string[];
}

/** A quotation the generator planted in one article. */
export interface PlantedQuote {
  article_id: string;
  event_key: string;
  speaker_id: string;
  kind: "direct" | "reported";
  /** The quoted words, without the marks and the final punctuation. */
  text: string;
  /** Offsets of `text` in the article's stored text. */
  char_start: number;
  char_end: number;
}

export interface Truth {
  seed: number;
  articles: number;
  events: PlantedEvent[];
  quotes: PlantedQuote[];
}

export interface Corpus {
  /** Path relative to the data folder ("articles/00001.txt", "sources.csv") → content. */
  files: Map<string, string>;
  truth: Truth;
}

export interface GenerateOptions {
  seed: number;
  articles: number;
}

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same stream on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => {
  if (items.length === 0) throw new Error("generate-corpus: pick from an empty list");
  return items[Math.floor(random() * items.length)]!;
};
const chance = (random: Random, p: number): boolean => random() < p;
const between = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const SIDES = ["RUS", "PRK"] as const;
const COUNTRY_ID: Readonly<Record<string, string>> = { RUS: "Rusia", PRK: "Korea Utara" };
/** Trips of one direction are planted in slots this many days apart, so two never overlap (events.ts merges
 * reports of one direction whose dates are within two days). */
const SLOT_DAYS = 6;
/** Nobody travels between the sides twice within this many days, as in the news: events.ts takes one traveller's
 * meetings a week apart for one trip. */
const TRAVELLER_REST_DAYS = 10;
const FIRST_DAY = Date.UTC(2014, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 11, 31) / 86_400_000;
/** About this many articles report one trip, on average, until the calendar is full. */
const ARTICLES_PER_EVENT = 4;

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const parts = (day: number) => {
  const d = new Date(day * 86_400_000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), w: d.getUTCDay() };
};

interface Outlet {
  id: string;
  name: string;
  /** The opening of the first paragraph, given the dateline city. */
  dateline: (city: string) => string;
  /** Lines inserted between paragraphs (boilerplate), each with a chance. */
  inserts: ReadonlyArray<(random: Random) => string>;
  /** Lines after the body. */
  footer: (random: Random, year: number) => string[];
  /** Blank line between paragraphs? */
  blank: boolean;
}

const RELATED = [
  "Rusia terkejut Turki lanjutkan kerja sama pertahanan dengan Ukraina",
  "PBB prihatin atas laporan keberadaan pasukan asing di Eropa Timur",
  "Harga minyak dunia naik tipis di tengah ketegangan Timur Tengah",
  "Israel diserang proyektil dari Lebanon, 19 orang terluka",
  "Presiden Korea Selatan ditangkap setelah petugas geledah rumahnya",
  "Gempa magnitudo 5,2 guncang wilayah selatan Jepang",
  "Bank sentral pertahankan suku bunga acuan",
  "Tim nasional lolos ke babak final piala Asia"
];
const PEOPLE_NAMES = ["Cindy Frishanti Octavia", "Arie Novarina", "Willy Haryono", "Huyen Le", "Dewi Kartika", "Bambang Sutrisno", "Rina Wulandari", "Andi Pratama"];

const OUTLETS: readonly Outlet[] = [
  {
    id: "antara",
    name: "ANTARA",
    dateline: (city) => `${city} (ANTARA) - `,
    inserts: [(r) => `Baca juga: ${pick(r, RELATED)}`],
    footer: (r, year) => [`Penerjemah: ${pick(r, PEOPLE_NAMES)}`, `Editor: ${pick(r, PEOPLE_NAMES)}`, `Copyright © ANTARA ${year}`],
    blank: true
  },
  {
    id: "tempo",
    name: "TEMPO.CO",
    dateline: () => "TEMPO.CO, Jakarta - ",
    inserts: [() => "Baca berita dengan sedikit iklan, klik di sini"],
    footer: (r) => [`Pilihan editor: ${pick(r, RELATED)}`],
    blank: false
  },
  {
    id: "medcom",
    name: "Medcom.id",
    dateline: (city) => `${city}: `,
    inserts: [(r) => `Baca juga:  ${pick(r, RELATED)}`, () => " "],
    footer: () => ["Cek Berita dan Artikel yang lain di", "Google News", "(WIL)", "", "TERKAIT", "", "BERITA LAINNYA"],
    blank: true
  },
  {
    id: "mina",
    name: "MINA (Mi'raj News Agency)",
    dateline: (city) => `${city}, MINA – `,
    inserts: [(r) => `Baca Juga: ${pick(r, RELATED)}`],
    footer: () => ["(T/RI-1/P2)", "Mi’raj News Agency (MINA)"],
    blank: false
  },
  {
    id: "vn",
    name: "Vietnamese outlet (machine-translated)",
    dateline: () => "",
    inserts: [() => "[iklan_2]"],
    footer: (r) => [`${pick(r, PEOPLE_NAMES)} (Menurut AFP , Reuters )`, "[iklan_2]", "Tautan sumber", "Komentar (0)"],
    blank: false
  },
  {
    id: "kabar",
    name: "Kabar Dunia",
    dateline: (city) => `${city.toUpperCase()} - `,
    inserts: [() => "ADVERTISEMENT", () => "SCROLL TO CONTINUE WITH CONTENT"],
    footer: (r) => [`Pewarta: ${pick(r, PEOPLE_NAMES)}`, `Editor: ${pick(r, PEOPLE_NAMES)}`],
    blank: true
  }
];

// Quoted statements, recombined from the seeds' quotations. No event trigger words (pertemuan, kunjungan …)
// and no names: what is said never reports a meeting of its own.
const QUOTE_SUBJECTS = [
  "Hubungan antara negara kita",
  "Kerja sama kedua negara",
  "Persahabatan antara rakyat kita",
  "Kemitraan strategis ini",
  "Ketentuan perjanjian tersebut",
  "Dukungan teguh dari sahabat kami",
  "Kerja sama ekonomi dan budaya",
  "Posisi bersama kedua belah pihak",
  "Koordinasi di bidang keamanan",
  "Hubungan bilateral kedua negara"
];
const QUOTE_PREDICATES = [
  "telah mencapai tingkat strategis baru yang kualitatif",
  "akan terus diperkuat dengan cara yang konsisten",
  "menjadi dasar untuk memperdalam kerja sama di semua bidang",
  "memiliki dampak stabilisasi di benua Eurasia",
  "sedang memasuki periode baru yang berlimpah",
  "tidak dapat digoyahkan oleh tekanan dari luar",
  "telah dilaksanakan untuk kepentingan rakyat di negara kita",
  "berkembang pesat sesuai kesepakatan para kepala negara"
];
const QUOTE_TAILS = [
  "di tengah situasi internasional yang rumit",
  "demi perdamaian dan stabilitas di Asia Timur Laut",
  "meskipun ada sanksi dan tekanan dari Barat",
  "untuk jangka panjang",
  "di bidang perdagangan, ilmu pengetahuan dan teknologi",
  "sesuai dengan aspirasi rakyat kedua negara",
  "dalam menghadapi kebijakan hegemonik",
  "tanpa menoleh ke belakang kepada siapa pun"
];

// Sentences about the background that report no meeting and name no one, after the seeds' context paragraphs.
const FILLERS = [
  "Dokumen tersebut mengatur pengembangan hubungan ekonomi, kerja sama militer-teknis, dan bantuan militer bersama jika terjadi serangan terhadap salah satu pihak.",
  "Hubungan hangat antara kedua negara semakin erat sejak pecahnya konflik di Ukraina pada tahun 2022.",
  "Pyongyang telah berulang kali secara terbuka mendukung Moskow di Perserikatan Bangsa-Bangsa.",
  "Ketegangan politik di Semenanjung Korea meningkat dalam beberapa pekan terakhir, menyusul latihan militer gabungan yang dilakukan oleh Korea Selatan dan Amerika Serikat.",
  "Korea Utara mengecam latihan tersebut sebagai ancaman terhadap keamanan nasionalnya.",
  "Negara-negara Barat menuduh kedua negara melanggar sanksi Dewan Keamanan PBB terkait program rudal balistik.",
  "Para analis menilai kedekatan kedua negara mengubah keseimbangan kekuatan di Asia Timur Laut.",
  "Perdagangan lintas perbatasan melalui jembatan di Sungai Tumen dilaporkan meningkat sejak awal tahun.",
  "Pemerintah Korea Selatan menyatakan keprihatinan atas semakin eratnya kerja sama militer tersebut.",
  "Jepang dan Amerika Serikat menyerukan agar resolusi PBB dipatuhi sepenuhnya.",
  "Kedua negara juga sepakat memperluas jalur penerbangan langsung dan pertukaran pelajar.",
  "Sejumlah laporan menyebut amunisi dan rudal dikirim melalui jalur kereta api ke wilayah Rusia.",
  "Badan intelijen Korea Selatan memperkirakan ribuan tentara telah dikerahkan ke garis depan.",
  "Kedua pihak juga menyoroti pentingnya menjaga perdamaian dan keamanan di kawasan Asia-Pasifik.",
  "Perekonomian Korea Utara masih tertekan oleh sanksi internasional yang berlaku sejak 2006.",
  "Rusia adalah salah satu dari sedikit negara yang mempertahankan hubungan diplomatik erat dengan Pyongyang."
];
const TOPICS = ["ekonomi", "perdagangan", "energi", "pertanian", "pendidikan", "pariwisata", "ilmu pengetahuan", "kebudayaan", "keamanan regional", "transportasi"];

interface Named {
  person: Person;
  /** "Menteri Luar Negeri Rusia Sergey Lavrov" on first mention. */
  full: string;
  /** "Lavrov" afterwards (the full name when the gazetteer has no short form). */
  short: string;
}

/** The people and venues the generator can draw on, from the gazetteer. */
interface Pools {
  people: Map<string, Person[]>;
  titles: Map<string, PersonAlias[]>;
  names: Map<string, PersonAlias[]>;
  shorts: Map<string, PersonAlias[]>;
  venues: Map<string, Place[]>;
  places: Map<string, Place>;
  spokespeople: Person[];
}

const NOT_DELEGATES = /Ambassador|Spokes|Press Secretary|Permanent Representative|deceased/i;

function pools(gazetteer: Gazetteer): Pools {
  const by = <T>(rows: readonly T[], key: (row: T) => string | null) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const k = key(row);
      if (k !== null) (map.get(k) ?? map.set(k, []).get(k)!).push(row);
    }
    return map;
  };
  const delegates = gazetteer.people.filter((p) => (SIDES as readonly string[]).includes(p.country) && !NOT_DELEGATES.test(p.role) && !NOT_DELEGATES.test(p.notes));
  const upper = /^\p{Lu}/u;
  return {
    people: by(delegates, (p) => p.country),
    titles: by(gazetteer.personAliases, (a) => (a.kind === "title" && a.lang === "id" && upper.test(a.alias) ? a.person_id : null)),
    names: by(gazetteer.personAliases, (a) => (a.kind === "name" ? a.person_id : null)),
    shorts: by(gazetteer.personAliases, (a) => (a.kind === "short" ? a.person_id : null)),
    venues: by(
      gazetteer.places.filter((p) => p.kind === "city" || p.kind === "building" || p.kind === "site"),
      (p) => ((SIDES as readonly string[]).includes(p.country) ? p.country : null)
    ),
    places: new Map(gazetteer.places.map((p) => [p.place_id, p])),
    spokespeople: gazetteer.people.filter((p) => p.country === "RUS" && /Spokes|Press Secretary/.test(p.role))
  };
}

/** Titles a person held on `day` (empty when the gazetteer gives them none then). */
function titlesOn(pools: Pools, person: Person, day: string): PersonAlias[] {
  return (pools.titles.get(person.person_id) ?? []).filter((t) => (t.valid_from === "" || t.valid_from <= day) && (t.valid_to === "" || day <= t.valid_to));
}

/** People of `country` who could be in a delegation on `day`: alive (people.csv's `died`), and in office (a title valid
 * then) or with no dated title at all. */
function available(pools: Pools, country: string, day: string): Person[] {
  return (pools.people.get(country) ?? []).filter((p) => {
    if ((p.died ?? "") !== "" && day > p.died!) return false;
    const all = pools.titles.get(p.person_id) ?? [];
    return all.length === 0 || titlesOn(pools, p, day).length > 0;
  });
}

const LEVEL_WEIGHT: Readonly<Record<string, number>> = { head: 3, minister: 4, deputy: 2, other: 1 };

function weighted(random: Random, people: readonly Person[]): Person {
  const total = people.reduce((sum, p) => sum + (LEVEL_WEIGHT[p.level] ?? 1), 0);
  let r = random() * total;
  for (const p of people) {
    r -= LEVEL_WEIGHT[p.level] ?? 1;
    if (r < 0) return p;
  }
  return people[people.length - 1]!;
}

function named(random: Random, pools: Pools, person: Person, day: string): Named {
  const titles = titlesOn(pools, person, day);
  const names = pools.names.get(person.person_id) ?? [];
  const name = chance(random, 0.75) || names.length === 0 ? person.name : pick(random, names).alias;
  const title = titles.length > 0 && chance(random, 0.85) ? `${pick(random, titles).alias} ` : "";
  const shorts = pools.shorts.get(person.person_id) ?? [];
  return { person, full: `${title}${name}`, short: shorts.length > 0 ? shorts[0]!.alias : person.name };
}

interface EventPlan {
  key: string;
  host: string;
  guest: string;
  first: number;
  last: number;
  venue: Place;
  guests: Person[];
  hosts: Person[];
  statements: string[];
  articles: string[];
}

function planEvents(random: Random, pools: Pools, count: number): EventPlan[] {
  const slots = Math.floor((LAST_DAY - FIRST_DAY) / SLOT_DAYS);
  const perSide = Math.min(slots, Math.ceil(count / SIDES.length));
  const events: EventPlan[] = [];
  for (const guest of SIDES) {
    const host = SIDES.find((s) => s !== guest)!;
    // Slots chosen without replacement (a partial Fisher-Yates over the slot numbers), then in date order.
    const order = Array.from({ length: slots }, (_, i) => i);
    for (let i = 0; i < perSide; i++) {
      const j = i + Math.floor(random() * (slots - i));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lastTrip = new Map<Person, number>();
    for (const slot of order.slice(0, perSide).sort((a, b) => a - b)) {
      const first = FIRST_DAY + slot * SLOT_DAYS + between(random, 0, 2);
      const last = first + (chance(random, 0.4) ? 1 : 0);
      const day = iso(first);
      const inOffice = available(pools, guest, day);
      const rested = inOffice.filter((p) => (lastTrip.get(p) ?? -Infinity) < first - TRAVELLER_REST_DAYS);
      const guestPool = rested.length > 0 ? rested : inOffice;
      const hostPool = available(pools, host, day);
      const g1 = weighted(random, guestPool);
      const h1 = weighted(random, hostPool);
      const guests = [g1];
      const hosts = [h1];
      if (chance(random, 0.5)) {
        const g2 = weighted(random, guestPool.filter((p) => p !== g1));
        const h2 = weighted(random, hostPool.filter((p) => p !== h1));
        guests.push(g2);
        hosts.push(h2);
      }
      for (const p of guests) lastTrip.set(p, last);
      const statements = Array.from({ length: between(random, 2, 4) }, () => `${pick(random, QUOTE_SUBJECTS)} ${pick(random, QUOTE_PREDICATES)} ${pick(random, QUOTE_TAILS)}`);
      events.push({ key: `${day}-${guest.toLowerCase()}-to-${host.toLowerCase()}`, host, guest, first, last, venue: pick(random, pools.venues.get(host) ?? []), guests, hosts, statements, articles: [] });
    }
  }
  return events.sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : 1));
}

/** "18 Oktober 2023", "Rabu, 18 Oktober 2023", "18-19 Oktober 2023", or "Rabu (18/10)" when the article is dated to the day. */
function dateText(random: Random, first: number, last: number, dayPrecise: boolean): string {
  const a = parts(first);
  const b = parts(last);
  const form = between(random, 0, dayPrecise ? 3 : 2);
  if (form === 3 && first === last) return `pada ${WEEKDAYS[a.w]} (${a.d}/${a.m})`;
  if (first !== last && a.m === b.m && form !== 1) return `pada ${a.d}-${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (form === 1) return `pada ${WEEKDAYS[a.w]}, ${a.d} ${MONTHS[a.m - 1]} ${a.y}`;
  return `pada ${a.d} ${MONTHS[a.m - 1]} ${a.y}`;
}

interface Draft {
  /** Paragraphs: each a list of pieces; a piece with a quote records where its text lands. */
  paragraphs: Array<Array<string | { text: string; quote: Omit<PlantedQuote, "article_id" | "char_start" | "char_end"> & { inner: string } }>>;
}

function quoteSentence(random: Random, speaker: Named, statement: string, key: string): Draft["paragraphs"][number] {
  const plain = { speaker_id: speaker.person.person_id, event_key: key, text: statement };
  const lower = statement[0]!.toLowerCase() + statement.slice(1);
  switch (between(random, 0, 4)) {
    case 0:
      return [{ text: `"${statement},"`, quote: { ...plain, kind: "direct", inner: statement } }, ` kata ${speaker.short}.`];
    case 1:
      return [{ text: `“${statement},”`, quote: { ...plain, kind: "direct", inner: statement } }, ` ujar ${speaker.short}.`];
    case 2:
      return [`${speaker.short} mengatakan, `, { text: `"${statement}."`, quote: { ...plain, kind: "direct", inner: statement } }];
    case 3:
      return [`${speaker.short} mengatakan bahwa `, { text: `${lower}.`, quote: { ...plain, text: lower, kind: "reported", inner: lower } }];
    default:
      return [`${speaker.short} menegaskan bahwa `, { text: `"${lower}."`, quote: { ...plain, text: lower, kind: "direct", inner: lower } }];
  }
}

function writeArticle(random: Random, pools: Pools, event: EventPlan, outlet: Outlet, published: number, dayPrecise: boolean): Draft {
  const day = iso(event.first);
  const guests = event.guests.map((p) => named(random, pools, p, day));
  const hosts = event.hosts.map((p) => named(random, pools, p, day));
  const [g1, h1] = [guests[0]!, hosts[0]!];
  const venue = event.venue.name_id;
  const when = dateText(random, event.first, event.last, dayPrecise && published - event.last <= 5);
  const hostCountry = COUNTRY_ID[event.host]!;
  const guestCountry = COUNTRY_ID[event.guest]!;
  const city = event.venue.kind === "city" ? event.venue.name_id : (pools.places.get(event.venue.parent)?.kind === "city" ? pools.places.get(event.venue.parent)!.name_id : "Jakarta");
  const paragraphs: Draft["paragraphs"] = [];
  const leads = [
    () => `${g1.full} tiba di ${venue} ${when}, memulai kunjungan ${event.last > event.first ? "dua" : "satu"} hari ke ${hostCountry}.`,
    () => `${h1.full} menjamu ${g1.full} di ${venue} ${when}, menyusul pembicaraan mengenai peningkatan hubungan dan kerja sama bilateral.`,
    () => `${g1.full} dan ${h1.full} bertemu di ${venue} ${when}.`,
    () => `${g1.full} melakukan kunjungan resmi ke ${venue} ${when} atas undangan ${h1.full}.`
  ];
  const lead = pick(random, leads)();
  paragraphs.push([outlet.dateline(city) + lead]);
  // The lead names both sides when it is a meeting; an arrival or visit lead names the host in a second sentence.
  if (!lead.includes(h1.full)) paragraphs.push([`Dalam pertemuan dengan ${h1.full} di ${venue}, ${g1.short} membahas kerja sama di bidang ${pick(random, TOPICS)} dan ${pick(random, TOPICS)}.`]);
  if (guests[1] !== undefined && hosts[1] !== undefined) {
    paragraphs.push([`${guests[1].full} juga bertemu dengan ${hosts[1].full} di ${venue} untuk membahas kerja sama di bidang ${pick(random, TOPICS)}.`]);
  }
  const speakers = [...guests, ...hosts];
  const said = event.statements.filter(() => chance(random, 0.6));
  // Seed-sized articles (about 2.5 KB): the background takes up most of a news story.
  const fillers = shuffle(random, FILLERS).slice(0, between(random, 10, 14));
  for (const statement of said.length > 0 ? said : [event.statements[0]!]) {
    paragraphs.push(quoteSentence(random, pick(random, speakers), statement, event.key));
    if (fillers.length > 0 && chance(random, 0.6)) paragraphs.push([fillers.pop()!]);
  }
  if (chance(random, 0.3)) paragraphs.push([`${g1.short} juga mengundang ${h1.short} untuk berkunjung ke ${guestCountry} di masa mendatang.`]);
  while (fillers.length > 0) paragraphs.push([fillers.splice(0, between(random, 1, 2)).join(" ")]);
  return { paragraphs };
}

/** Lays a draft out as the article's stored text (LF line ends), with its outlet's boilerplate; records where
 * each planted quote's text lands. */
function render(random: Random, draft: Draft, outlet: Outlet, year: number): { text: string; quotes: Array<Omit<PlantedQuote, "article_id">> } {
  let text = "";
  const quotes: Array<Omit<PlantedQuote, "article_id">> = [];
  const separator = outlet.blank ? "\n\n" : "\n";
  draft.paragraphs.forEach((paragraph, i) => {
    if (i > 0) {
      text += separator;
      if (i > 1 && chance(random, 0.25)) text += pick(random, outlet.inserts)(random) + separator;
    }
    for (const piece of paragraph) {
      if (typeof piece === "string") {
        text += piece;
        continue;
      }
      const at = text.length + piece.text.indexOf(piece.quote.inner);
      const { inner, ...quote } = piece.quote;
      quotes.push({ ...quote, char_start: at, char_end: at + inner.length });
      text += piece.text;
    }
  });
  text += separator + outlet.footer(random, year).join("\n");
  return { text, quotes };
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Generates a corpus of `articles` articles from a gazetteer. Pure and deterministic for a seed. */
export function generateCorpus(gazetteer: Gazetteer, options: GenerateOptions): Corpus {
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error(`generate-corpus: --articles must be a positive integer, not ${options.articles}`);
  const random = prng(options.seed);
  const p = pools(gazetteer);
  const events = planEvents(random, p, Math.max(1, Math.round(options.articles / ARTICLES_PER_EVENT)));
  const files = new Map<string, string>();
  const quotes: PlantedQuote[] = [];
  const rows = ["article_id,file,outlet,url,language,published,title,notes"];
  const width = Math.max(5, String(options.articles).length);
  for (let i = 0; i < options.articles; i++) {
    // Every trip gets one article before any gets a second, so small corpora still span the calendar.
    const event = i < events.length ? events[i]! : pick(random, events);
    const outlet = pick(random, OUTLETS);
    const published = event.last + between(random, 0, 3);
    const dayPrecise = chance(random, 0.7);
    const date = parts(published);
    const publishedText = dayPrecise ? iso(published) : iso(published).slice(0, 7);
    const number = String(i + 1).padStart(width, "0");
    const article_id = `${outlet.id}-${iso(published).slice(0, 7)}-${number}`;
    const file = `articles/${number}.txt`;
    const draft = writeArticle(random, p, event, outlet, published, dayPrecise);
    const { text, quotes: planted } = render(random, draft, outlet, date.y);
    files.set(file, text);
    for (const q of planted) quotes.push({ article_id, ...q });
    event.articles.push(article_id);
    rows.push([article_id, file, outlet.name, "", "id", publishedText, "", `synthetic (seed ${options.seed})`].map(csvField).join(","));
  }
  files.set("sources.csv", rows.join("\n") + "\n");
  const truth: Truth = {
    seed: options.seed,
    articles: options.articles,
    events: events
      .filter((e) => e.articles.length > 0)
      .map((e) => ({
        event_key: e.key,
        host_country: e.host,
        guest_country: e.guest,
        date_start: iso(e.first),
        date_end: iso(e.last),
        venue_id: e.venue.place_id,
        guests: e.guests.map((g) => g.person_id),
        hosts: e.hosts.map((h) => h.person_id),
        articles: e.articles
      })),
    quotes
  };
  return { files, truth };
}

/** Writes a corpus as a data folder: its files, truth.json, and the gazetteer and lexicons copied from `dataDir`. */
export async function writeCorpus(outDir: string, corpus: Corpus, dataDir: string): Promise<void> {
  await rm(join(outDir, "articles"), { recursive: true, force: true });
  await mkdir(join(outDir, "articles"), { recursive: true });
  for (const [file, content] of corpus.files) await writeFile(join(outDir, file), content);
  await writeFile(join(outDir, "truth.json"), JSON.stringify(corpus.truth, null, 1) + "\n");
  for (const input of ["gazetteer", "lexicon", "lang", "relationship.csv"]) await cp(join(dataDir, input), join(outDir, input), { recursive: true });
}

/** Generates and writes a corpus from the gazetteer in `dataDir`; returns its truth. */
export async function generateInto(outDir: string, options: GenerateOptions & { dataDir: string }): Promise<Truth> {
  const corpus = generateCorpus(await loadGazetteer(options.dataDir), options);
  await writeCorpus(outDir, corpus, options.dataDir);
  return corpus.truth;
}

async function main(argv: string[]): Promise<number> {
  const usage = "usage: npm run generate-corpus -- --articles <n> --out <dir> [--seed <n>] [--data <dir>]";
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" }, data: { type: "string", default: "data" } } }));
  } catch (error) {
    process.stderr.write(`generate-corpus: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (values.out === undefined || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const truth = await generateInto(values.out, { seed, articles, dataDir: values.data });
  process.stderr.write(`generate-corpus: wrote ${articles} articles, ${truth.events.length} planted trips and ${truth.quotes.length} quotations to ${values.out}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
