import { describe, expect, test } from "vitest";
import type { Anchor } from "../../src/pipeline/dates.ts";
import { extractMentions, type Mention } from "../../src/pipeline/events/mentions.ts";
import { placeFromKnownMeetings } from "../../src/pipeline/events/venue/known-venue.ts";
import { loadKnownMeetings } from "../../src/io/read.ts";
import type { Sentence } from "../../src/pipeline/types.ts";
import type { LanguagePack } from "../../src/pipeline/lang/pack.ts";
import { contextOf, DATA, gazetteer, mentionsOf, packs, recogniser } from "../helpers/mentions.ts";

const pack = packs.get("id");

/** Mentions of `text` (paragraphs one a line) published on `published` (anchored there; "" for no date), in the
 * language of `language` (a pack). */
const mentions = (text: string, published = "2024-11-02", language: LanguagePack = pack): Mention[] => mentionsOf(text, published, language);

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

/** The Indonesian pack without the words of one kind: a rule that reads them must stop firing. */
function without(kind: string): LanguagePack {
  return { ...pack, rows: (k) => (k === kind ? [] : pack.rows(k)), words: (k) => (k === kind ? [] : pack.words(k)), wordsIfAny: (k) => (k === kind ? [] : pack.wordsIfAny(k)), alternation: (k) => (k === kind ? "(?!)" : pack.alternation(k)) };
}

