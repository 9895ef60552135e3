import { describe, expect, it } from "vitest";
import {
  count,
  eventTitle,
  keyQuotes,
  levelName,
  listing,
  localEvents,
  longDate,
  longRange,
  lowerFirst,
  percent,
  quoteFigures,
  signings,
  spell,
  storyFigures,
  tripRows,
  venueTrips,
} from "../../src/components/story.ts";
import type { EventRow } from "../../src/components/types.ts";
import { events } from "../fixtures/components/events.ts";
import { places } from "../fixtures/components/places.ts";
import { articles, people, quotes } from "../fixtures/components/quotes.ts";

const byId = (id: string) => events.find((e) => e.event_id === id)!;
const participants = [
  { event_id: "e-2024-01-choe-moscow", person_id: "choe-son-hui", role: "guest" },
  { event_id: "e-2024-01-choe-moscow", person_id: "vladimir-putin", role: "host" },
  { event_id: "e-2024-06-putin-pyongyang", person_id: "sergey-lavrov", role: "guest" },
  { event_id: "e-2024-06-putin-pyongyang", person_id: "vladimir-putin", role: "guest" },
  { event_id: "e-2023-09-kim-russia", person_id: "kim-jong-un", role: "guest" },
];
const context = { participants, people, places };

describe("count(n, noun, lang)", () => {
  it("inflects English nouns and leaves Indonesian ones alone", () => {
    expect(count(1, "outlet")).toBe("1 outlet");
    expect(count(3, "outlet")).toBe("3 outlets");
    expect(count(0, "trip")).toBe("0 trips");
    expect(count(3, "media", "id")).toBe("3 media");
    expect(count(1, "media", "id")).toBe("1 media");
  });
  it("takes an irregular plural as [one, many]", () => {
    expect(count(1, ["trip is", "trips are"])).toBe("1 trip is");
    expect(count(2, ["trip is", "trips are"])).toBe("2 trips are");
  });
  it("groups thousands in each language's style", () => {
    expect(count(12345, "quote")).toBe("12,345 quotes");
    expect(count(12345, "kutipan", "id")).toBe("12.345 kutipan");
  });
});

describe("spell(n, lang), listing(items, lang), percent(x, lang)", () => {
  it("spells counts up to ten and gives digits above", () => {
    expect(spell(0)).toBe("No");
    expect(spell(5)).toBe("Five");
    expect(spell(5, "id")).toBe("Lima");
    expect(spell(11, "id")).toBe("11");
  });
  it("lists with 'and' in English and with a comma before 'dan' in Indonesian lists of three", () => {
    expect(listing([])).toBe("");
    expect(listing(["a"])).toBe("a");
    expect(listing(["a", "b"], "id")).toBe("a dan b");
    expect(listing(["a", "b", "c"])).toBe("a, b and c");
    expect(listing(["a", "b", "c"], "id")).toBe("a, b, dan c");
  });
  it("writes a share with one decimal, a decimal comma in Indonesian, and none for 0 and 1", () => {
    expect(percent(32 / 43)).toBe("74.4%");
    expect(percent(32 / 43, "id")).toBe("74,4%");
    expect(percent(1, "id")).toBe("100%");
    expect(percent(0)).toBe("0%");
  });
});

describe("longDate(iso, lang) and longRange(event, lang)", () => {
  it("says a partial date at its precision with the month in full", () => {
    expect(longDate("2024-11")).toBe("November 2024");
    expect(longDate("2023-10-20", "id")).toBe("20 Oktober 2023");
    expect(longDate("2024-08", "id")).toBe("Agustus 2024");
    expect(longDate("2024")).toBe("2024");
    expect(longDate("unknown")).toBe("unknown");
  });
  it("gives a month-precision trip as its month, never its first day", () => {
    expect(longRange(byId("e-2023-09-kim-russia"))).toBe("September 2023");
    expect(longRange(byId("e-2023-09-kim-russia"), "id")).toBe("September 2023");
  });
  it("says a range's shared month and year once", () => {
    expect(longRange(byId("e-2023-10-lavrov-pyongyang"), "id")).toBe("18–19 Oktober 2023");
    expect(longRange(byId("e-2024-10-choe-russia"))).toBe("30 October – 1 November 2024");
    expect(longRange(byId("e-2024-01-choe-moscow"), "id")).toBe("16 Januari 2024");
  });
});

describe("levelName(level, lang) and lowerFirst(text)", () => {
  it("names levels in both languages and passes unknown codes through", () => {
    expect(levelName("head")).toBe("head of state or government");
    expect(levelName("deputy", "id")).toBe("wakil menteri");
    expect(levelName("", "id")).toBe("tidak diketahui");
    expect(levelName("mayor")).toBe("mayor");
  });
  it("lowers the first letter but keeps an acronym", () => {
    expect(lowerFirst("The war in Ukraine")).toBe("the war in Ukraine");
    expect(lowerFirst("Opposition to the US and its allies")).toBe("opposition to the US and its allies");
    expect(lowerFirst("AS dan sekutunya")).toBe("AS dan sekutunya");
    expect(lowerFirst("")).toBe("");
  });
});

