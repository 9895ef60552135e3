// Shapes of stored page excerpts found by the probe of 2026-12-02 (test/fixtures/probe-excerpts-2026-12-02): each
// test fails without the rule it names.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../helpers/mentions.ts";

/** Mentions of `text` (paragraphs one a line) in `lang`, published (and anchored) on `published`. */


describe("the same people in another city", () => {
  test("an undated headline of talks in one city is not an earlier year's talks of the same people in another city", () => {
    const text = [
      "Lavrov, Choe Son Hui hold talks in Wonsan",
      "WONSAN, July 12. /TASS/. Russian Foreign Minister Sergei Lavrov and his North Korean counterpart Choe Son Hui are holding talks in the Wonsan-Kalma resort area.",
      "Lavrov arrived in North Korea on July 11.",
      "Lavrov previously visited the DPRK in October 2023, when he held talks with Kim Jong Un and Choe Son Hui in Pyongyang."
    ].join("\n");
    const found = mentions("en", text, "2025-07-12");
    const headline = found.find((m) => m.char_start === 0)!;
    expect(headline.role).toBe("main");
    expect(headline.date_start.startsWith("2025-07")).toBe(true);
    // The talks of 2023 stay what they were.
    expect(found.filter((m) => m.date_start.startsWith("2023-10")).map((m) => [m.role, m.venue_id])).toEqual([["background", "pyongyang"]]);
  });
});

describe("what a planned journey is for", () => {
  test("'dijadwalkan tiba … pada Selasa malam untuk kunjungan kenegaraan': the visit is planned with the arrival", () => {
    const found = mentions("id", "Kini, Putin dijadwalkan tiba di Pyongyang pada Selasa malam untuk kunjungan kenegaraan selama dua hari atas undangan Kim Jong Un.", "2024-06-17");
    expect(found.map((m) => [m.role, m.event_type])).toEqual([["planned", "arrival"]]);
  });

  test("a journey that happened is what it was for: 'tiba di Pyongyang pada Selasa untuk kunjungan kenegaraan'", () => {
    const found = mentions("id", "Putin tiba di Pyongyang pada Selasa (18/6) untuk kunjungan kenegaraan selama dua hari.", "2024-06-19");
    expect(found.map((m) => m.role)).toContain("main");
    expect(found.map((m) => m.role)).not.toContain("planned");
  });
});

describe("planned, in the pack", () => {
  test("'tengah merencanakan kunjungan ke Rusia' (is planning a visit) is planned, as 'berencana' is", () => {
    const found = mentions("id", "Kini, Kim Jong Un dikabarkan tengah merencanakan kunjungan ke Rusia untuk bertemu Putin.", "2023-04-26");
    expect(found.map((m) => m.role)).toEqual(["planned"]);
  });
});

describe("a caption's release date", () => {
  test("'This photo, released by KCNA on Wednesday, shows …' dates the release; the headline takes the meeting's day", () => {
    const text = [
      "Kim Jong-un meets Shoigu again",
      "This photo, released by the Korean Central News Agency on Wednesday, shows North Korean leader Kim Jong-un (right) meeting Sergei Shoigu, secretary of Russia's Security Council, in Pyongyang. (Yonhap)",
      "North Korean leader Kim Jong-un met Sergei Shoigu in Pyongyang on Tuesday, Russian media said."
    ].join("\n");
    const found = mentions("en", text, "2025-06-18");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["main", "2025-06-17", "day"],
      ["main", "2025-06-16", "week"],
      ["main", "2025-06-17", "day"]
    ]);
  });

  test("'Foto yang dirilis KCNA pada Rabu (18/6) memperlihatkan …': the same in Indonesian", () => {
    const [m] = mentions("id", "Foto yang dirilis KCNA pada Rabu (18/6) memperlihatkan Kim Jong Un bertemu Sergei Shoigu di Pyongyang.", "2025-06-18");
    expect([m!.date_start, m!.date_precision]).toEqual(["2025-06-16", "week"]);
  });
});

