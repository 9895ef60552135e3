// A meeting noun whose own pair is named right before it ("… yang dicapai antara Putin dan Kim pada pertemuan puncak
// tiga bulan lalu"): the pair is that meeting's, not the event told earlier in the sentence (events/people/pair.ts pairBeforeAt).
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

const NEWS = "Sekretaris Dewan Keamanan Rusia Sergei Shoigu bertemu dengan Kim Jong Un di Pyongyang pada Jumat (13/9/2024).\n";
const rows = (text: string, lang = "id", published = "2024-09-14") =>
  mentionsOf(text, published, packs.get(lang)).map((m) => [m.role, m.date_start.slice(0, 7), m.people.slice().sort().join("+")]);

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a pair named right before a later meeting noun of the sentence (pair.ts pairBeforeAt)", () => {
  test.each([
    "Kunjungan itu mendukung pelaksanaan hasil yang dicapai antara Presiden Vladimir Putin dan Kim Jong Un pada pertemuan puncak tiga bulan lalu.",
    "Kunjungan itu mendukung pelaksanaan hasil yang dicapai Presiden Vladimir Putin dengan Kim Jong Un pada pertemuan puncak tiga bulan lalu."
  ])("is that meeting's, and the anaphor before keeps the news's people: %s", (second) => {
    expect(rows(NEWS + second)).toEqual([
      ["main", "2024-09", "kim-jong-un+sergey-shoigu"],
      ["main", "2024-09", "kim-jong-un+sergey-shoigu"],
      ["background", "2024-06", "kim-jong-un+vladimir-putin"]
    ]);
  });

  test("in English too: 'reached between Putin and Kim at the summit three months ago'", () => {
    const text = "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Friday, September 13, 2024.\nThe visit helps carry out the deals reached between Vladimir Putin and Kim Jong Un at the summit three months ago.";
    const got = rows(text, "en");
    expect(got).toContainEqual(["background", "2024-06", "kim-jong-un+vladimir-putin"]);
    expect(got.filter((r) => r[0] === "main").every((r) => r[2] === "kim-jong-un+sergey-shoigu")).toBe(true);
  });

  test("a pair before the sentence's only meeting noun is that meeting's, as before", () => {
    const text = "Kesepakatan itu dicapai antara Presiden Vladimir Putin dan Kim Jong Un pada pertemuan puncak di Pyongyang pada Rabu (19/6/2024).";
    expect(rows(text, "id", "2024-06-20")).toEqual([["main", "2024-06", "kim-jong-un+vladimir-putin"]]);
  });
});

describe("a pair after a pair preposition right after the meeting noun names its parties (pair.ts pairAfterBetween)", () => {
  test("the one who speaks of a meeting between two others took no part in it", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov memulai kunjungan ke Pyongyang.\nAkan ada lebih banyak pertemuan antara Presiden Vladimir Putin dan Kim Jong Un di masa mendatang, kata Lavrov.";
    const plan = mentionsOf(text, "2025-07-12", packs.get("id")).find((m) => m.role === "planned");
    expect(plan?.people.slice().sort()).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("so the speaker's own meeting told later is no plan named again", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov memulai kunjungan ke Pyongyang.\nAkan ada lebih banyak pertemuan antara Presiden Vladimir Putin dan Kim Jong Un di masa mendatang, kata Lavrov.\nKim Jong Un kemudian bertemu dengan Lavrov.";
    const rows = mentionsOf(text, "2025-07-12", packs.get("id")).filter((m) => m.people.includes("sergey-lavrov") && m.people.includes("kim-jong-un"));
    expect(rows.map((m) => m.role)).toEqual(["main"]);
  });

  test("in English: 'a new summit between Putin and Kim …, Lavrov said' is theirs, not Lavrov's", () => {
    const text = "Russian Foreign Minister Sergei Lavrov began a visit to Pyongyang.\nA new summit between Vladimir Putin and Kim Jong Un is planned, Lavrov said.";
    const summit = mentionsOf(text, "2025-07-12", packs.get("en")).find((m) => m.people.includes("vladimir-putin"));
    expect(summit?.people.slice().sort()).toEqual(["kim-jong-un", "vladimir-putin"]);
  });
});

describe("a pair whose first member is the subject of a verb before the comitative (pair.ts outsidePairBefore)", () => {
  const LEAD = "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang on Thursday.\n";
  const english = (text: string) => mentionsOf(LEAD + text, "2018-05-31", packs.get("en")).map((m) => [m.role, m.date_start.slice(0, 7), m.people.slice().sort().join("+")]);

  test.each([
    "He also backed an agreement Kim reached with South Korean President Moon Jae-in at a summit last month.",
    "He also backed the deals Kim Jong Un struck with South Korean President Moon Jae-in at the summit last month."
  ])("'X reached with <a third country's leader> at a summit' is their meeting, no report of the two sides: %s", (second) => {
    const got = english(second);
    expect(got.some((r) => r[2]!.includes("moon-jae-in"))).toBe(false);
    expect(got.some((r) => r[1] === "2018-04")).toBe(false);
  });

  test.each([
    "He also backed the declaration adopted by Kim together with South Korean President Moon Jae-in at a summit last month.",
    "He also praised the Kim government with South Korean President Moon Jae-in at a summit last month."
  ])("a lower-case word that is no verb before the comitative joins the same pair (the pack lists no verbs such as 'reached', 'struck': any word is read): %s", (second) => {
    const got = english(second);
    expect(got.some((r) => r[2]!.includes("moon-jae-in"))).toBe(false);
    expect(got.some((r) => r[1] === "2018-04")).toBe(false);
  });

  test("a pair of the two sides so joined is left to the sentence's other rules, and is reported", () => {
    const got = english("He also praised the agreements Kim Jong Un reached with Vladimir Putin at a summit in 2001.");
    expect(got.some((r) => r[0] === "background" && r[1] === "2001-01" && r[2]!.includes("kim-jong-un+") && r[2]!.includes("vladimir-putin"))).toBe(true);
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

describe("a meeting noun with a genitive owner and a partner is theirs (events/people/pair.ts ownerPair)", () => {
  test("'Lavrov praised Putin's meeting with Kim Yong Chol': the one who praises takes no part", () => {
    const text = "Sergey Lavrov met Kim Jong Un on Thursday.\nLavrov later praised Vladimir Putin's meeting with Kim Yong Chol.";
    expect(read(text, "2018-05-31").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-lavrov"], ["kim-yong-chol", "vladimir-putin"]]);
  });

  test("the owner alone, with no partner after the noun, keeps the sentence's reading ('Kim's visit to Russia')", () => {
    expect(read("Vladimir Putin hosted a dinner during Kim Jong Un's visit to Russia on Thursday.", "2019-04-26").map((r) => r[2])).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});