describe("the article as a whole: its news, what is planned, where and with whom", () => {
  test("the anaphors are data: without 'keduanya' in the pack, 'Keduanya' no longer brings the people back", () => {
    const text = "Choe Son-hui bertemu Sergey Lavrov di Moskow, Jumat (1/11). Keduanya membahas kerja sama.";
    expect(mentions(text).map((m) => m.people.join("+"))).toEqual(["choe-son-hui+sergey-lavrov", "choe-son-hui+sergey-lavrov"]);
    expect(mentions(text, "2024-11-02", without("plural_anaphors")).map((m) => m.people.join("+"))).toEqual(["choe-son-hui+sergey-lavrov"]);
  });

  test("venue prepositions are data: without 'di' a place after it is no venue, and 'tiba' needs one", () => {
    const text = "Choe Son-hui tiba di Moskow, Jumat (1/11).";
    expect(mentions(text).map((m) => m.venue_id)).toEqual(["moscow"]);
    expect(mentions(text, "2024-11-02", without("venue_prepositions"))).toEqual([]);
  });

  test("the lead's place is where the news happened when its own report names none (a dateline)", () => {
    const [m] = mentions("Pyongyang, 12 Juli - Kim Jong-un menyambut Sergey Lavrov, Sabtu (12/7).", "2025-07-12");
    expect([m!.venue_id, m!.guest_country, m!.host_country]).toEqual(["pyongyang", "RUS", "PRK"]);
  });

  test("an arrival that happened and a meeting still to come are two mentions: one main, one planned", () => {
    const found = mentions("Kim Jong-un telah tiba di Kota Vladivostok untuk menghadiri pertemuan dengan Vladimir Putin.\nKim akan bertemu Putin pada Kamis (25/4/2019).", "2019-04-24");
    expect(found.map((m) => [m.role, m.event_type, m.date_start, m.venue_id, m.people.join("+")])).toEqual([
      ["main", "arrival", "2019-04-24", "vladivostok", "kim-jong-un"],
      ["planned", "meeting", "2019-04-25", "", "kim-jong-un+vladimir-putin"]
    ]);
  });

  test("sentences without a date of their own attach to the news; a background marker keeps one apart", () => {
    const found = mentions("Vladimir Putin bertemu Kim Jong-un di Pyongyang, Rabu (19/6).\nPembicaraan berlangsung hangat.\nSebelumnya, Putin pernah mengunjungi Pyongyang.", "2024-06-20");
    expect(found.map((m) => [m.role, m.date_start, `${m.guest_country}>${m.host_country}`])).toEqual([
      ["main", "2024-06-19", "RUS>PRK"],
      ["main", "2024-06-19", "RUS>PRK"],
      ["background", "", "RUS>PRK"]
    ]);
  });

  test("when the news is a visit still to come, an undated report of the same trip is planned too", () => {
    const found = mentions("Vladimir Putin akan berkunjung ke Pyongyang bulan depan.\nPutin dan Kim Jong-un membahas kerja sama militer.", "2024-05-20");
    expect(found.map((m) => m.role)).toEqual(["planned", "planned"]);
  });

  test("an undated meeting the article dates elsewhere, before the news, is that earlier meeting", () => {
    const found = mentions("Usai Kim Jong-un bertemu Vladimir Putin, Sergey Lavrov akan mengunjungi Pyongyang.\nPada 3 September 2023, Kim Jong-un dan Vladimir Putin mengadakan pertemuan puncak di Vostochny.", "2023-09-25");
    expect(found.map((m) => [m.role, m.date_start])).toEqual([
      ["background", "2023-09-03"],
      ["planned", ""],
      ["background", "2023-09-03"]
    ]);
  });

  test("the two sides meeting in a third country is CAMEO 044 held there; one side's trip there is no mention", () => {
    const [m] = mentions("Vladimir Putin dan Kim Jong-un bertemu di Beijing, Rabu (3/9).", "2025-09-03");
    expect([m!.cameo, m!.host_country, m!.guest_country, m!.venue_id, m!.role]).toEqual(["044", "CHN", "", "beijing", "main"]);
    expect(mentions("Vladimir Putin berkunjung ke Beijing, Rabu (3/9).", "2025-09-03")).toEqual([]);
  });

  test("a delegation going home is still the trip to the other side: its own capital is not the venue", () => {
    const [m] = mentions("Delegasi yang dipimpin Choe Son-hui meninggalkan Moskow pada Kamis (18/1) dan tiba di Pyongyang.", "2024-01-19");
    expect([m!.guest_country, m!.host_country, m!.venue_id]).toEqual(["PRK", "RUS", "moscow"]);
  });

  test("a place after 'di luar' (outside) is not where a trip went", () => {
    expect(mentions("Kim Jong-un melakukan perjalanan pertamanya di luar Korea Utara.", "2018-04-10")).toEqual([]);
  });

  test("English: a meeting, its venue and its weekday; who travelled from the venue", () => {
    const [m] = mentions("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Wednesday.", "2019-04-26", packs.get("en"));
    expect(brief(m!)).toEqual(["main", "PRK>RUS", "2019-04-24", "2019-04-24", "day", "kim-jong-un+vladimir-putin"]);
    expect(m!.venue_id).toBe("vladivostok");
  });

  test("English: 'is expected to', 'not clear whether', 'ahead of' make planned mentions; the arrival stays main", () => {
    const en = packs.get("en");
    expect(mentions("Kim Jong Un is expected to meet Vladimir Putin on Thursday.", "2019-04-24", en).map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("It is not clear whether Vladimir Putin will visit Pyongyang.", "2019-04-24", en).map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("Kim Jong Un arrived in Vladivostok on Wednesday ahead of his summit with Vladimir Putin.", "2019-04-24", en).map((m) => [m.role, m.event_type])).toEqual([
      ["main", "arrival"],
      ["planned", "summit"]
    ]);
  });

  test("English: a date after 'since' dates the earlier summit, with the people 'they' refers to", () => {
    const found = mentions("It will be the first meeting between Kim Jong Un and Vladimir Putin since April 2019, when they held a summit in Vladivostok.", "2023-09-11", packs.get("en"));
    expect(found.map((m) => [m.role, m.date_start, m.venue_id, m.people.join("+")])).toEqual([
      ["planned", "", "", "kim-jong-un+vladimir-putin"],
      ["background", "2019-04-01", "vladivostok", "kim-jong-un+vladimir-putin"]
    ]);
  });

  test("a visit's length counts back from the day its visitor leaves the venue, forward from the day they leave for it", () => {
    const en = packs.get("en");
    const [leaving] = mentions("Vladimir Putin left Pyongyang on Wednesday, ending a two-day state visit hosted by Kim Jong Un.", "2024-06-20", en);
    expect(brief(leaving!)).toEqual(["main", "RUS>PRK", "2024-06-18", "2024-06-19", "day", "kim-jong-un+vladimir-putin"]);
    const [going] = mentions("Kim Jong Un left for Vladivostok on Monday for a three-day visit to meet Vladimir Putin.", "2019-04-24", en);
    expect(brief(going!).slice(2, 4)).toEqual(["2019-04-22", "2019-04-24"]);
  });

  test("a visitor of a third country in one side's capital is not a trip between the sides; an unnamed delegation is", () => {
    const en = packs.get("en");
    expect(mentions("Chinese President Xi Jinping arrived in Pyongyang on Thursday and was greeted by Kim Jong Un.", "2019-06-20", en)).toEqual([]);
    expect(mentions("A delegation arrived in Pyongyang on Thursday for talks with Kim Jong Un.", "2019-06-20", en).map((m) => `${m.guest_country}>${m.host_country}`)).toEqual(["RUS>PRK"]);
  });

  test("English: a headline's infinitive is the future ('Kim Jong Un to visit Russia'); in running text 'to visit' is not", () => {
    const en = packs.get("en");
    expect(mentions("Kim Jong Un to visit Russia, Kremlin says\nThe Kremlin said on Monday that the date was not set.", "2023-09-11", en).map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("Kim Jong Un traveled to Russia to visit Vladimir Putin in Vladivostok on Wednesday.", "2019-04-26", en).map((m) => m.role)).not.toContain("planned");
  });

  test("English: 'traveled to' a place is a trip there, dated and directed by it", () => {
    const [m] = mentions("Kim Jong Un traveled to the Vostochny Cosmodrome on September 13 for his summit with Vladimir Putin.", "2023-10-18", packs.get("en"));
    expect([m!.event_type, m!.venue_id, m!.date_start, `${m!.guest_country}>${m!.host_country}`]).toEqual(["visit", "vostochny-cosmodrome", "2023-09-13", "PRK>RUS"]);
  });

  test("a place after the sentence's next report of a meeting is that report's venue, not the earlier one's", () => {
    const text = "Kim Jong Un met Vladimir Putin in the Russian Far East on September 13.\nSergey Lavrov is expected to discuss follow-up measures to the September summit and Putin's possible visit to Pyongyang.";
    const found = mentions(text, "2023-10-18", packs.get("en")).filter((m) => m.char_start >= text.indexOf("Sergey"));
    expect(found.filter((m) => m.event_type === "summit" && m.venue_id === "pyongyang")).toEqual([]);
    expect(found.filter((m) => m.event_type === "visit").map((m) => [m.role, m.venue_id])).toEqual([["planned", "pyongyang"]]);
  });

  test("English: a place with a genitive ('Moscow's war') is not where the news happened", () => {
    const text = "SEOUL, Oct. 19 (AP) - Kim Jong Un met Sergey Lavrov on Thursday and told him his country fully supports Moscow's war in Ukraine.";
    const [m] = mentions(text, "2023-10-20", packs.get("en"));
    expect([m!.venue_id, m!.host_country]).not.toEqual(["moscow", "RUS"]);
    expect(m!.venue_id).not.toBe("moscow");
  });

  test("a report dated apart from the news it refers to ('his September summit') takes neither its place nor its direction", () => {
    const text = "Sergey Lavrov arrived in Pyongyang on Wednesday.\nKim Jong Un told Lavrov he was satisfied with his September summit with Vladimir Putin.";
    const summit = mentions(text, "2023-10-19", packs.get("en")).find((m) => m.event_type === "summit");
    expect([summit!.role, summit!.venue_id, summit!.host_country]).toEqual(["background", "", ""]);
  });

  test("'untuk' after a journey makes what the journey is for planned; the journey itself is not ('untuk kunjungan')", () => {
    const going = mentions("Kim Jong Un meninggalkan Pyongyang menuju Rusia untuk bertemu Vladimir Putin, Selasa (12/9).", "2023-09-12");
    // The meeting is still to come: it is never a main report (and, naming one side only, no row at all).
    expect(going.filter((m) => m.role !== "planned").map((m) => [m.event_type, m.host_country])).toEqual([["departure", "RUS"]]);
    const arrived = mentions("Vladimir Putin tiba di Pyongyang, Rabu (19/6), untuk kunjungan kenegaraan selama dua hari.", "2024-06-19");
    expect(arrived.map((m) => m.role)).toEqual(["main"]);
  });

  test("a proximal demonstrative ('kunjungan ini') after an earlier year's meeting points at the news, not at that meeting", () => {
    const text = "Kim Jong Un tiba di Vladivostok, Rusia, Selasa (12/9), untuk bertemu Vladimir Putin.\nPertemuan terakhir Kim dan Putin berlangsung pada April 2019.\nKunjungan ini penting bagi kedua negara, kata Dmitry Peskov.";
    const found = mentions(text, "2023-09-12");
    expect(found.at(-1)!.role).toBe("main");
    expect(found.at(-1)!.date_start).toBe("2023-09-12");
  });

  test("a wire dateline's date dates the report, not the meeting its sentence dates itself", () => {
    const text = "Pyongyang, November 30 (KCNA) -- Kim Jong Un received Andrei Belousov, who is on an official goodwill visit to the DPRK, on November 29.";
    const found = mentions(text, "2024-11-30", packs.get("en"));
    expect(found.map((m) => m.date_start)).toEqual(found.map(() => "2024-11-29"));
    expect(found.length).toBeGreaterThan(0);
  });

  test("a spokesman who closes the sentence ('…, Kremlin spokesman Dmitry Peskov said.') is its source, not a participant", () => {
    const [m] = mentions("Vladimir Putin held talks with Choe Son Hui in the Kremlin on Saturday, Kremlin spokesman Dmitry Peskov said.", "2025-10-05", packs.get("en"));
    expect(m!.people).toEqual(["choe-son-hui", "vladimir-putin"]);
  });

  test("a region in the lead is what the news is about, not where it happened ('retake the Kursk region')", () => {
    const text = "North Korean leader Kim Jong Un met Vladimir Putin on Wednesday.\nPutin thanked Kim for sending troops to help Russia retake the Kursk region.";
    const [m] = mentions(text, "2025-09-03", packs.get("en"));
    expect([m!.venue_id, m!.host_country]).toEqual(["", ""]);
  });

  test("an Indonesian cue is not an English one: 'akan' does not make an English sentence planned", () => {
    expect(mentions("Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday akan.", "2024-06-20", packs.get("en")).map((m) => m.role)).toEqual(["main"]);
  });
  test("a venue's preposition a few words after the trigger names the venue, however long the place's description", () => {
    const [m] = mentions("Kim Jong Un met Sergei Lavrov on Saturday in the coastal city of Wonsan.", "2025-07-13", packs.get("en"));
    expect([m!.venue_id, m!.date_start]).toEqual(["wonsan", "2025-07-12"]);
    const [near] = mentions("Kim Jong Un held his first summit with Vladimir Putin on Thursday on Russky Island near Vladivostok.", "2019-04-25", packs.get("en"));
    expect(near!.venue_id).toBe("vladivostok");
    const [far] = mentions("Kim Jong Un held talks with Vladimir Putin on Thursday for three hours near Vladivostok.", "2019-04-25", packs.get("en"));
    expect(far!.venue_id).toBe("vladivostok");
    // A place after a long phrase that describes no kind of place is what the sentence is about, not where.
    const about = mentions("Choe Son Hui bertemu Sergei Lavrov di Moskow pada Jumat.\nPertemuan itu terjadi di tengah meningkatnya kekhawatiran tentang keterlibatan Pyongyang dalam perang.", "2024-11-02");
    expect(about.map((m) => m.venue_id)).toEqual(["moscow", "moscow"]);
  });

  test("a verb of taking place ('berlangsung di', 'took place in') gives the venue however long the subject before it", () => {
    const text = "Choe Son Hui bertemu Sergei Lavrov di Moskow pada Jumat (1/11).\nPertemuan terakhir antara Choe dan Lavrov pada bulan Juli lalu berlangsung di Vladivostok.";
    expect(mentions(text, "2024-11-01").map((m) => [m.role, m.venue_id])).toEqual([["main", "moscow"], ["background", "vladivostok"]]);
    const en = mentions("The last talks between Sergei Lavrov and Choe Son Hui in July 2024 ahead of the forum took place in Vladivostok.", "2024-11-01", packs.get("en"));
    expect(en.map((m) => m.venue_id)).toEqual(["vladivostok"]);
  });
  test("a headline reports the news, never the same people's meeting the body dates in an earlier year", () => {
    const arrival = "Vladimir Putin arrived in North Korea early Wednesday for a two-day state visit.";
    const earlier = "Putin and Kim Jong Un last met in September 2023 at the Vostochny Cosmodrome in Russia.";
    const [headline] = mentions(`Putin and Kim Jong Un hold talks\n${arrival}\n${earlier}`, "2024-06-19", packs.get("en"));
    expect([headline!.role, headline!.date_start]).toEqual(["main", "2024-06-19"]);
    // In the body, an undated report in another country than the earlier meeting's is not that meeting either.
    const later = mentions(`${arrival}\nPutin and Kim Jong Un held talks in Pyongyang.\n${earlier}`, "2024-06-19", packs.get("en"));
    expect(later.map((m) => [m.role, m.date_start.slice(0, 7)])).toEqual([["main", "2024-06"], ["main", "2024-06"], ["background", "2023-09"]]);
  });
  test("a plural anaphor naming the pair ('kedua menteri tersebut') reaches past quotations and asides to the last meeting", () => {
    const text = [
      "Choe Son Hui bertemu dengan Sergei Lavrov di Moskow pada Jumat (1/11).",
      "Choe mengatakan negaranya akan selalu bersama rakyat Rusia.",
      "Amerika Serikat dan Korea Selatan menuduh Pyongyang mengirim pasukan.",
      "Washington juga memperingatkan Seoul.",
      "Pertemuan terakhir antara kedua menteri tersebut pada bulan Juli lalu berlangsung di Vladivostok."
    ].join("\n");
    const last = mentions(text, "2024-11-01").at(-1)!;
    expect([last.role, last.venue_id, last.people]).toEqual(["background", "vladivostok", ["choe-son-hui", "sergey-lavrov"]]);
  });
  test("an aide who opens the sentence speaking ('adviser Yuri Ushakov said Putin would …') is its source, not a participant", () => {
    const [m] = mentions("Kremlin aide Yuri Ushakov said Vladimir Putin would meet Kim Jong Un in Pyongyang.", "2024-06-17", packs.get("en"));
    expect([m!.role, m!.people]).toEqual(["planned", ["kim-jong-un", "vladimir-putin"]]);
  });

  test("an invitation is of the visit it names; the occasion dated after it ('during their summit … last June') happened", () => {
    const found = mentions("Vladimir Putin invited Kim Jong Un to visit Moscow during their summit in Pyongyang last June.", "2025-03-05", packs.get("en"));
    expect(found.map((m) => [m.role, m.date_start, m.venue_id, m.people.join("+")])).toEqual([
      ["planned", "", "moscow", "kim-jong-un+vladimir-putin"],
      ["background", "2024-06-01", "pyongyang", "kim-jong-un+vladimir-putin"]
    ]);
    const visit = mentions("Vladimir Putin invited Kim Jong Un to visit Moscow next year.", "2025-03-05", packs.get("en"));
    expect(visit.map((m) => [m.role, m.date_start])).toEqual([["planned", "2026-01-01"]]);
  });
  test("without the article's date a report marked as earlier ('their last summit in June 2024') is background", () => {
    const text = "Kim Jong Un met Vladimir Putin in Beijing on Wednesday.\nThe two leaders held their last summit in June 2024 in Pyongyang.";
    expect(mentions(text, "", packs.get("en")).map((m) => [m.role, m.venue_id])).toEqual([["main", "beijing"], ["background", "pyongyang"]]);
  });

  test("a headline with no venue of its own is where the lead's report of the same people says, a third country too", () => {
    const text = [
      "Kim Jong Un in Beijing meets Putin after military parade",
      "North Korean leader Kim Jong Un met with Russian President Vladimir Putin in Beijing on Wednesday.",
      "“We will be glad to see you in Moscow,” Putin said, according to a Kremlin transcript."
    ].join("\n");
    const [headline] = mentions(text, "", packs.get("en"));
    expect([headline!.venue_id, headline!.host_country, headline!.cameo]).toEqual(["beijing", "CHN", "044"]);
  });
  test("a plan's bare weekday is the next one after the article's day, not the last one before it", () => {
    const [plan] = mentions("Sergei Lavrov will visit North Korea on Wednesday for talks with Choe Son Hui.", "2023-10-16", packs.get("en"));
    expect([plan!.role, plan!.date_start]).toEqual(["planned", "2023-10-18"]);
    // A weekday that dates the statement about the plan stays in the past (the statement's week: 'told reporters'
    // is a source cue, lang/en/modality.csv).
    const [told] = mentions("An aide told reporters on Wednesday that Vladimir Putin will meet Kim Jong Un.", "2019-04-18", packs.get("en"));
    expect([told!.role, told!.date_start <= "2019-04-17" && told!.date_end >= "2019-04-17" && told!.date_end < "2019-04-24"]).toEqual(["planned", true]);
    const [done] = mentions("Sergei Lavrov met Choe Son Hui in Pyongyang on Wednesday.", "2023-10-20", packs.get("en"));
    expect([done!.role, done!.date_start]).toEqual(["main", "2023-10-18"]);
  });
  test("English: a joint appearance ('together with') is a meeting only when people of both sides are named", () => {
    const text = "Kim Jong Un left Russia on Sunday.\nOn Saturday, Kim inspected bombers at an air base near Vladivostok together with Defense Minister Sergei Shoigu.\nRussia, together with China, opposed the sanctions.";
    expect(mentions(text, "2023-09-17", packs.get("en")).map((m) => [m.date_start, m.venue_id, m.people.join("+")])).toEqual([
      ["2023-09-17", "russia", "kim-jong-un"],
      ["2023-09-16", "", "kim-jong-un+sergey-shoigu"]
    ]);
  });
  test("a clause opened by 'setelah'/'after' holds the later event's people, not the earlier report's", () => {
    const text = "Sergei Lavrov tiba di Pyongyang, Rabu (18/10/2023), untuk kunjungan dua hari. Kunjungan tersebut dilakukan sebulan setelah Kim Jong Un bertemu Presiden Vladimir Putin di Rusia.";
    expect(mentions(text, "2023-10-18").map((m) => [m.role, m.people.join("+")])).toEqual([
      ["main", "sergey-lavrov"],
      ["main", "sergey-lavrov"],
      ["background", "kim-jong-un+vladimir-putin"]
    ]);
  });
  test("English: a host's farewell ('saw off') is a meeting; 'their' adds nobody to a report that names both sides", () => {
    const text = "Kim Jong Un saw off Vladimir Putin at Pyongyang airport early Thursday.\nLast week, Sergei Shoigu held talks with Kim Jong Un in Pyongyang.\nKim Jong Un and Putin held a summit in 2019 in Vladivostok, their first.";
    expect(mentions(text, "2024-06-20", packs.get("en")).map((m) => [m.date_start, m.people.join("+")])).toEqual([
      ["2024-06-20", "kim-jong-un+vladimir-putin"],
      ["2024-06-10", "kim-jong-un+sergey-shoigu"],
      ["2019-01-01", "kim-jong-un+vladimir-putin"]
    ]);
  });
  test("a headline's bare verb ('Sambut') reports a meeting, and 'diundang' makes a visit planned", () => {
    const text = "Kim Jong Un Sambut Menhan Rusia Sergei Shoigu di Pyongyang\nKim Jong Un menyambut Sergei Shoigu di Pyongyang, Rabu (26/7/2023).\nShoigu diundang mengunjungi Pyongyang lagi.";
    expect(mentions(text, "2023-07-27").map((m) => [m.role, m.date_start, m.venue_id])).toEqual([
      ["main", "2023-07-26", "pyongyang"],
      ["main", "2023-07-26", "pyongyang"],
      ["planned", "", "pyongyang"]
    ]);
    const informal = mentions("Putin Bertandang ke Pyongyang, Teken Pakta\nVladimir Putin tiba di Pyongyang pada Rabu (19/6/2024).", "2024-06-20");
    expect(informal.map((m) => [m.triggers[0], m.venue_id])).toEqual([["Bertandang", "pyongyang"], ["tiba", "pyongyang"]]);
  });
  test("a second place phrase joined by 'dan'/'and' is another occasion's, not the first one's venue", () => {
    const [m] = mentions("Vladimir Putin dan Kim Jong Un sebelumnya bertemu di Vladivostok pada April 2019 dan di Vostochny pada September tahun lalu.", "2024-06-20");
    expect([m!.date_start, m!.venue_id]).toEqual(["2019-04-01", "vladivostok"]);
  });
  test("English: the one a person serves ('Putin's envoy') is no participant of the envoy's meeting", () => {
    const text = "Kim Jong Il arrived in Moscow on Friday.\nKim was greeted at the station by Konstantin Pulikovsky, Putin's envoy to the Far East.\nThe two leaders first met in Pyongyang in July 2000.";
    const greeted = mentions(text, "2001-08-03", packs.get("en"))[1]!;
    expect([greeted.role, greeted.date_start, greeted.people]).toEqual(["main", "2001-08-03", ["kim-jong-il", "konstantin-pulikovsky"]]);
  });
  test("English: a forecast after the trigger's noun ('could come as early as', 'will take place') or 'against' keeps it planned", () => {
    const text = [
      "South Korea warned Kim Jong Un against meeting Vladimir Putin on Wednesday.",
      "A summit between Putin and Kim could come as early as Wednesday.",
      "The summit between Kim Jong Un and Putin will take place on Wednesday.",
      "The summit between Kim Jong Un and Putin took place on Wednesday."
    ].join("\n");
    expect(mentions(text, "2023-09-11", packs.get("en")).map((m) => m.role)).toEqual(["planned", "planned", "planned", "main"]);
  });
  test("Indonesian: 'kemungkinan' and a forecast after the trigger's noun ('akan berlangsung') keep a meeting planned", () => {
    const text = "KTT Kim Jong Un dan Vladimir Putin kemungkinan berlangsung pekan ini.\nPertemuan antara Kim Jong Un dan Vladimir Putin akan berlangsung di Vladivostok.";
    expect(mentions(text, "2023-09-11").map((m) => m.role)).toEqual(["planned", "planned"]);
  });
  test("'a month after'/'sebulan setelah' opens an earlier meeting, dated by counting back from the clause before", () => {
    const en = mentions("Sergei Lavrov held talks with Choe Son Hui in Pyongyang on Thursday, a month after Kim Jong Un met Vladimir Putin in Russia.", "2023-10-19", packs.get("en"));
    expect(en.map((m) => [m.role, m.date_start, m.date_precision, m.date_text, m.people.join("+")])).toEqual([
      ["main", "2023-10-19", "day", "Thursday", "choe-son-hui+sergey-lavrov"],
      ["background", "2023-09-01", "month", "a month after", "kim-jong-un+vladimir-putin"]
    ]);
    const id = mentions("Sergei Lavrov bertemu Choe Son Hui di Pyongyang pada Kamis (19/10), sebulan setelah Kim Jong Un bertemu Vladimir Putin di Rusia.", "2023-10-19");
    expect(id.map((m) => [m.role, m.date_start, m.venue_id])).toEqual([["main", "2023-10-19", "pyongyang"], ["background", "2023-09-01", "russia"]]);
    // "when" joins the same occasion: no second report.
    expect(mentions("Choe Son Hui and Sergei Lavrov signed a plan on Thursday, when they held talks in Pyongyang.", "2023-10-19", packs.get("en"))).toHaveLength(1);
  });
  test("a clause with its own subject and counterpart after ', and'/', sementara' is another meeting: Kim–Xi and Putin–Xi are no Russia–DPRK report", () => {
    expect(mentions("On Monday, Kim Jong Un held talks with Xi Jinping in Beijing, and Vladimir Putin separately met Xi in the same hall.", "2025-09-02", packs.get("en"))).toEqual([]);
    expect(mentions("Kim Jong Un bertemu Xi Jinping di Beijing pada Senin (1/9), sementara Vladimir Putin bertemu Xi pada Selasa (2/9).", "2025-09-02")).toEqual([]);
    // Both clauses meetings of the two sides: two reports, each with its own people.
    const two = mentions("Sergei Lavrov met Choe Son Hui in Wonsan on Friday, and Kim Jong Un received Lavrov on Saturday.", "2025-07-13", packs.get("en"));
    expect(two.map((m) => m.people.join("+"))).toEqual(["choe-son-hui+sergey-lavrov", "kim-jong-un+sergey-lavrov"]);
  });
  test("a verb right after ', and' goes back to the sentence's subject, past an 'after …' aside", () => {
    const [m] = mentions("Vladimir Putin flew to Pyongyang in June 2024, a few weeks after his inauguration, and signed a treaty with Kim Jong Un.", "2025-06-18", packs.get("en"));
    expect([m?.role, m?.date_start, m?.people]).toEqual(["background", "2024-06-01", ["kim-jong-un", "vladimir-putin"]]);
  });
  test("a plural anaphor ('the two men') goes back to the sentence's meeting of the two sides, not to an aside about others in it", () => {
    const text = "Kim Jong Un first met Vladimir Putin in Vladivostok in April 2019, weeks after his summit with Donald Trump ended in Hanoi.\nIn September 2023, the two men met again at the Vostochny cosmodrome.";
    expect(mentions(text, "2025-09-04", packs.get("en")).map((m) => [m.date_start, m.venue_id, m.people.join("+")])).toEqual([
      ["2019-04-01", "vladivostok", "kim-jong-un+vladimir-putin"],
      ["2023-09-01", "vostochny-cosmodrome", "kim-jong-un+vladimir-putin"]
    ]);
  });
  test("what follows 'since'/'sejak' is an earlier event even without a comma ('the first since Putin visited …')", () => {
    const id = mentions("Kim Jong Un dan Vladimir Putin bertemu di Beijing pada Rabu (3/9/2025).\nPertemuan di Beijing ini adalah yang pertama sejak Putin berkunjung ke Pyongyang pada Juni 2024.", "2025-09-03");
    expect(id.map((m) => [m.role, m.date_start, m.venue_id])).toContainEqual(["background", "2024-06-01", "pyongyang"]);
    const en = mentions("Vladimir Putin held talks with Kim Jong Un in Beijing on Wednesday.\nThe meeting in Beijing was their first since Putin visited Pyongyang in June 2024.", "2025-09-03", packs.get("en"));
    expect(en.map((m) => [m.role, m.date_start, m.venue_id])).toContainEqual(["background", "2024-06-01", "pyongyang"]);
  });
  test("Indonesian: 'sejak 2019' is a year, so a meeting dated by it in a story about a plan is background, not the plan", () => {
    const text = "Kim Jong Un dijadwalkan mengunjungi Moskow untuk bertemu Vladimir Putin.\nKim Jong Un dan Putin telah bertemu beberapa kali sejak 2019 di Vladivostok.";
    expect(mentions(text, "2025-06-19").map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["planned", "", ""],
      ["background", "2019-01-01", "year"]
    ]);
  });
  test("a visit 'being prepared' / 'tengah dipersiapkan' or one that 'dapat dilakukan' is planned", () => {
    expect(mentions("The Kremlin said a trip by Kim Jong Un to Russia was being prepared for this year.", "2025-03-21", packs.get("en")).map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("Kremlin menyatakan kunjungan Kim Jong Un ke Rusia tengah dipersiapkan.", "2025-03-21").map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("Menurut Kremlin, kunjungan Kim Jong Un ke Rusia dapat dilakukan tahun ini.", "2025-03-21").map((m) => m.role)).toEqual(["planned"]);
  });
  test("'a month after'/'sebulan setelah' counts back from a month too, and from a date in a clause with no meeting word", () => {
    const en = mentions("Sergei Lavrov met Kim Jong Un in Wonsan on Saturday.\nLavrov first went to Pyongyang in October 2023, a month after the summit between Kim and Putin at Vostochny.", "2025-07-12", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.role, en.at(-1)!.date_start, en.at(-1)!.date_precision, en.at(-1)!.venue_id]).toEqual(["background", "2023-09-01", "month", "vostochny-cosmodrome"]);
    const id = mentions("Sergei Lavrov bertemu Kim Jong Un di Wonsan pada Sabtu (12/7/2025).\nIa pertama kali ke Pyongyang pada Oktober 2023, sebulan setelah pertemuan Kim dan Putin di Vostochny.", "2025-07-12");
    expect(id.at(-1) && [id.at(-1)!.date_start, id.at(-1)!.venue_id, id.at(-1)!.people]).toEqual(["2023-09-01", "vostochny-cosmodrome", ["kim-jong-un", "vladimir-putin"]]);
    // A span in days cannot be counted from a month.
    const days = mentions("Sergei Lavrov met Kim Jong Un in Wonsan on Saturday.\nLavrov first went to Pyongyang in October 2023, two days after the summit between Kim and Putin at Vostochny.", "2025-07-12", packs.get("en"));
    expect(days.at(-1)?.date_precision).not.toBe("day");
  });
  test("one side's leader meeting a third country's ('Trump met Kim') takes no direction from the news: no report, nor for what refers to it", () => {
    const text = "Choe Son Hui met Vladimir Putin at the Kremlin on Monday.\nDonald Trump met Kim Jong Un three times during his first term.\nSouth Korea said it was watching the meetings closely.";
    expect(mentions(text, "2025-10-28", packs.get("en")).map((m) => m.people.join("+"))).toEqual(["choe-son-hui+vladimir-putin"]);
  });
  test("'the talks' in the next sentence is the sentence's own meeting, not the earlier one its 'since' clause names", () => {
    const text = "Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday, their first meeting since Putin's visit to Pyongyang in June 2024.\n\"We are friends,\" Putin told Kim at the start of the talks.";
    const last = mentions(text, "2025-09-04", packs.get("en")).at(-1);
    expect([last?.role, last?.date_start, last?.venue_id]).toEqual(["main", "2025-09-03", "beijing"]);
  });
  test("a place after a topic noun ('the situation in Ukraine', 'situasi di Ukraina') is what was discussed, not the venue", () => {
    const id = mentions("Andrei Belousov bertemu Kim Jong-un pada Jumat (29/11) dan membahas situasi di Ukraina.", "2024-11-30");
    expect(id.map((m) => m.venue_id)).toEqual([""]);
    const en = mentions("Andrei Belousov met Kim Jong Un on Friday to discuss the war in Ukraine.", "2024-11-30", packs.get("en"));
    expect(en.map((m) => m.venue_id)).toEqual([""]);
  });
  test("'Four years later, …'/'Empat tahun kemudian, …' counts on from the meeting told before, at the span's precision", () => {
    const en = mentions("Kim Jong Un first met Vladimir Putin in Vladivostok in April 2019.\nFour years later, the two men met again at the Vostochny cosmodrome.", "2024-11-30", packs.get("en"));
    expect(en.map((m) => [m.role, m.date_start, m.date_precision, m.venue_id])).toEqual([
      ["background", "2019-04-01", "month", "vladivostok"],
      ["background", "2023-01-01", "year", "vostochny-cosmodrome"]
    ]);
    const id = mentions("Vladimir Putin bertemu Kim Jong Un di Vladivostok pada April 2019.\nDua bulan kemudian, Putin kembali bertemu Kim Jong Un.", "2024-11-30");
    expect(id.map((m) => [m.date_start, m.date_precision])).toEqual([["2019-04-01", "month"], ["2019-06-01", "month"]]);
  });
  test("the subject of a passive reception ('was received by', 'dijamu') is the guest, not the host", () => {
    const en = mentions("Choe Son Hui was warmly received by Vladimir Putin on Monday.\nVladimir Putin received Choe Son Hui on Monday.", "2024-11-05", packs.get("en"));
    expect(en.map((m) => `${m.guest_country}>${m.host_country}`)).toEqual(["PRK>RUS", "PRK>RUS"]);
    const id = mentions("Sergei Shoigu dijamu Kim Jong Un pada Senin (4/11).", "2024-11-05");
    expect(id.map((m) => `${m.guest_country}>${m.host_country}`)).toEqual(["RUS>PRK"]);
  });
  test("English: a city after 'off' ('an island off Vladivostok') is where the meeting was, finer than the country visited", () => {
    const [m] = mentions("Kim Jong Un last visited Russia in April 2019, when he met Vladimir Putin on an island off Vladivostok.", "2023-09-12", packs.get("en"));
    expect([m?.role, m?.venue_id]).toEqual(["background", "vladivostok"]);
  });
  test("'A year later, X returned the visit with a journey to Moscow': the span dates the subject's own trip, not the visit the anaphor names", () => {
    const en = mentions("Vladimir Putin first visited Pyongyang in July 2000 and met Kim Jong Il.\nA year later, Kim Jong Il returned the visit with a train journey to Moscow.", "2024-11-30", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.date_start, en.at(-1)!.date_precision, en.at(-1)!.venue_id, en.at(-1)!.people]).toEqual(["2001-01-01", "year", "moscow", ["kim-jong-il"]]);
    const id = mentions("Vladimir Putin mengunjungi Pyongyang pada Juli 2000 dan bertemu Kim Jong Il.\nSetahun kemudian, Kim Jong Il membalas kunjungan itu dengan perjalanan kereta ke Moskwa.", "2024-11-30");
    expect(id.at(-1) && [id.at(-1)!.date_start, id.at(-1)!.venue_id, id.at(-1)!.people]).toEqual(["2001-01-01", "moscow", ["kim-jong-il"]]);
  });
  test("Indonesian: 'menerima'/'Terima'/'diterima' a guest is a meeting; a letter, thanks or 'menerimanya' (an invitation) is not", () => {
    const text = [
      "Kim Jong Un Terima Sergei Shoigu di Pyongyang",
      "Kim Jong Un menerima Sergei Shoigu di Pyongyang pada Selasa (17/6).",
      "Choe Son Hui diterima Vladimir Putin di Kremlin pada Senin (16/6).",
      "Kim Jong Un menerima surat dari Vladimir Putin.",
      "Kim Jong Un mengucapkan terima kasih kepada Vladimir Putin.",
      "Kim Jong Un mengundang Vladimir Putin, dan Putin menerimanya."
    ].join("\n");
    expect(mentions(text, "2025-06-18").map((m) => [m.role, m.people.join("+")])).toEqual([
      ["main", "kim-jong-un+sergey-shoigu"],
      ["main", "kim-jong-un+sergey-shoigu"],
      ["main", "choe-son-hui+vladimir-putin"],
      ["planned", "kim-jong-un+vladimir-putin"]
    ]);
  });
  test("a pronoun inside a clause ('…, following a trip in January, when she met Putin') is the person the sentence before was about", () => {
    const found = mentions("Choe Son Hui is expected to meet Vladimir Putin next week.\nIt is her second visit this year, following a trip in January, when she met Putin at the Kremlin.", "2024-11-02", packs.get("en"));
    expect(found.at(-1) && [found.at(-1)!.date_start, found.at(-1)!.people]).toEqual(["2024-01-01", ["choe-son-hui", "vladimir-putin"]]);
  });
  test("'a month after' after an undated clause ('This visit comes a month after …') counts from the last date told", () => {
    const id = mentions("Sergei Lavrov tiba di Pyongyang, Rabu (18/10/2023).\nKunjungan ini dilakukan sebulan setelah pertemuan Kim Jong Un dengan Vladimir Putin di Rusia.", "2023-10-18");
    expect(id.at(-1) && [id.at(-1)!.role, id.at(-1)!.date_start, id.at(-1)!.date_precision]).toEqual(["background", "2023-09-01", "month"]);
  });
  test("common misspellings of the leaders' names are theirs ('Kim Jung-un', 'Choi Son Hui')", () => {
    const [m] = mentions("Kim Jung-un received Choi Son Hui and Sergei Shoygu in Pyongyang on Wednesday.", "2025-06-05", packs.get("en"));
    expect(m?.people).toEqual(["choe-son-hui", "kim-jong-un", "sergey-shoigu"]);
  });
  test("a clause joined after the meeting with a subject of its own ('…, and Kim later praised Putin') adds no one to it", () => {
    expect(mentions("Vladimir Putin and Donald Trump met in Anchorage on August 15, and Kim Jong Un later praised Putin.", "2025-09-04", packs.get("en"))).toEqual([]);
    expect(mentions("Vladimir Putin dan Donald Trump bertemu di Anchorage pada 15 Agustus, dan Kim Jong Un kemudian memuji Putin.", "2025-09-04")).toEqual([]);
  });
  test("a relative clause after a name ('…with Xi Jinping, who also hosted Putin') is that person's meeting, not the subject's", () => {
    expect(mentions("On Tuesday, Kim Jong Un held talks with Xi Jinping, who also hosted Vladimir Putin.", "2025-09-04", packs.get("en"))).toEqual([]);
    // The name before the comma stays in the first meeting too.
    const both = mentions("Kim Jong Un met Vladimir Putin, who arrived in Pyongyang on Wednesday.", "2024-06-19", packs.get("en"));
    expect(both.map((m) => m.people.join("+"))).toEqual(["kim-jong-un+vladimir-putin", "vladimir-putin"]);
  });
  test("a clause whose verb follows its opener ('setelah bertemu …', 'after meeting …') is the sentence subject's meeting", () => {
    const id = mentions("Choe Son Hui dijadwalkan tiba di Moskwa pekan depan, setelah bertemu Sergei Lavrov di Pyongyang pada Juli lalu.", "2025-10-20");
    expect(id.map((m) => [m.role, m.date_start, m.people.join("+")])).toEqual([
      ["planned", "2025-10-27", "choe-son-hui"],
      ["background", "2025-07-01", "choe-son-hui+sergey-lavrov"]
    ]);
  });
  test("a visit to a third country by nobody of either side ('saat berkunjung ke Korea Selatan') is not the news, and lends no venue", () => {
    const text = "Donald Trump mengatakan ingin bertemu Kim Jong Un saat berkunjung ke Korea Selatan pekan ini.\nChoe Son Hui bertemu Vladimir Putin di Kremlin, Senin (27/10/2025), sehari setelah berunding dengan Sergei Lavrov.";
    const last = mentions(text, "2025-10-28").at(-1);
    expect([last?.people, last?.host_country, last?.venue_id]).toEqual([["choe-son-hui", "sergey-lavrov"], "RUS", ""]);
  });
  test("a meeting whose time 'belum dipastikan' / 'has not been announced' is still to come", () => {
    expect(mentions("Kim Jong Un tiba di Vladivostok pada Selasa (12/9).\nPertemuan Kim Jong Un dengan Vladimir Putin belum dipastikan waktunya.", "2023-09-12").map((m) => m.role)).toEqual(["main", "planned"]);
    expect(mentions("Kim Jong Un arrived in Vladivostok on Tuesday.\nThe date of his meeting with Vladimir Putin has not been announced.", "2023-09-12", packs.get("en")).map((m) => m.role)).toEqual(["main", "planned"]);
  });
  test("Indonesian: 'disambut' is a reception of its subject; a proposal 'disambut baik' is none", () => {
    const found = mentions("Sergei Lavrov disambut Choe Son Hui di Pyongyang pada Rabu (18/10).\nUsulan itu disambut baik oleh Kim Jong Un.", "2023-10-18");
    expect(found.map((m) => [m.people.join("+"), `${m.guest_country}>${m.host_country}`])).toEqual([["choe-son-hui+sergey-lavrov", "RUS>PRK"]]);
  });
  test("'a day earlier'/'sehari sebelumnya' counts back from the meeting told before, to the day, even under a planned headline", () => {
    const en = mentions("Kim Jong Un could visit Russia soon, Lavrov says\nSergei Lavrov held talks with Kim Jong Un in Wonsan on Saturday.\nLavrov met his North Korean counterpart Choe Son Hui a day earlier.", "2025-07-13", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.role, en.at(-1)!.date_start, en.at(-1)!.date_precision]).toEqual(["main", "2025-07-11", "day"]);
    const id = mentions("Sergei Lavrov bertemu Kim Jong Un di Wonsan pada Sabtu (12/7/2025).\nSehari sebelumnya, Lavrov mengadakan pembicaraan dengan Choe Son Hui.", "2025-07-12");
    expect(id.at(-1) && [id.at(-1)!.role, id.at(-1)!.date_start, id.at(-1)!.date_precision]).toEqual(["main", "2025-07-11", "day"]);
  });
  test("'this visit' points past a meeting of others told in between ('A week earlier, Lavrov met Wang Yi') to the article's own", () => {
    const text = "Sergei Lavrov met Kim Jong Un in Wonsan on Saturday.\nA week earlier, Lavrov met Wang Yi in Kuala Lumpur.\nThis visit is Lavrov's second to North Korea.";
    const last = mentions(text, "2025-07-13", packs.get("en")).at(-1);
    expect([last?.evidence.startsWith("This visit"), last?.date_start]).toEqual([true, "2025-07-12"]);
  });
  test("without the article's date, a clause about an earlier event ('…, a month after the summit') is background", () => {
    const [m] = mentions("Lavrov first went to Pyongyang in October 2023, a month after the summit between Kim Jong Un and Vladimir Putin at Vostochny.", "", packs.get("en")).slice(-1);
    expect([m?.role, m?.date_start]).toEqual(["background", "2023-09-01"]);
  });
  test("a list of occasions after one meeting verb ('in Vladivostok in April 2019, at Vostochny in September 2023 and …') is a meeting on each", () => {
    const en = mentions("Kim Jong Un and Vladimir Putin have met three times: in Vladivostok in April 2019, at Vostochny in September 2023 and in Pyongyang in June 2024.", "2025-09-04", packs.get("en"));
    expect(en.map((m) => [m.date_start, m.venue_id])).toEqual([
      ["2019-04-01", "vladivostok"],
      ["2023-09-01", "vostochny-cosmodrome"],
      ["2024-06-01", "pyongyang"]
    ]);
    const id = mentions("Kim Jong Un dan Vladimir Putin telah bertemu dua kali, yakni di Vladivostok pada April 2019 dan di Vostochny pada September 2023.", "2025-09-04");
    expect(id.map((m) => [m.date_start, m.venue_id])).toEqual([["2019-04-01", "vladivostok"], ["2023-09-01", "vostochny-cosmodrome"]]);
    // A report's own place and date after the meeting's is no second occasion.
    expect(mentions("Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, KCNA said in Pyongyang on Thursday.", "2019-04-26", packs.get("en"))).toHaveLength(1);
  });
  test("'The following year' / 'Tahun berikutnya' is the year after the meeting told before, not after the time of writing", () => {
    const en = mentions("Vladimir Putin visited Pyongyang in July 2000 and met Kim Jong Il.\nThe following year, Kim Jong Il travelled to Moscow and held talks with Putin.", "2025-09-04", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.role, en.at(-1)!.date_start, en.at(-1)!.date_precision]).toEqual(["background", "2001-01-01", "year"]);
    const id = mentions("Vladimir Putin mengunjungi Pyongyang pada Juli 2000 dan bertemu Kim Jong Il.\nTahun berikutnya, Kim Jong Il berkunjung ke Moskwa dan berunding dengan Putin.", "2025-09-04");
    expect(id.at(-1) && [id.at(-1)!.role, id.at(-1)!.date_start]).toEqual(["background", "2001-01-01"]);
  });
  test("an ordering opener followed by a name opens that person's clause, comma or not ('Kunjungan Belousov dilakukan sebulan setelah Choe berkunjung')", () => {
    const id = mentions("Andrei Belousov tiba di Pyongyang, Jumat (29/11).\nKunjungan Belousov dilakukan kurang dari sebulan setelah Choe Son Hui berkunjung ke Moskow.", "2024-11-30");
    expect(id.slice(1).map((m) => [m.role, m.people.join("+"), m.venue_id])).toEqual([
      ["main", "andrei-belousov", ""],
      ["background", "choe-son-hui", "moscow"]
    ]);
    const en = mentions("Andrei Belousov arrived in Pyongyang on Friday.\nBelousov's visit came less than a month after Choe Son Hui travelled to Moscow.", "2024-11-30", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.people.join("+"), en.at(-1)!.venue_id]).toEqual(["choe-son-hui", "moscow"]);
  });
  test("a clause joined by ', and' whose own subject journeys to a place is that person's trip ('…, dan Xi Jinping mengunjungi Pyongyang pekan lalu')", () => {
    const id = mentions("Kim Jong Un bertemu Vladimir Putin di Vladivostok pada April lalu, dan Presiden China Xi Jinping mengunjungi Pyongyang pekan lalu.", "2019-06-30");
    expect(id.map((m) => [m.date_start, m.people.join("+")])).toEqual([["2019-04-01", "kim-jong-un+vladimir-putin"]]);
    const en = mentions("Kim Jong Un met Vladimir Putin in Vladivostok in April, and Chinese President Xi Jinping visited Pyongyang last week.", "2019-06-30", packs.get("en"));
    expect(en.map((m) => [m.date_start, m.people.join("+")])).toEqual([["2019-04-01", "kim-jong-un+vladimir-putin"]]);
  });
  test("a date in the reported clause, after 'bahwa'/'that', is the event's, not the report's ('melaporkan pada hari Rabu bahwa … kemarin')", () => {
    const [id] = mentions("KCNA melaporkan pada hari Rabu bahwa Kim Jong Un menerima Sergei Shoigu di Pyongyang kemarin.", "2025-06-18");
    expect([id?.date_start, id?.date_end, id?.date_text]).toEqual(["2025-06-17", "2025-06-17", "kemarin"]);
    const [en] = mentions("KCNA reported on Wednesday that Kim Jong Un received Sergei Shoigu on Tuesday.", "2025-06-18", packs.get("en"));
    expect([en?.date_start, en?.date_end, en?.date_text]).toEqual(["2025-06-17", "2025-06-17", "Tuesday"]);
  });
  test("the event's own date wins over a nearer report date ('Dilansir dari KCNA, Rabu (18/6), Kim menerima Shoigu … Selasa (17/6)')", () => {
    const [id] = mentions("Dilansir dari KCNA, Rabu (18/6), Kim Jong Un menerima Sergei Shoigu di Pyongyang pada Selasa (17/6).", "2025-06-18");
    expect([id?.date_start, id?.date_text]).toEqual(["2025-06-17", "Selasa (17/6)"]);
    const [en] = mentions("As reported by KCNA on Wednesday, Kim Jong Un received Sergei Shoigu in Pyongyang on Tuesday.", "2025-06-18", packs.get("en"));
    expect([en?.date_start, en?.date_text]).toEqual(["2025-06-17", "Tuesday"]);
  });
  test("a second date of another month joined by 'and'/'dan' ('in October 2023 and in May 2018') is another occasion at the same place", () => {
    const en = mentions("Sergei Shoigu had previously visited Pyongyang in September last year and as defence minister in July 2023.", "2025-06-05", packs.get("en"));
    expect(en.map((m) => [m.role, m.date_start, m.venue_id])).toEqual([
      ["background", "2024-09-01", "pyongyang"],
      ["background", "2023-07-01", "pyongyang"]
    ]);
    const id = mentions("Sergei Lavrov sebelumnya mengunjungi Pyongyang pada Oktober 2023 dan pada Mei 2018.", "2025-07-11");
    expect(id.map((m) => m.date_start)).toEqual(["2023-10-01", "2018-05-01"]);
    // Two days of one visit are one occasion.
    expect(mentions("Vladimir Putin visited Pyongyang on June 18 and on June 19.", "2024-06-20", packs.get("en"))).toHaveLength(1);
  });
  test("a person named as whom another is related to or acts for ('Belousov's predecessor', 'Ayah Kim Jong Un', 'atas instruksi Putin') did not take part", () => {
    const en = packs.get("en");
    expect(mentions("Belousov's predecessor, Sergei Shoigu, visited Pyongyang in July 2023.", "2024-11-30", en)[0]?.people).toEqual(["sergey-shoigu"]);
    expect(mentions("Kim Jong Un's father Kim Jong Il visited Moscow in August 2001.", "2024-11-30", en)[0]?.people).toEqual(["kim-jong-il"]);
    expect(mentions("Sergei Shoigu arrived in Pyongyang on the instructions of President Vladimir Putin.", "2025-06-05", en)[0]?.people).toEqual(["sergey-shoigu"]);
    expect(mentions("Pendahulu Belousov, Sergei Shoigu, juga pernah berkunjung ke Pyongyang pada Juli 2023.", "2024-11-30")[0]?.people).toEqual(["sergey-shoigu"]);
    expect(mentions("Ayah Kim Jong Un, Kim Jong Il, mengunjungi Moskow pada Agustus 2001.", "2024-11-30")[0]?.people).toEqual(["kim-jong-il"]);
    expect(mentions("Sergei Shoigu tiba di Pyongyang atas instruksi Presiden Vladimir Putin.", "2025-06-05")[0]?.people).toEqual(["sergey-shoigu"]);
  });
  test("'that August' / 'Agustus tahun itu' is in the year the article last stated, with or without its own date", () => {
    const text = "Kim Jong Il travelled across Russia to Moscow in 2001.\nPutin and Kim Jong Il met again that August in Vladivostok.";
    for (const published of ["", "2025-09-03"]) {
      expect(mentions(text, published, packs.get("en")).at(-1)?.date_start, published).toBe("2001-08-01");
    }
    const id = mentions("Kim Jong Il berkunjung ke Moskow pada 2001.\nPutin dan Kim Jong Il kembali bertemu di Vladivostok pada Agustus tahun itu.", "2025-09-03");
    expect(id.at(-1)?.date_start).toBe("2001-08-01");
  });
  test("', after meeting Lavrov' after a dated clause with no meeting word of its own is the opening clause's subject's meeting", () => {
    const [en] = mentions("Choe Son Hui flew to Minsk on Saturday, after meeting Sergei Lavrov in Moscow.", "2024-11-05", packs.get("en"));
    expect(en?.people).toEqual(["choe-son-hui", "sergey-lavrov"]);
    const [id] = mentions("Choe Son Hui terbang ke Minsk pada Sabtu (2/11), setelah bertemu Sergei Lavrov di Moskow.", "2024-11-05");
    expect(id?.people).toEqual(["choe-son-hui", "sergey-lavrov"]);
  });
  test("'met Xi on Tuesday and Putin on Thursday' is a meeting with each counterpart on its own day", () => {
    const en = mentions("Kim Jong Un met Chinese President Xi Jinping on Tuesday and Russian President Vladimir Putin on Thursday.", "2019-04-27", packs.get("en"));
    expect(en.map((m) => [m.date_start, m.people.join("+")])).toEqual([["2019-04-25", "kim-jong-un+vladimir-putin"]]);
    const id = mentions("Choe Son Hui bertemu Sergei Lavrov pada Jumat (1/11) dan Vladimir Putin pada Senin (4/11).", "2024-11-05");
    expect(id.map((m) => [m.date_start, m.people.join("+")])).toEqual([
      ["2024-11-01", "choe-son-hui+sergey-lavrov"],
      ["2024-11-04", "choe-son-hui+vladimir-putin"]
    ]);
  });
  test("a date in a relative clause with no meeting word ('Shoigu, who served as defence minister until May, …') dates no event", () => {
    const en = mentions("Sergei Shoigu, who served as defence minister until May, was making his second trip to North Korea.", "2024-09-14", packs.get("en"));
    expect(en.map((m) => [m.role, m.date_start])).toEqual([["main", "2024-09-14"]]);
    const id = mentions("Sergei Shoigu, yang menjabat menteri pertahanan hingga Mei, melakukan kunjungan kedua ke Korea Utara.", "2024-09-14");
    expect(id.map((m) => [m.role, m.date_start])).toEqual([["main", "2024-09-14"]]);
    // One with a meeting word of its own is that meeting's.
    expect(mentions("Kim Jong Un, who met Vladimir Putin in Pyongyang last year, has not commented.", "2025-08-15", packs.get("en")).map((m) => m.date_start)).toEqual(["2024-01-01"]);
  });
  test("after the last meeting word, 'setelah'/'after' and a subject of its own with no meeting word is another matter: no names, no date", () => {
    const id = mentions("Andrei Belousov tiba di Pyongyang pada Jumat (29/11).\nKunjungan ini berlangsung setelah Kim Jong Un pada pekan lalu menyatakan dukungan penuh terhadap Rusia.", "2024-11-29");
    expect(id.map((m) => [m.date_start, m.people.join("+")])).toEqual([
      ["2024-11-29", "andrei-belousov"],
      ["2024-11-29", "andrei-belousov"]
    ]);
    const en = mentions("Andrei Belousov arrived in Pyongyang on Friday.\nThe visit came after Kim Jong Un last week declared full support for Russia.", "2024-11-29", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.date_start, en.at(-1)!.people.join("+")]).toEqual(["2024-11-29", "andrei-belousov"]);
  });
  test("a list of counterparts may name a place before each date ('hosted Shoigu twice in June and Lavrov in Wonsan last month')", () => {
    const en = mentions("Kim Jong Un hosted Sergei Shoigu twice in June and Sergey Lavrov in Wonsan last month.", "2025-08-15", packs.get("en"));
    expect(en.map((m) => [m.date_start, m.venue_id, m.people.join("+")])).toEqual([
      ["2025-06-01", "", "kim-jong-un+sergey-shoigu"],
      ["2025-07-01", "wonsan", "kim-jong-un+sergey-lavrov"]
    ]);
  });
  test("a reception's subject hosts the arrival it welcomes ('Kim menyambut langsung kedatangannya'), in both languages", () => {
    const id = mentions("Presiden Vladimir Putin tiba di Pyongyang pada Rabu dini hari.\nKim Jong Un menyambut langsung kedatangannya di bandara.", "2024-06-19");
    expect(id.map((m) => `${m.guest_country}>${m.host_country}`)).toEqual(["RUS>PRK", "RUS>PRK"]);
    const en = mentions("Vladimir Putin landed in Pyongyang early on Wednesday.\nKim Jong Un welcomed his arrival at the airport.", "2024-06-19", packs.get("en"));
    expect(en.map((m) => `${m.guest_country}>${m.host_country}`)).toEqual(["RUS>PRK", "RUS>PRK"]);
  });
  test("a pronoun subject going on from a plan goes on with it ('dijadwalkan tiba Selasa malam. Ia kemudian bertemu Kim pada Rabu')", () => {
    const id = mentions("Presiden Vladimir Putin dijadwalkan tiba di Pyongyang pada Selasa malam.\nIa kemudian bertemu Kim Jong Un pada Rabu.", "2024-06-17");
    expect(id.map((m) => [m.role, m.date_start])).toEqual([
      ["planned", "2024-06-18"],
      ["planned", "2024-06-19"]
    ]);
    const en = mentions("Vladimir Putin is scheduled to arrive in Pyongyang on Tuesday night.\nHe meets Kim Jong Un on Wednesday.", "2024-06-17", packs.get("en"));
    expect(en.map((m) => [m.role, m.date_start])).toEqual([
      ["planned", "2024-06-18"],
      ["planned", "2024-06-19"]
    ]);
    // A day stated in full is what happened.
    expect(mentions("Presiden Vladimir Putin dijadwalkan tiba di Pyongyang pada Selasa malam.\nIa bertemu Kim Jong Un pada 12 Juni 2024.", "2024-06-17").at(-1)?.role).toBe("main");
  });
  test("'setelah'/'after' right before an event noun with its own people is that earlier event ('four months after the summit between Kim and Putin')", () => {
    const id = mentions("Vladimir Putin menerima Choe Son Hui di Kremlin pada 16 Januari.\nKunjungan Choe dilakukan empat bulan setelah pertemuan puncak antara Kim Jong Un dan Vladimir Putin di Rusia Timur Jauh.", "2024-01-17");
    expect(id.slice(1).map((m) => [m.date_start, m.people.join("+")])).toEqual([
      ["2024-01-16", "choe-son-hui"],
      ["2023-09-01", "kim-jong-un+vladimir-putin"]
    ]);
    const en = mentions("Vladimir Putin received Choe Son Hui at the Kremlin on January 16.\nChoe's visit came four months after the summit between Kim Jong Un and Putin in the Russian Far East.", "2024-01-17", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.date_start, en.at(-1)!.people.join("+")]).toEqual(["2023-09-01", "kim-jong-un+vladimir-putin"]);
    // A verb right after the opener, with no people of its own after it, is the sentence's subject's doing.
    expect(mentions("Vladimir Putin met Kim Jong Un on Wednesday after arriving in Pyongyang.", "2024-06-20", packs.get("en"))).toHaveLength(1);
  });
  test("'are to hold talks', 'was to meet': an arranged meeting is planned, never reported as having happened", () => {
    const en = mentions("Vladimir Putin arrived in Pyongyang on Wednesday.\nPutin and Kim Jong Il are to hold talks on Thursday.", "2000-07-19", packs.get("en"));
    expect(en.map((m) => m.role)).toEqual(["main", "planned"]);
    expect(mentions("Choe Son Hui was to meet Vladimir Putin on Monday.", "2024-11-05", packs.get("en")).map((m) => m.role)).toEqual(["planned"]);
  });
  test("an undated event anaphor ('membalas kunjungan itu', 'returned that visit') keeps its referent's direction and place", () => {
    const id = mentions("Pada Juli 2000, Vladimir Putin menjadi pemimpin Kremlin pertama yang mengunjungi Pyongyang. Setahun kemudian, Kim Jong Il membalas kunjungan itu dengan perjalanan kereta ke Moskow.", "2025-09-10");
    expect(id.map((m) => [`${m.guest_country}>${m.host_country}`, m.date_start, m.venue_id])).toEqual([
      ["RUS>PRK", "2000-07-01", "pyongyang"],
      ["RUS>PRK", "2000-07-01", "pyongyang"],
      ["PRK>RUS", "2001-01-01", "moscow"]
    ]);
    const en = mentions("In July 2000, Vladimir Putin became the first Kremlin leader to visit Pyongyang. A year later, Kim Jong Il returned that visit with a train journey to Moscow.", "2025-09-10", packs.get("en"));
    expect(en[1] && `${en[1].guest_country}>${en[1].host_country}`).toBe("RUS>PRK");
  });
  test("'The visit comes four months after …' counts back from the article's day when nothing before it is dated", () => {
    const en = mentions("Choe Son Hui will visit Russia from Monday to Wednesday.\nThe visit comes four months after Kim Jong Un and Vladimir Putin held a summit in Russia's Far East.", "2024-01-15", packs.get("en"));
    expect(en.at(-1) && [en.at(-1)!.role, en.at(-1)!.date_start, en.at(-1)!.date_precision]).toEqual(["background", "2023-09-01", "month"]);
    const id = mentions("Choe Son Hui akan mengunjungi Rusia pekan ini.\nKunjungan itu dilakukan empat bulan setelah Kim Jong Un dan Vladimir Putin menggelar pertemuan puncak di Rusia Timur Jauh.", "2024-01-15");
    expect(id.at(-1) && [id.at(-1)!.role, id.at(-1)!.date_start]).toEqual(["background", "2023-09-01"]);
  });
  test("a dated meeting of the two sides that says neither where nor who travelled takes both from the one known meeting of those people then", async () => {
    const timeline = await loadKnownMeetings(DATA, gazetteer);
    const sentence = "Kim Jong Un berjanji memperluas hubungan di bawah kemitraan strategis yang ditandatanganinya dengan Presiden Vladimir Putin pada bulan Juni.";
    const sentences: Sentence[] = [{ article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: sentence.length, text: sentence }];
    const anchor: Anchor = { date: "2024-11-30", precision: "day", source: "published", text: "published 2024-11-30", flags: [] };
    const entities = recogniser.recognise(sentence, sentences, "2024-11-30");
    const context = contextOf(pack);
    const found = extractMentions({ article: { article_id: "a", text: sentence, published: "2024-11-30" }, sentences, entities, anchor }, context);
    expect(found.map((m) => [`${m.guest_country}>${m.host_country}`, m.venue_id])).toEqual([[">", ""]]);
    const placed = placeFromKnownMeetings(found, timeline, context.places, context.sides, context.people).mentions;
    expect(placed.map((m) => [`${m.guest_country}>${m.host_country}`, m.venue_id, m.date_start])).toEqual([["RUS>PRK", "pyongyang", "2024-06-01"]]);
  });
  test("'met Lavrov last Friday and will meet Putin next week': the plan joined with no subject of its own is the subject's, and planned", () => {
    const en = mentions("Choe Son Hui met Sergei Lavrov in Moscow last Friday and will meet Vladimir Putin next week.", "2024-11-06", packs.get("en"));
    expect(en.map((m) => [m.role, m.people.join("+")])).toEqual([
      ["main", "choe-son-hui+sergey-lavrov"],
      ["planned", "choe-son-hui+vladimir-putin"]
    ]);
    const id = mentions("Choe Son Hui bertemu Sergei Lavrov di Moskow Jumat lalu dan akan bertemu Vladimir Putin pekan depan.", "2024-11-06");
    expect(id.map((m) => [m.role, m.people.join("+")])).toEqual([
      ["main", "choe-son-hui+sergey-lavrov"],
      ["planned", "choe-son-hui+vladimir-putin"]
    ]);
  });
  test("'KTT tersebut' points past an invitation to the next summit to the last summit held", () => {
    const found = mentions("Kim Jong Un melakukan perjalanan ke Rusia bulan lalu dan bertemu Vladimir Putin, dan kala itu dirinya mengundang Putin ke Pyongyang untuk membahas kerja sama militer.\nChoe Son Hui dan Sergey Lavrov mengadakan pembicaraan untuk menindaklanjuti KTT tersebut.", "2023-10-20");
    const summit = found.find((m) => m.triggers.includes("KTT"));
    expect(summit && [summit.role, summit.date_start, `${summit.guest_country}>${summit.host_country}`]).toEqual(["background", "2023-09-01", "PRK>RUS"]);
  });
});

describe("the dates of sentences after the last report", () => {
  test("are read when the news's date is looked for in the whole article", () => {
    // Sentences are dated only as far as a report asks; a day stated after the last one still dates the news.
    const [m] = mentions("Vladimir Putin bertemu Kim Jong-un di Pyongyang.\nPada Rabu (19/6), warga memadati jalan-jalan kota.", "2024-06-20");
    expect([m!.role, m!.date_start, m!.date_anchor]).toEqual(["main", "2024-06-19", "the article's news: Rabu (19/6)"]);
  });
});
