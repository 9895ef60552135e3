// The whole extractor on words that make (or do not make) a meeting (lang/*/event_triggers.csv): talks, conversations,
// encounters, handshakes, embraces, going round a place together, 'meetings' in the plural; 'received an impetus' is no
// reception. Sentences are written for the tests; each test fails without the rule or data row it names, or guards what
// that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs, mentionsIn } from "../../../helpers/mentions.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

const rows = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.venue_id, m.people.slice().sort().join("+")]);

describe("'berbicara dengan' someone of the other side is talks (event_triggers.csv 'berbicara dengan')", () => {
  test("the two sides talking are a meeting", () => {
    expect(rows("Sergei Lavrov berbicara dengan Choe Son Hui di Pyongyang pada Jumat (11/7/2025).", "2025-07-12")).toEqual([["main", "pyongyang", "choe-son-hui+sergey-lavrov"]]);
  });

  test("talking with reporters is not", () => {
    expect(rows("Sergei Lavrov berbicara dengan wartawan di Moskwa pada Jumat (11/7/2025).", "2025-07-12")).toEqual([]);
  });
});

describe("a handshake or an embrace between the two sides is a meeting (event_triggers.csv 'berjabat tangan', 'menjabat tangan', 'berpelukan')", () => {
  const dated = (text: string, published: string) => mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.date_start, m.people.slice().sort().join("+")]);

  test("the sentence that shakes hands tells the meeting's day", () => {
    const text = "Kim Jong-un dan Presiden Rusia Vladimir Putin berjumpa pertama kali dalam pertemuan puncak di Vladivostok. Kedua pemimpin negara itu berjabat tangan di Pulau Russky, Kamis (25/04).";
    expect(dated(text, "2019-04-26")).toEqual([
      ["main", "2019-04-25", "kim-jong-un+vladimir-putin"],
      ["main", "2019-04-25", "kim-jong-un+vladimir-putin"]
    ]);
    expect(rows("Kim Jong Un menjabat tangan Presiden Vladimir Putin di Pyongyang pada Rabu (19/6/2024).", "2024-06-19")).toEqual([["main", "pyongyang", "kim-jong-un+vladimir-putin"]]);
    expect(rows("Kim Jong Un dan Vladimir Putin berpelukan di Pyongyang pada Rabu (19/6/2024).", "2024-06-19")).toEqual([["main", "pyongyang", "kim-jong-un+vladimir-putin"]]);
  });

  test("shaking hands with one's own commanders is none, nor holding an office ('menjabat')", () => {
    expect(rows("Presiden Vladimir Putin berjabat tangan dengan para komandan di Moskow pada Kamis (25/4/2019).", "2019-04-26")).toEqual([]);
    expect(rows("Choe Son Hui menjabat sebagai menteri luar negeri sejak 2022.", "2024-06-19")).toEqual([]);
  });
});

describe("'berbincang' (to converse) between people of the two sides is talks (event_triggers.csv)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test.each([
    "Presiden Rusia Vladimir Putin dan Kim Jong Un berbincang di Pyongyang pada Rabu (19/6/2024).",
    "Kim Jong Un berbincang-bincang dengan Presiden Rusia Vladimir Putin di Pyongyang pada Rabu (19/6/2024)."
  ])("is a meeting with both people: %s", (text) => {
    const rows = mentions(text, "2024-06-20");
    expect(rows.map((m) => [m.role, m.venue_id, m.people.slice().sort().join("+")])).toEqual([["main", "pyongyang", "kim-jong-un+vladimir-putin"]]);
  });

  test.each([
    "Kim Jong Un berbincang melalui telepon dengan Presiden Rusia Vladimir Putin pada Rabu (19/6/2024).",
    "Kim Jong Un berbincang dengan para pekerja pabrik di Pyongyang pada Rabu (19/6/2024)."
  ])("is none by telephone or with one side only: %s", (text) => {
    expect(mentions(text, "2024-06-20")).toEqual([]);
  });
});

