// A paragraph of history (events/timing/history-paragraph.ts): a dateless report in a paragraph whose first report
// recalls an earlier meeting its own words date goes on telling that meeting, not the article's news.
// Sentences are written for the tests; each test fails without the rule, or guards what the rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const NEWS = {
  en: "Kim Jong Il arrived in Russia on Saturday for talks with Dmitry Medvedev.",
  id: "Kim Jong Il tiba di Rusia pada Sabtu (20/8) untuk berunding dengan Dmitry Medvedev."
} as const;
const of = (all: ReturnType<typeof mentions>, opening: string) => all.filter((m) => m.evidence.startsWith(opening)).map((m) => [m.role, m.date_start.slice(0, 4)]);

describe("a dateless report in a paragraph of history", () => {
  test("goes on telling the meeting the paragraph's first report recalls, on its date", () => {
    const en = mentions("en", `${NEWS.en}\nHis first official visit to Russia was paid in the summer 2001. Kim Jong Il travelled across Russia by train. While in Moscow, he held talks with Vladimir Putin.`, "2011-08-20");
    expect(of(en, "While in Moscow")).toEqual([["background", "2001"]]);
    const id = mentions("id", `${NEWS.id}\nKunjungan resmi pertamanya ke Rusia berlangsung pada musim panas 2001. Kim Jong Il melintasi Rusia dengan kereta. Di Moskow, ia mengadakan pembicaraan dengan Vladimir Putin.`, "2011-08-20");
    expect(of(id, "Di Moskow")).toEqual([["background", "2001"]]);
  });

  test("guard: a paragraph opened by the news is none, whatever it recalls on the way", () => {
    const en = mentions("en", `Kim Jong Il arrived in Russia on Saturday. He last visited Russia in 2002. Kim Jong Il held talks with Dmitry Medvedev in Ulan-Ude.`, "2011-08-20");
    expect(of(en, "Kim Jong Il held talks")).toEqual([["main", "2011"]]);
  });

  test("guard: the paragraph after it is the news again", () => {
    const en = mentions("en", `${NEWS.en}\nHis first official visit to Russia was paid in the summer 2001.\nKim Jong Il held talks with Dmitry Medvedev in Ulan-Ude.`, "2011-08-20");
    expect(of(en, "Kim Jong Il held talks")).toEqual([["main", "2011"]]);
  });

  test("guard: a report marked as the present is the news, and the paragraph is the news again after it", () => {
    const LEAD = {
      en: "North Korean leader Kim Jong Un arrived in Russia on Tuesday for talks with President Vladimir Putin.",
      id: "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pada Selasa untuk berunding dengan Presiden Vladimir Putin."
    };
    const en = mentions(
      "en",
      `${LEAD.en}\nKim last visited Russia in April 2019, when he met Putin in Vladivostok. This time his armoured train crossed into Russia at Khasan, where he was greeted by Primorsky Governor Oleg Kozhemyako. Kim then held talks with Putin.`,
      "2023-09-13"
    );
    // (The arrival's; the greeting of its relative clause is another reading's.)
    const arrival = (all: ReturnType<typeof mentions>, opening: string) => of(all.filter((m) => m.event_type === "arrival"), opening);
    expect(arrival(en, "This time")).toEqual([["main", "2023"]]);
    expect(of(en, "Kim then held talks")).toEqual([["main", "2023"]]);
    const id = mentions(
      "id",
      `${LEAD.id}\nKim terakhir kali mengunjungi Rusia pada April 2019, saat bertemu Putin di Vladivostok. Kali ini, kereta lapis baja Kim tiba di stasiun Khasan, tempat ia disambut Gubernur Primorsky Oleg Kozhemyako. Kim lalu berunding dengan Putin.`,
      "2023-09-13"
    );
    expect(arrival(id, "Kali ini")).toEqual([["main", "2023"]]);
    expect(of(id, "Kim lalu berunding")).toEqual([["main", "2023"]]);
  });
});
