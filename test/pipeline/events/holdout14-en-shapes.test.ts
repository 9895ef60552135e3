// Shapes of English reports found by the held-out round holdout14en (2026-12-03), in sentences written for these
// tests. Each test fails without the rule or the rows it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a joined clause whose counterpart is an object pronoun has its own subject (events/sentence-groups.ts ownClause)", () => {
  test("'A met B on one day, and C held talks with her on the next': C's meeting is C's and B's, not A's", () => {
    expect(read("Alexander Fomin held talks with Choe Son Hui in Moscow on Thursday, and Igor Morgulov met with her on Friday.", "2019-11-25")).toEqual([
      ["2019-11-21", "main", ["alexander-fomin", "choe-son-hui"]],
      ["2019-11-22", "main", ["choe-son-hui", "igor-morgulov"]]
    ]);
  });

  test("with no pronoun, a joined verb without its own counterpart still shares the subject", () => {
    expect(read("Choe Son Hui met Sergey Lavrov on Wednesday, and flew to Minsk on Thursday.", "2019-11-25").map((r) => r[2])).toEqual([["choe-son-hui", "sergey-lavrov"]]);
  });
});

describe("a list set off in commas does not stop a cue before it (events/scope.ts inScope, lang/en/relative_asides.csv 'including')", () => {
  test("'plans to discuss trade, including …, during his meeting with Kim' is a planned meeting", () => {
    const en = mentions("Sergei Shoigu arrived in Pyongyang on Wednesday. He plans to raise several issues, including arms supplies, during his meeting with Kim Jong Un.", "2025-06-04");
    expect(en.map((m) => [m.event_type, m.role, m.people])).toEqual([
      ["arrival", "main", ["sergey-shoigu"]],
      ["meeting", "planned", ["kim-jong-un", "sergey-shoigu"]]
    ]);
  });

  test("a held meeting after such a list, with no cue before it, stays held", () => {
    const en = mentions("Sergei Shoigu raised several issues, including arms supplies, during his meeting with Kim Jong Un in Pyongyang on Wednesday.", "2025-06-05");
    expect(en.map((m) => [m.date_start, m.role])).toEqual([["2025-06-04", "main"]]);
  });
});

describe("a past perfect in reported speech is the reported past (events/role/backshift.ts, lang/en/modality.csv kind perfect)", () => {
  test("'Tass said Lavrov and Ri had begun talks' is the news, on the day of the arrival told before", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Tass said Lavrov and Ri Yong Ho had begun talks at the assembly building.", "2018-05-31")).toEqual([
      ["2018-05-31", "main", ["sergey-lavrov"]],
      ["2018-05-31", "main", ["ri-yong-ho", "sergey-lavrov"]]
    ]);
  });

  test("a closing speech verb does the same ('…, the agency said')", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov and Ri Yong Ho had begun talks at the assembly building, the agency said.", "2018-05-31").map((r) => r[1])).toEqual(["main", "main"]);
  });

  test("a relative clause about the speaker is no reported speech ('Matsegora, who had met Choe, said …')", () => {
    const text = "Choe Son Hui met Sergey Lavrov in Moscow on November 20.\nAmbassador Alexander Matsegora, who had met Choe Son Hui, said the delegation was satisfied.";
    expect(read(text, "2019-11-25").map((r) => r[1])).toEqual(["main", "background"]);
  });

  test("in narration the past perfect still recaps an earlier meeting", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov and Ri Yong Ho had held talks at the assembly building.", "2018-05-31").map((r) => r[1])).toEqual(["main", "background"]);
  });
});

describe("a page's stamp and a photo's release date the report, not the meeting (lang/en/modality.csv source: published, updated, posted; released's window)", () => {
  test("'Published: 10:58, July 19 | Updated: …' above the lead does not date the news on the day of publication", () => {
    const text = "Published: 10:58, July 19, 2024 | Updated: 13:06, July 19, 2024\nKim Jong Un received Alexei Krivoruchko in Pyongyang on Thursday, state media reported.\nKim and Krivoruchko held talks on military cooperation.";
    expect(read(text, "2024-07-19").map((r) => r[0])).toEqual(["2024-07-18", "2024-07-18"]);
  });

  test("a caption's release by a long-named agency on the next day does not date the meeting it shows", () => {
    const text = "This picture taken on July 18, 2024 and released by the Democratic People's Republic of Korea's official Korean Central News Agency via KNS on July 19 shows Kim Jong Un meeting with Alexei Krivoruchko in Pyongyang.";
    expect(read(text, "2024-07-19").map((r) => r[0])).toEqual(["2024-07-18"]);
  });
});