describe("eventTitle(event, lang, context)", () => {
  it("keeps events.csv's English title in English", () => {
    expect(eventTitle(byId("e-2024-01-choe-moscow"), "en", context)).toBe("Choe Son-hui visits Moscow");
  });
  it("titles a building by its city in Indonesian, as the English title does", () => {
    expect(eventTitle(byId("e-2024-01-choe-moscow"), "id", context)).toBe("Kunjungan Choe Son-hui ke Moskow");
  });
  it("names the highest-ranking guest", () => {
    expect(eventTitle(byId("e-2024-06-putin-pyongyang"), "id", context)).toBe("Kunjungan Vladimir Putin ke Pyongyang");
  });
  it("keeps a site with no city above it under its own Indonesian name", () => {
    expect(eventTitle(byId("e-2023-09-kim-russia"), "id", context)).toBe("Kunjungan Kim Jong-un ke Kosmodrom Vostochny");
  });
  it("falls back to the guest country's delegation and the host country", () => {
    const bare: EventRow = { ...byId("e-2023-10-lavrov-pyongyang"), venue_id: "" };
    expect(eventTitle(bare, "id", context)).toBe("Kunjungan delegasi Rusia ke Korea Utara");
  });
  it("localEvents replaces only the title", () => {
    const local = localEvents(events, "id", context);
    expect(local.map((e) => e.event_id)).toEqual(events.map((e) => e.event_id));
    expect(local[2]).toEqual({ ...events[2], title: "Kunjungan Choe Son-hui ke Moskow" });
  });
});

describe("storyFigures(events, articles, quotes)", () => {
  it("counts trips by direction, level and corroboration", () => {
    const f = storyFigures(events, articles, quotes);
    expect(f.toKorea.map((d) => d.event_id)).toEqual(["e-2023-10-lavrov-pyongyang", "e-2024-06-putin-pyongyang"]);
    expect(f.toRussia).toHaveLength(3);
    expect(f.summits).toHaveLength(4);
    expect(f.corroborated).toHaveLength(4);
    expect(f.first?.event_id).toBe("e-2023-09-kim-russia");
    expect(f.last?.event_id).toBe("e-2024-10-choe-russia");
    expect(f.outlets.size).toBe(4);
  });
  it("counts a quote_group once and leaves terms out of statements and speakers", () => {
    const f = storyFigures(events, articles, quotes);
    expect(f.statements).toHaveLength(6);
    expect(f.groups.size).toBe(5);
    expect([...f.speakers].sort()).toEqual(["choe-son-hui", "kim-jong-un", "sergey-lavrov", "vladimir-putin"]);
    expect(quoteFigures(quotes).groups).toEqual(f.groups);
    expect(quoteFigures(quotes).kinds.get("term")).toBe(1);
  });
});

describe("signings(mentions, events, lang) and keyQuotes(quotes, events)", () => {
  const mentions = [
    { cameo: "057", event_id: "e-2024-06-putin-pyongyang", role: "main", date_end: "2024-06-19" },
    { cameo: "057", event_id: "e-2024-06-putin-pyongyang", role: "background", date_end: "2024-06-20" },
    { cameo: "057", event_id: "", role: "main", date_end: "2024-07-01" },
    { cameo: "057", event_id: "e-2024-10-choe-russia", role: "planned", date_end: "2024-11-01" },
    { cameo: "042", event_id: "e-2024-10-choe-russia", role: "main", date_end: "2024-11-01" },
  ];
  it("gives one milestone per event with a signing done, at its earliest date, labelled in each language", () => {
    expect(signings(mentions, events)).toEqual([{ date: "2024-06-19", label: "Signed: Putin visits Pyongyang" }]);
    const local = localEvents(events, "id", context);
    expect(signings(mentions, local, "id")).toEqual([{ date: "2024-06-19", label: "Penandatanganan dalam kunjungan Vladimir Putin ke Pyongyang" }]);
  });
  it("picks the longest direct quotation by a person per event, in date order", () => {
    expect(keyQuotes(quotes, events).map((q) => q.quote_id)).toEqual(["q-000-03"]);
    const moreDirect = quotes.map((q) => (q.quote_id === "q-003-02" ? { ...q, kind: "direct" as const } : q));
    expect(keyQuotes(moreDirect, events).map((q) => q.quote_id)).toEqual(["q-003-02", "q-000-03"]);
  });
});

describe("tripRows(events, participants, people, lang) and venueTrips(events)", () => {
  it("lists trips by date with dates, direction and participants in the page's language", () => {
    const rows = tripRows(events, participants, people, "id");
    expect(rows.map((d) => d.event_id)[0]).toBe("e-2023-09-kim-russia");
    const choe = rows.find((d) => d.event_id === "e-2024-01-choe-moscow")!;
    expect(choe.direction).toBe("Korea Utara → Rusia");
    expect(choe.people).toBe("Choe Son-hui, Vladimir Putin");
    expect(choe.when).toBe("16 Januari 2024");
    expect(rows.find((d) => d.event_id === "e-2023-10-lavrov-pyongyang")!.people).toBe("");
  });
  it("puts the most visited venue first", () => {
    expect(venueTrips(events)[0]![0]).toBe("pyongyang");
    expect(venueTrips(events)[0]![1]).toHaveLength(2);
  });
});
