// A venue named before its event: a fronted adverbial of place, or a stay told with its occasion right after the place
// (events/venue/place-before.ts, lang/*/place_openers.csv, lang/*/stay_prepositions.csv). Sentences are written for the
// tests; each test fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

// Four opening sentences with no city: a city in the lead would be the news's venue anyway (lead-places.ts).
const LEAD = {
  en: "The two countries agreed to expand trade. Officials praised the friendship. Relations had cooled in the 1990s. Analysts expect more contacts. ",
  id: "Kedua negara sepakat memperluas perdagangan. Para pejabat memuji persahabatan itu. Hubungan sempat mendingin pada 1990-an. Para analis memperkirakan lebih banyak kontak. "
} as const;
const venuesOf = (lang: "en" | "id", text: string, published: string) => mentionsIn(lang, LEAD[lang] + text, published).filter((m) => !/plan/.test(m.role)).map((m) => m.venue_id);

describe("a venue named before its event (events/venue/place-before.ts)", () => {
  test("'While in Pyongyang Ivanov held talks with Paek Nam': the fronted place is the talks'", () => {
    expect(venuesOf("en", "While in Pyongyang Igor Ivanov held talks with North Korean Foreign Minister Paek Nam on Wednesday.", "2000-02-10")).toEqual(["pyongyang"]);
  });

  test("'While in Beijing, Putin met Kim': a fronted place and a comma, in a third country", () => {
    expect(venuesOf("en", "While in Beijing, Vladimir Putin met Kim Jong Un on Wednesday after the parade.", "2025-09-04")).toEqual(["beijing"]);
  });

  test("the same in Indonesian, 'Selama di Pyongyang, Ivanov berunding dengan Paek Nam'", () => {
    expect(venuesOf("id", "Selama di Pyongyang, Igor Ivanov mengadakan pembicaraan dengan Menteri Luar Negeri Korea Utara Paek Nam pada Rabu (9/2).", "2000-02-10")).toEqual(["pyongyang"]);
  });

  test("'Saat berada di Moskow, Kim bertemu dengan Putin': the opener with a verb of being there", () => {
    expect(venuesOf("id", "Saat berada di Moskow, Kim Jong Un bertemu dengan Vladimir Putin pada Rabu (13/9).", "2023-09-14")).toEqual(["moscow"]);
  });

  test("'While in Beijing, Putin held his talks with Kim': a holding verb's object is the main clause's meeting", () => {
    expect(venuesOf("en", "While in Beijing, Vladimir Putin held his talks with Kim Jong Un on Wednesday.", "2025-09-04")).toEqual(["beijing"]);
    expect(venuesOf("id", "Selama di Beijing, Vladimir Putin mengadakan pertemuannya dengan Kim Jong Un pada Rabu (3/9).", "2025-09-04")).toEqual(["beijing"]);
  });

  test("'While in Moscow, during his talks with Putin, Kim agreed …': nor is a meeting after a preposition of its occasion", () => {
    expect(venuesOf("en", "While in Moscow, during his talks with Vladimir Putin, Kim Jong Un agreed to expand trade on Wednesday.", "2023-09-14")).toEqual(["moscow"]);
  });

  test("guard: 'While in Beijing, Putin praised his talks with Kim': a clause whose verb reports speech does not put the talks there (reporting verbs)", () => {
    expect(venuesOf("en", "While in Beijing, Vladimir Putin praised his talks with Kim Jong Un.", "2025-09-04")).not.toContain("beijing");
    expect(venuesOf("id", "Saat berada di Moskow, Kim Jong Un memuji pembicaraannya dengan Vladimir Putin.", "2025-09-04")).not.toContain("moscow");
  });

  test("guard: 'While in Beijing, Putin remembered his summit with Kim': a meeting another verb takes as its object is not the clause's act", () => {
    expect(venuesOf("en", "While in Beijing, Vladimir Putin remembered his summit with Kim Jong Un.", "2025-09-04")).not.toContain("beijing");
    expect(venuesOf("en", "While in Beijing, Vladimir Putin remembered the summit with Kim Jong Un.", "2025-09-04")).not.toContain("beijing");
    expect(venuesOf("id", "Selama di Beijing, Vladimir Putin mengenang pertemuannya dengan Kim Jong Un.", "2025-09-04")).not.toContain("beijing");
    expect(venuesOf("id", "Saat berada di Moskow, Kim Jong Un mengenang pertemuannya dengan Vladimir Putin.", "2025-09-04")).not.toContain("moscow");
  });

  test("'is currently in Moscow on a private visit': the stay's place is the visit's", () => {
    expect(venuesOf("en", "Russia's Foreign Ministry confirmed on Wednesday that North Korean First Deputy Foreign Minister Kang Sok Ju is currently in Moscow on a private visit.", "2006-11-08")).toEqual(["moscow"]);
  });

  test("guard: 'While in Beijing, officials said the talks …': a clause reporting speech says where they spoke, not where the talks were", () => {
    expect(venuesOf("en", "While in Beijing, officials said the talks between Sergei Lavrov and Choe Son Hui went well on Tuesday.", "2024-01-17")).not.toContain("beijing");
  });

  test("the same in Indonesian, 'berada di Moskow dalam kunjungan pribadi'", () => {
    expect(venuesOf("id", "Kementerian Luar Negeri Rusia mengonfirmasi pada Rabu (8/11) bahwa Wakil Menteri Luar Negeri Pertama Korea Utara Kang Sok Ju saat ini berada di Moskow dalam kunjungan pribadi.", "2006-11-08")).toEqual(["moscow"]);
  });

  test("guard: 'Kim Jong Il arrives in Ulan-Ude for summit with Medvedev': a journey's goal is no stay, its purpose no meeting held there", () => {
    const all = mentionsIn("en", LEAD.en + "Kim Jong Il arrives in Ulan-Ude for summit with Medvedev", "2011-08-23");
    expect(all.filter((m) => m.event_type === "summit")).toEqual([]);
  });

  test("guard: 'Kim left Pyongyang for talks with Putin': a place the trip left is not the talks'", () => {
    expect(venuesOf("en", "Kim Jong Un left Pyongyang for talks with Vladimir Putin on Tuesday.", "2023-09-12")).not.toContain("pyongyang");
  });
});

describe("a stay told before the event, not at it (stayBetween: two words at most after the stay preposition)", () => {
  test("'was in Beijing on the eve of talks' does not put the talks in Beijing", () => {
    expect(venuesOf("en", "Kim Jong Un was in Beijing on the eve of talks with Vladimir Putin, officials said.", "2019-04-26")).not.toContain("beijing");
  });

  test("'tinggal di Beijing untuk beberapa hari sebelum pertemuan' does not either", () => {
    expect(venuesOf("id", "Kim Jong Un tinggal di Beijing untuk beberapa hari sebelum pertemuan dengan Vladimir Putin.", "2019-04-26")).not.toContain("beijing");
  });
});
