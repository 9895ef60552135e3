// Shapes of English reports found by the held-out round of 2026-12-02 (holdout5): a handshake as a meeting, a train
// crossing into a country as an arrival, a venue named before a relative clause of place, a headline abbreviation
// that ended no sentence, and two officials the gazetteer lacked. The sentences are written for these tests; each
// test fails without the rule or the row it names.
import { describe, expect, test } from "vitest";
import { abbreviationsOf, splitSentences } from "../../../src/pipeline/ingest/segment.ts";
import { packs, mentionsIn as mentions } from "../../helpers/mentions.ts";


describe("a handshake between the two sides is a meeting (lang/en/event_triggers.csv)", () => {
  test("'shook hands with' a named person of the other side", () => {
    const en = mentions("en", "After the ceremony in Moscow on Thursday, President Vladimir Putin shook hands with Kim Yong-bok, a North Korean general.", "2025-06-13");
    expect(en.map((m) => [m.event_type, m.date_start, m.venue_id, m.people])).toEqual([["meeting", "2025-06-12", "moscow", ["kim-yong-bok", "vladimir-putin"]]]);
  });

  test("a handshake with one side's own people is no meeting of the two", () => {
    expect(mentions("en", "Putin shook hands with the Russian commanders lined up on the square on Thursday.", "2025-06-13")).toEqual([]);
  });
});

describe("a train crossing into a country is an arrival (lang/en/event_triggers.csv)", () => {
  test("'crossed into Russia' with its weekday is the arrival that day, apart from an invitation in the same sentence", () => {
    const en = mentions("en", "Kim Jong-il crossed into Russia by train on Saturday at the invitation of President Dmitry Medvedev.", "2011-08-21");
    const arrival = en.find((m) => m.event_type === "arrival");
    expect([arrival?.date_start, arrival?.venue_id, arrival?.role]).toEqual(["2011-08-20", "russia", "main"]);
  });
});

describe("a venue named before a relative clause of place (events/venue/venue-relative.ts, lang/*/venue_relatives.csv)", () => {
  test("'in the border town of Khasan, where Kim was welcomed': the place is the welcome's", () => {
    const en = mentions("en", "Kim Jong-il visited a dam on Sunday as his train rolled across the Russian Far East.\nThe train halted in the small border town of Khasan, where Kim was welcomed by Viktor Ishayev, the Kremlin's envoy.", "2011-08-21");
    expect(en.filter((m) => m.event_type === "reception").map((m) => m.venue_id)).toEqual(["khasan"]);
  });

  test("the same in Indonesian, 'di Khasan, tempat Kim disambut'", () => {
    const id = mentions("id", "Kim Jong-il mengunjungi sebuah bendungan pada Minggu (21/8) saat keretanya melintasi Timur Jauh Rusia.\nKereta itu berhenti di kota perbatasan Khasan, tempat Kim disambut oleh Viktor Ishayev, utusan Kremlin.", "2011-08-21");
    expect(id.filter((m) => m.event_type === "reception").map((m) => m.venue_id)).toEqual(["khasan"]);
  });
});

describe("a headline abbreviation ends no sentence (lang/en/abbreviations.csv)", () => {
  test("'Anniv.' inside a headline", () => {
    const text = "Putin Greets Generals at War Anniv. Parade";
    expect(splitSentences(text, 0, text.length, abbreviationsOf(packs.get("en"))).map(([s, e]) => text.slice(s, e))).toEqual([text]);
  });
});

describe("officials the gazetteer lacked (gazetteer/people.csv, person_aliases.csv)", () => {
  test("a former intelligence chief met in Pyongyang in 2011", () => {
    const en = mentions("en", "In May 2011, Russian spy chief Mikhail Fradkov held talks with Kim Jong-il in Pyongyang.", "2024-03-28");
    expect(en.map((m) => [m.date_start.slice(0, 7), m.venue_id, m.role, m.people])).toEqual([["2011-05", "pyongyang", "background", ["kim-jong-il", "mikhail-fradkov"]]]);
  });
});