describe("a meeting noun with its own pair of others is another event (events/people/pair.ts outsidePair 'between A and B', sentence-groups.ts ownPair)", () => {
  test("'Lavrov's visit comes amid efforts to organise a summit between Trump and Kim': Trump takes no part in the visit", () => {
    const text = "Kim Jong Un received Sergey Lavrov on Thursday.\nLavrov’s trip to Pyongyang follows weeks of work to arrange a summit between Donald Trump and Kim.";
    expect(read(text, "2018-05-31").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-lavrov"], ["sergey-lavrov"]]);
  });

  test("a summit between the two sides' own people stays theirs", () => {
    expect(read("The summit between Kim Jong Un and Vladimir Putin in Vladivostok on Thursday lasted four hours.", "2019-04-26").map((r) => r[2])).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("a compound split by a stray space after its hyphen is no venue (events/venue/venue.ts SPLIT_COMPOUND_BEFORE/AFTER)", () => {
  test("'agreed during their talks to promote a Russian- DPRK dialogue' stays the Kremlin talks", () => {
    const text = "Vladimir Putin and Kim Jong Il held talks in the Kremlin on Saturday.\nPutin and Kim agreed during their talks to promote a Russian- DPRK political dialogue.";
    expect(mentions(text, "2001-08-05").map((m) => [m.date_start, m.venue_id, m.role])).toEqual([
      ["2001-08-04", "kremlin", "main"],
      ["2001-08-04", "kremlin", "main"]
    ]);
  });

  test("a country after 'to' with no hyphen is still where the trip went", () => {
    expect(mentions("Kim Jong Il travelled to Russia on Saturday and met Vladimir Putin.", "2001-08-05").map((m) => m.venue_id)).toEqual(["russia"]);
  });
});

describe("an occasion the sentence dates in the past is no plan (events/resolve.ts pastOccasion, TriggerHit.occasion)", () => {
  test("'will implement the agreements reached during Putin's visit to Pyongyang in June' recalls a past visit", () => {
    const text = "Sergei Shoigu met Kim Jong Un in Pyongyang on Friday.\nThe talks will help carry out the deals struck during the visit of Vladimir Putin to Pyongyang in June.";
    expect(read(text, "2024-09-13")).toEqual([
      ["2024-09-13", "main", ["kim-jong-un", "sergey-shoigu"]],
      ["2024-09-13", "main", ["kim-jong-un", "sergey-shoigu"]],
      ["2024-06-01", "background", ["vladimir-putin"]]
    ]);
  });

  test("an occasion still to come stays planned ('will raise it during his talks with Kim next week')", () => {
    expect(read("Sergei Shoigu will raise the issue during his talks with Kim Jong Un in Pyongyang next week.", "2024-09-13").map((r) => r[1])).toEqual(["planned"]);
  });
});

describe("a side's representative named in the active is an attendee (lang/en/attendance_words.csv 'represented')", () => {
  test("'Vladimir Titov represented Russia.' after the dialogue joins it", () => {
    const text = "Choe Son Hui held the first round of strategic dialogue in Moscow on Wednesday. First Deputy Foreign Minister Vladimir Titov represented Russia.";
    expect(read(text, "2019-11-22").map((r) => r[2])).toEqual([["choe-son-hui", "vladimir-titov"]]);
  });
});

describe("'at the invitation of' is the reason of a journey that happened (lang/en/event_triggers.csv)", () => {
  test("'arrived in Pyongyang on Thursday at the invitation of Ri Yong Ho' is one arrival of both, held", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday at the invitation of Ri Yong Ho.", "2018-05-31")).toEqual([["2018-05-31", "main", ["ri-yong-ho", "sergey-lavrov"]]]);
  });

  test("a modal still plans it, and an invitation given is still of a visit to come", () => {
    expect(read("Sergey Lavrov will visit Pyongyang next week at the invitation of Ri Yong Ho.", "2018-05-31").map((r) => r[1])).toEqual(["planned"]);
    expect(read("Vladimir Putin invited Kim Jong Un to visit Moscow.", "2018-05-31").map((r) => r[1])).toEqual(["planned"]);
  });
});

describe("a meeting followed up is an earlier one (lang/en/modality.csv background 'follow-ups to')", () => {
  test("'may discuss follow-ups to the summit between Kim and Putin held in Vladivostok' recalls the summit, apart from the news", () => {
    const text = "Im Chon Il left for Russia on Saturday for talks.\nThe two sides may discuss follow-ups to the summit between Kim Jong Un and Vladimir Putin held in Vladivostok.";
    expect(read(text, "2019-06-22").map((r) => [r[1], r[2]])).toEqual([
      ["main", ["im-chon-il"]],
      ["background", ["kim-jong-un", "vladimir-putin"]]
    ]);
  });
});

describe("a meeting noun with a genitive owner and a partner is theirs (events/people/pair.ts ownerPair)", () => {
  test("'Lavrov praised Putin's meeting with Kim Yong Chol': the one who praises takes no part", () => {
    const text = "Sergey Lavrov met Kim Jong Un on Thursday.\nLavrov later praised Vladimir Putin's meeting with Kim Yong Chol.";
    expect(read(text, "2018-05-31").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-lavrov"], ["kim-yong-chol", "vladimir-putin"]]);
  });

  test("the owner alone, with no partner after the noun, keeps the sentence's reading ('Kim's visit to Russia')", () => {
    expect(read("Vladimir Putin hosted a dinner during Kim Jong Un's visit to Russia on Thursday.", "2019-04-26").map((r) => r[2])).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});