describe("'berkeliling' (to go round a place together; event_triggers.csv)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("is a meeting when people of both countries are named: the host takes the guest round", () => {
    const text = "Kim Jong Un pada Kamis (27/7/2023) mengajak Sergei Shoigu berkeliling sebuah pabrik di Pyongyang.";
    const rows = mentions(text, "2023-07-28").filter((m) => m.role !== "planned");
    expect(rows.map((m) => [m.date_start, [...m.people].sort()])).toEqual([["2023-07-27", ["kim-jong-un", "sergey-shoigu"]]]);
  });

  test("is none for one side's own tour", () => {
    expect(mentions("Vladimir Putin pada Senin (3/7/2023) berkeliling kota Moskow.", "2023-07-04")).toEqual([]);
  });
});

describe("an embrace of both sides' people is a meeting (lang/en/event_triggers.csv 'embraced', 'hugged')", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

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

describe("'meetings' in the plural is a meeting word (lang/en/event_triggers.csv 'meetings')", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

  test("'The delegation that arrived on Friday held meetings with A and B on Saturday': an arrival and a meeting, each on its day", () => {
    expect(read("The delegation that arrived in North Korea on Friday held meetings with Choe Thae Bok and Kim Yong Nam on Saturday.", "2018-09-09")).toEqual([
      ["2018-09-07", "main", []],
      ["2018-09-08", "main", ["choe-thae-bok", "kim-yong-nam"]]
    ]);
  });
});

describe("a handshake between the two sides is a meeting (lang/en/event_triggers.csv)", () => {
  const mentions = mentionsIn;

  test("'shook hands with' a named person of the other side", () => {
    const en = mentions("en", "After the ceremony in Moscow on Thursday, President Vladimir Putin shook hands with Kim Yong-bok, a North Korean general.", "2025-06-13");
    expect(en.map((m) => [m.event_type, m.date_start, m.venue_id, m.people])).toEqual([["meeting", "2025-06-12", "moscow", ["kim-yong-bok", "vladimir-putin"]]]);
  });

  test("a handshake with one side's own people is no meeting of the two", () => {
    expect(mentions("en", "Putin shook hands with the Russian commanders lined up on the square on Thursday.", "2025-06-13")).toEqual([]);
  });
});

describe("'berjumpa' and 'perjumpaan', synonyms of 'bertemu' and 'pertemuan' (event_triggers.csv)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("report a meeting with both people", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Senin (3/3/2025).\nSehari kemudian Lavrov berjumpa dengan Menteri Luar Negeri Korea Utara Choe Son Hui di Pyongyang.";
    const met = mentions(text, "2025-03-05").find((m) => m.evidence.includes("berjumpa"));
    expect(met?.role).toBe("main");
    expect(met?.people).toEqual(expect.arrayContaining(["sergey-lavrov", "choe-son-hui"]));
  });
});

describe("'received an impetus' is no reception (lang/en/event_triggers.csv)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

  test("the talks opened after the speaker are reported, with both ministers", () => {
    const en = mentions("Ties between Moscow and Pyongyang have received a strong new impetus, Sergey Lavrov said, opening talks with Choe Son Hui in Moscow.", "2025-10-27");
    expect(en.map((m) => [m.event_type, m.people])).toEqual([["talks", ["choe-son-hui", "sergey-lavrov"]]]);
  });
});

describe("an 'encounter' of the two sides is a meeting (lang/en/event_triggers.csv 'encounter', 'encounters')", () => {
  test("'their previous encounter at the Vostochny Spaceport in September' is the earlier meeting, with its own place and month", () => {
    const en = mentionsIn("en", "Kim Jong Un was glad to meet Vladimir Putin once again in Pyongyang, 270 days after their previous encounter at the Vostochny Spaceport in September of the previous year.", "2024-06-19");
    expect(en.filter((m) => m.role === "background").map((m) => [m.date_start.slice(0, 7), m.venue_id, m.people])).toEqual([["2023-09", "vostochny-cosmodrome", ["kim-jong-un", "vladimir-putin"]]]);
  });

  test("'had their first encounter in Vladivostok in April 2019'", () => {
    const en = mentionsIn("en", "Kim Jong Un and Vladimir Putin had their first encounter in Vladivostok in April 2019.", "2024-06-19");
    expect(en.map((m) => [m.role, m.date_start.slice(0, 7), m.venue_id])).toEqual([["background", "2019-04", "vladivostok"]]);
  });

  test("an encounter with one side only is no meeting of the two", () => {
    expect(mentionsIn("en", "Sergey Lavrov had a brief encounter with reporters in Moscow on Thursday.", "2024-06-19")).toEqual([]);
  });
});
