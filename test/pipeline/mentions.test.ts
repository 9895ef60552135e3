import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Anchor } from "../../src/pipeline/dates.ts";
import { extractMentions, type Mention } from "../../src/pipeline/mentions.ts";
import { loadGazetteer, loadPacks } from "../../src/pipeline/read.ts";
import { Recogniser } from "../../src/pipeline/recognise.ts";
import { splitSentences } from "../../src/pipeline/segment.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const gazetteer = await loadGazetteer(DATA);
const pack = (await loadPacks(DATA)).get("id");
const recogniser = new Recogniser(gazetteer);
const context = {
  pack,
  lexicons: pack,
  people: new Map(gazetteer.people.map((p) => [p.person_id, p])),
  places: new Map(gazetteer.places.map((p) => [p.place_id, p]))
};

/** Mentions of `text` (paragraphs one a line) published on `published`, anchored there. */
function mentions(text: string, published = "2024-11-02"): Mention[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const [p, line] of text.split("\n").entries()) {
    for (const [start, end] of splitSentences(text, offset, offset + line.length)) {
      const index = sentences.length + 1;
      sentences.push({ article_id: "a", sentence_id: `a-s${String(index).padStart(3, "0")}`, paragraph: p + 1, index, start, end, text: text.slice(start, end) });
    }
    offset += line.length + 1;
  }
  const anchor: Anchor = { date: published, precision: "day", source: "published", text: `published ${published}`, flags: [] };
  const entities = recogniser.recognise(text, sentences, published);
  return extractMentions({ article: { article_id: "a", text, published }, sentences, entities, anchor }, context);
}

const brief = (m: Mention) => [m.role, `${m.guest_country}>${m.host_country}`, m.date_start, m.date_end, m.date_precision, m.people.join("+")];

