// Shapes of English reports found by the held-out round 2026-12-03-enc, in sentences written for these tests. Each
// test fails without the rule or the rows it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a side's representative named right after a meeting took part in it (lang/en/attendance_words.csv 'on the Russian side')", () => {
  test("'On the Russian side, Kozlov chairs the commission' after talks: Kozlov was at the talks", () => {
    expect(read("Yun Jong Ho held talks in Moscow on Tuesday.\nOn the Russian side, Alexander Kozlov co-chairs the trade commission.", "2025-03-19")).toEqual([
      ["2025-03-18", "main", ["alexander-kozlov", "yun-jong-ho"]]
    ]);
  });

  test("'from the North Korean side' names the other side's members the same way", () => {
    expect(read("Sergey Lavrov held talks in Pyongyang on Thursday. From the North Korean side, Ri Yong Ho and his deputies took part.", "2018-05-31").map((r) => r[2])).toEqual([
      ["ri-yong-ho", "sergey-lavrov"]
    ]);
  });
});

describe("a list of those present after a held journey for talks is of that journey's talks (events/people/attendees.ts listedReport)", () => {
  test("'arrived in Moscow for talks. Present from the Russian side was …': the counterpart joins the trip", () => {
    expect(read("Yun Jong Ho arrived in Moscow for talks on Friday. Present from the Russian side was Alexander Kozlov.", "2025-03-21")).toEqual([
      ["2025-03-21", "main", ["alexander-kozlov", "yun-jong-ho"]]
    ]);
  });

  test("after a planned journey nobody listed is a participant of anything held", () => {
    expect(read("Yun Jong Ho will arrive in Moscow for talks on Friday. Present from the Russian side will be Alexander Kozlov.", "2025-03-18")).toEqual([
      ["2025-03-21", "planned", ["yun-jong-ho"]]
    ]);
  });
});

describe("a wire's spelling of a listed name (gazetteer/person_aliases.csv 'Yun Jo Ho')", () => {
  test("TASS's 'Yun Jo Ho' is Yun Jong Ho, the commission's co-chair", () => {
    expect(read("A delegation headed by Minister Yun Jo Ho held talks with Alexander Kozlov in Moscow on Friday.", "2025-03-21").map((r) => r[2])).toEqual([
      ["alexander-kozlov", "yun-jong-ho"]
    ]);
  });
});

describe("the people of a call are not at the meeting a sentence reports (lang/en/relation_nouns.csv 'call between', 'call from')", () => {
  test("'Lavrov's trip follows a call between Putin and Kim': the trip is the news, Lavrov's alone", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov's trip follows a call between Vladimir Putin and Kim Jong Un about trade.", "2018-05-31")).toEqual([
      ["2018-05-31", "main", ["sergey-lavrov"]],
      ["2018-05-31", "main", ["sergey-lavrov"]]
    ]);
  });

  test("'a call from Putin' gives the trip no Putin", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov's visit follows a call from Vladimir Putin.", "2018-05-31").map((r) => r[2])).toEqual([["sergey-lavrov"], ["sergey-lavrov"]]);
  });
});

describe("an embrace of both sides' people is a meeting (lang/en/event_triggers.csv 'embraced', 'hugged')", () => {
  test("'Kim and Putin embraced in the Kremlin yesterday' is their meeting, on the day before the story", () => {
    expect(read("North Korean leader Kim Jong Il and Russian President Vladimir Putin embraced in the Kremlin yesterday.", "2001-08-05")).toEqual([
      ["2001-08-04", "main", ["kim-jong-il", "vladimir-putin"]]
    ]);
  });

  test("embracing an idea, or one side alone, is none", () => {
    expect(read("Vladimir Putin embraced the proposal on Monday.", "2024-06-19")).toEqual([]);
    expect(read("Kim Jong Un embraced soldiers back from the front on Monday.", "2024-06-19")).toEqual([]);
  });
});

describe("a page's stamp above the lead does not date a news that dates itself (events/timing/stamp-line.ts)", () => {
  const body = "Kim Jong Il and Vladimir Putin met in the Kremlin yesterday.\nAt the end of the talks, the two leaders signed a declaration.";

  test("'- The Daily Courier - Sunday, August 5, 2001' then 'met … yesterday': every report of the news is of the 4th", () => {
    expect(read(`- The Daily Courier - Sunday, August 5, 2001\n\n${body}`, "2001-08-05").map((r) => r[0])).toEqual(["2001-08-04", "2001-08-04", "2001-08-04"]);
  });

  test("a lead that is prose still dates the news ('Moscow, Sunday: the leaders signed …')", () => {
    expect(read("On Sunday, August 5, 2001, officials said the two leaders had signed a declaration.\nKim Jong Il and Vladimir Putin held talks in the Kremlin.", "2001-08-05").at(-1)).toEqual(["2001-08-05", "main", ["kim-jong-il", "vladimir-putin"]]);
  });
});