describe("an event anaphor after a plan", () => {
  // x_id_07: "Kini, Putin dijadwalkan tiba … Selasa malam …", a quotation and a byline, then "Kunjungan itu juga akan
  // diikuti …": out of the anaphor's two sentences, it fell back on the article's news and was reported as happened.
  test("'Kunjungan itu' past a quotation and a byline is still the plan, not the news that happened", () => {
    const text = [
      "Putin dan Kim Jong Un bertemu di Pyongyang pada Senin.",
      "Kim Jong Un dijadwalkan mengunjungi Moskow pekan depan.",
      "\"Kami sangat menghargai dukungan teguh Korea Utara,\" tulis Putin dalam artikel di surat kabar Rodong Sinmun.",
      "(mas)",
      "Kunjungan itu juga akan diikuti dengan penandatanganan sejumlah dokumen, kata ajudan Kremlin Yuri Ushakov."
    ].join("\n");
    const found = mentions("id", text, "2024-06-19");
    const anaphor = found.find((m) => text.slice(m.char_start).startsWith("Kunjungan itu"))!;
    expect(anaphor.role).toBe("planned");
    expect(found.filter((m) => m.role === "main").map((m) => m.char_start)).toEqual([0]);
  });

  test("'The trip' past a quotation and a byline is still the plan", () => {
    const text = [
      "Putin and Kim Jong Un met in Pyongyang on Monday.",
      "Kim Jong Un is expected to visit Moscow next week.",
      "\"We highly value North Korea's firm support,\" Putin wrote in an article in the Rodong Sinmun newspaper.",
      "(mas)",
      "The trip will also include the signing of several documents, Kremlin aide Yuri Ushakov told reporters."
    ].join("\n");
    const found = mentions("en", text, "2024-06-19");
    const anaphor = found.find((m) => text.slice(m.char_start).startsWith("The trip"))!;
    expect(anaphor.role).toBe("planned");
  });

  test("within reach, as before: the plan's anaphor is planned", () => {
    const text = "Kim Jong Un is expected to visit Moscow next week. The trip will also include the signing of several documents.";
    // (The signing the trip will include is a report of its own since "the signing of" is a trigger: planned too.)
    const found = mentions("en", text, "2024-06-19");
    expect(found.find((m) => text.slice(m.char_start).startsWith("The trip"))?.role).toBe("planned");
    expect(found.map((m) => m.role)).toEqual(["planned", "planned", "planned"]);
  });
});

describe("a passive's agents", () => {
  // x_en_04: "Kim and Shoigu also discussed … the treaty signed by Kim and Putin …" made Shoigu a signer.
  const signers = (lang: "id" | "en", text: string) => mentions(lang, text, "2025-06-18").filter((m) => m.event_type === "signing").map((m) => m.people);

  test("'the treaty signed by Kim and Putin': the signers are the agents, not the subject of the verb before", () => {
    const text = "Kim Jong Un and Shoigu on Tuesday discussed the treaty signed by Kim Jong Un and Putin in June 2024.";
    const found = mentions("en", text, "2025-06-18");
    expect(signers("en", text)).toEqual([["kim-jong-un", "vladimir-putin"]]);
    expect(found.filter((m) => m.event_type === "talks").map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });

  test("'perjanjian yang ditandatangani oleh Kim dan Putin': the same in Indonesian, and with no other event before", () => {
    expect(signers("id", "Kim Jong Un dan Shoigu pada Selasa membahas perjanjian yang ditandatangani oleh Kim Jong Un dan Putin pada Juni 2024.")).toEqual([["kim-jong-un", "vladimir-putin"]]);
    expect(signers("en", "Shoigu praised the treaty signed by Kim Jong Un and Putin in June 2024.")).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });

  test("a passive verb joined to the clause before shares its subject: 'Xi tiba … dan disambut oleh Kim' is no meeting of the sides", () => {
    expect(mentions("id", "Presiden China Xi Jinping tiba di Pyongyang pada Kamis dan disambut oleh Kim Jong Un.", "2019-06-21")).toEqual([]);
  });

  test("the subject of a passive reception still takes part: 'Shoigu dijamu oleh Kim Jong Un'", () => {
    const found = mentions("id", "Shoigu dijamu oleh Kim Jong Un di Pyongyang pada Senin.", "2025-06-18");
    expect(found.map((m) => [m.event_type, m.people, m.host_country])).toEqual([["reception", ["kim-jong-un", "sergey-shoigu"], "PRK"]]);
  });
});