describe("extractMentions(article, context)", () => {
  test("a trigger with people, a venue after 'di' and a weekday date is a main mention of that day", () => {
    const [m] = mentions("Menteri Luar Negeri Korea Utara Choe Son-hui bertemu Sergey Lavrov di Moskow, Jumat (1/11).");
    expect(brief(m!)).toEqual(["main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", "choe-son-hui+sergey-lavrov"]);
    expect(m!.venue_id).toBe("moscow");
    expect(m!.date_text).toBe("Jumat (1/11)");
    expect(m!.cameo).toBe("040");
  });

  test("evidence is the sentence, and text.slice(char_start, char_end) is exactly it", () => {
    const text = "Pengantar tanpa peristiwa.\nVladimir Putin tiba di Pyongyang, Rabu (19/6). Ia disambut Kim Jong-un.";
    for (const m of mentions(text, "2024-06-20")) expect(text.slice(m.char_start, m.char_end)).toBe(m.evidence);
  });

  test("'ke Korea Utara' makes North Korea the host and the traveller's side the guest", () => {
    const [m] = mentions("Vladimir Putin melakukan kunjungan ke Korea Utara pada 19 Juni 2024.");
    expect(brief(m!)).toEqual(["background", "RUS>PRK", "2024-06-19", "2024-06-19", "day", "vladimir-putin"]);
    expect(m!.venue_id).toBe("north-korea");
  });

  test("a hoped-for visit is planned, never main, and the visit before the modal stays main", () => {
    const found = mentions("Kunjungan Sergey Lavrov diharapkan akan menjadi landasan bagi kunjungan Presiden Vladimir Putin ke Korea Utara di masa mendatang.", "2023-10-18");
    expect(found.map((m) => [m.role, m.people.join("+")])).toEqual([
      ["main", "sergey-lavrov"],
      ["planned", "vladimir-putin"]
    ]);
  });

  test("an invitation, 'akan', 'belum ditentukan' and 'dipertimbangkan' make planned mentions", () => {
    for (const sentence of [
      "Kim Jong-un mengundang Vladimir Putin untuk mengunjungi Korea Utara.",
      "Vladimir Putin akan mengunjungi Korea Utara.",
      "Tanggal kunjungan Vladimir Putin ke Pyongyang belum ditentukan.",
      "Kunjungan Kim Jong-un ke Rusia sedang dipertimbangkan."
    ]) {
      expect(mentions(sentence).map((m) => m.role), sentence).toEqual(["planned"]);
    }
  });

  test("a date after the article's is planned: a report cannot tell of a meeting still to come", () => {
    expect(mentions("Vladimir Putin bertemu Kim Jong-un di Pyongyang pada 19 Desember 2024.").map((m) => m.role)).toEqual(["planned"]);
  });

  test("a negated trigger is no mention", () => {
    expect(mentions("Perjanjian itu mengharuskan Korea Utara dan Rusia untuk tidak menandatangani perjanjian dengan negara ketiga.")).toEqual([]);
  });

  test("'bulan lalu' gives a month-precision background mention", () => {
    const [m] = mentions("Kim Jong-un melakukan perjalanan ke Rusia bulan lalu.", "2023-10-20");
    expect(brief(m!)).toEqual(["background", "PRK>RUS", "2023-09-01", "2023-09-30", "month", "kim-jong-un"]);
  });

  test("a date credited to the report ('Dilansir dari KCNA, Sabtu, 2 November 2024') dates the meeting to its week", () => {
    const [m] = mentions("Dilansir dari KCNA, Sabtu, 2 November 2024, Choe Son-hui dan Sergey Lavrov bertemu di Moskow.");
    expect(brief(m!)).toEqual(["main", "PRK>RUS", "2024-10-28", "2024-11-03", "week", "choe-son-hui+sergey-lavrov"]);
  });

  test("'Keduanya' and 'Pertemuan itu' carry the previous sentence's people, direction and date", () => {
    const found = mentions("Choe Son-hui bertemu Sergey Lavrov di Moskow, Jumat (1/11). Keduanya juga membahas kerja sama. Pertemuan itu berlangsung hangat.");
    expect(found.map(brief)).toEqual([
      ["main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", "choe-son-hui+sergey-lavrov"],
      ["main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", "choe-son-hui+sergey-lavrov"],
      ["main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", "choe-son-hui+sergey-lavrov"]
    ]);
    expect(found[1]!.date_text).toBe("");
  });

  test("'membahas' alone, with one side only, is no mention", () => {
    expect(mentions("Vladimir Putin membahas anggaran di Moskow.")).toEqual([]);
  });

  test("a person named after 'mengatakan' is what was said about, not a participant", () => {
    const [m] = mentions("Choe Son-hui tiba di Rusia, Rabu (30/10), dan mengatakan Kim Jong-un mendukung Rusia.");
    expect(m!.people).toEqual(["choe-son-hui"]);
  });

  test("a spokesperson quoted with 'kata' is not a participant; a minister quoted with 'menurut' is", () => {
    const [a] = mentions("Pertemuan Vladimir Putin dan Choe Son-hui di Kremlin berlangsung hangat, kata Juru Bicara Kremlin Dmitry Peskov.", "2024-01-16");
    expect(a!.people).toEqual(["choe-son-hui", "vladimir-putin"]);
    const [b] = mentions("Pembicaraan di Moskow membahas kerja sama dengan Korea Utara, menurut Lavrov.", "2024-01-16");
    expect(b!.people).toEqual(["sergey-lavrov"]);
  });

  test("meetings without Russia and North Korea on both sides are not mentions", () => {
    expect(mentions("Vladimir Putin bertemu Xi Jinping di Beijing.")).toEqual([]);
  });

  test("an article with no meeting gives no mentions", () => {
    expect(mentions("Korea Utara mengecam latihan militer gabungan Korea Selatan dan Amerika Serikat.")).toEqual([]);
    expect(mentions("")).toEqual([]);
  });

  test("mention ids follow reading order", () => {
    const found = mentions("Vladimir Putin tiba di Pyongyang, Rabu (19/6). Vladimir Putin bertemu Kim Jong-un di Pyongyang, Rabu (19/6).", "2024-06-20");
    expect(found.map((m) => m.mention_id)).toEqual(["a-m01", "a-m02"]);
  });
});