describe("an earlier meeting told in someone's reported words is no referent of the narration (lang/en/modality.csv 'recent', events/anaphora/spoken-earlier.ts)", () => {
  const text =
    "Kim Yong Nam met Vladimir Putin in the Kremlin on June 14.\nKim Yong Nam said that Kim Jong Un, at the recent meeting with Sergey Lavrov, stressed the ties.\nThe talk was friendly.\nThe meeting was attended by Sin Hong Chol and Yuri Ushakov.";

  test("'at the recent meeting with Lavrov' is an earlier meeting, not the news", () => {
    expect(read(text, "2018-06-15")[1]).toEqual(["", "background", ["kim-jong-un", "sergey-lavrov"]]);
  });

  test("'The meeting was attended by …' after it is still the news's", () => {
    expect(read(text, "2018-06-15")[2]).toEqual(["2018-06-14", "main", ["sin-hong-chol", "yuri-ushakov"]]);
  });

  test("an anaphor inside reported words may still point back to it", () => {
    const spoken = "Kim Yong Nam met Vladimir Putin in the Kremlin on June 14.\nKim Yong Nam said that Kim Jong Un, at the recent meeting with Sergey Lavrov, stressed the ties, and that the meeting had been warm.";
    expect(read(spoken, "2018-06-15").map((r) => r[1])).toEqual(["main", "background", "background"]);
  });
});

describe("whose letter, message or greetings are handed over is not at the meeting (lang/en/relation_nouns.csv 'letter', 'message', 'greetings' after a genitive)", () => {
  test("'handed him Putin's letter': Putin was not there", () => {
    expect(read("Valentina Matviyenko met Kim Jong Un in Pyongyang on Saturday and handed him Vladimir Putin's letter.", "2018-09-08").map((r) => r[2])).toEqual([
      ["kim-jong-un", "valentina-matviyenko"]
    ]);
  });

  test("'delivered Kim Jong Un's personal message', 'conveyed Putin's warm greetings'", () => {
    expect(read("Kim Yong Nam met Vladimir Putin on Thursday and delivered Kim Jong Un's personal message to him.", "2018-06-15").map((r) => r[2])).toEqual([["kim-yong-nam", "vladimir-putin"]]);
    expect(read("Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday and conveyed Putin’s warm greetings.", "2023-07-27").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });

  test("a meeting noun after the genitive still has its owner ('Putin's talks with Kim')", () => {
    expect(read("Vladimir Putin's talks with Kim Jong Un lasted four hours on Thursday.", "2019-04-26").map((r) => r[2])).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("'meetings' in the plural is a meeting word (lang/en/event_triggers.csv 'meetings')", () => {
  test("'The delegation that arrived on Friday held meetings with A and B on Saturday': an arrival and a meeting, each on its day", () => {
    expect(read("The delegation that arrived in North Korea on Friday held meetings with Choe Thae Bok and Kim Yong Nam on Saturday.", "2018-09-09")).toEqual([
      ["2018-09-07", "main", []],
      ["2018-09-08", "main", ["choe-thae-bok", "kim-yong-nam"]]
    ]);
  });
});

describe("whom a chief or a deputy serves is not at their meeting (lang/en/relation_nouns.csv 'chief', 'deputy' after a genitive)", () => {
  test("'Kim Chang Son, known as Kim Jong Un's de facto chief of staff, visited Moscow': no Kim Jong Un", () => {
    expect(read("Earlier, Kim Chang Son, known as Kim Jong Un's de facto chief of staff, visited Moscow.", "2019-04-02").map((r) => r[2])).toEqual([[]]);
  });

  test("'Lavrov's deputy Igor Morgulov met Choe': Morgulov and Choe", () => {
    expect(read("Sergey Lavrov's deputy Igor Morgulov met Choe Son Hui in Moscow on Friday.", "2019-11-23").map((r) => r[2])).toEqual([["choe-son-hui", "igor-morgulov"]]);
  });
});

describe("a possessive on a meeting noun that names one side is the referent's person of the other (events/people/possessive-owner.ts)", () => {
  test("'Lavrov met Kim. His talks with Kim …': Lavrov's talks", () => {
    expect(read("Sergey Lavrov met Kim Jong Un in Wonsan on Saturday. His talks with Kim lasted two hours.", "2025-07-13").map((r) => r[2])).toEqual([
      ["kim-jong-un", "sergey-lavrov"],
      ["kim-jong-un", "sergey-lavrov"]
    ]);
  });

  test("'During his visit, Kim inspected a plant': the one named is the owner himself, and takes no one", () => {
    expect(read("Kim Jong Un met Vladimir Putin at Vostochny on Wednesday. During his visit, Kim inspected an aircraft plant.", "2023-09-14").at(-1)![2]).toEqual(["kim-jong-un"]);
  });

  test("'Kim met Putin. His talks with Shoigu on Tuesday …': Kim's, and not Putin's", () => {
    expect(read("Kim Jong Un met Vladimir Putin in Moscow on Monday. His talks with Sergei Shoigu on Tuesday covered defence.", "2024-06-19").at(-1)).toEqual([
      "2024-06-18", "main", ["kim-jong-un", "sergey-shoigu"]
    ]);
  });
});
