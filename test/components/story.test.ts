import { describe, expect, it } from "vitest";
import {
  cameoLabel,
  corpusCounts,
  mentionRoleName,
  count,
  countOf,
  eventTitle,
  inDateOrder,
  isDated,
  keyQuotes,
  levelName,
  listing,
  localEvents,
  longDate,
  longRange,
  lowerFirst,
  newestPublished,
  percent,
  quoteFigures,
  spell,
  statementIds,
  storyFigures,
  storyLead,
  themedStatementIds,
  tripDirection,
  tripRows,
  undatedComparison,
  heldoutComparison,
  type DevsetFigures,
  venueTrips,
} from "../../src/components/story.ts";
import type { EventRow, PlaceRow } from "../../src/components/types.ts";
import { events } from "../fixtures/components/events.ts";
import { places } from "../fixtures/components/places.ts";
import { articles, people, quotes, quoteThemes } from "../fixtures/components/quotes.ts";

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
  it("titles a meeting in a third country by the two sides' participants, never a 'delegation of Other'", () => {
    const beijing: EventRow = { ...byId("e-2023-10-lavrov-pyongyang"), event_id: "e-beijing", guest_country: "", host_country: "CHN", venue_id: "" };
    const met = [
      { event_id: "e-beijing", person_id: "vladimir-putin", role: "participant" },
      { event_id: "e-beijing", person_id: "kim-jong-un", role: "participant" },
      { event_id: "e-beijing", person_id: "sergey-lavrov", role: "host" },
    ];
    const china = { place_id: "china", name_en: "China", name_id: "Tiongkok", kind: "country", country: "CHN", parent: "", lat: 35.9, lon: 104.2, n_events: 0 } as const;
    expect(eventTitle(beijing, "id", { ...context, participants: met, places: [...places, china] })).toBe("Pertemuan Kim Jong-un dan Vladimir Putin di Tiongkok");
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
    // A summit is the two heads of state meeting (event_type), not any trip on which a head of state receives a minister.
    expect(f.summits.map((d) => d.event_id)).toEqual(["e-2023-09-kim-russia", "e-2024-06-putin-pyongyang"]);
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

describe("trips with no date (events.csv's undated- rows)", () => {
  const undated: EventRow = { ...byId("e-2024-01-choe-moscow"), event_id: "undated-x-prk-to-rus", date_start: "", date_end: "", date_precision: "" };
  const withUndated = [undated, ...events];
  it("are listed after every dated trip, and never taken for the first or latest trip", () => {
    expect(isDated(undated)).toBe(false);
    expect(inDateOrder(withUndated).map((d) => d.event_id).at(-1)).toBe("undated-x-prk-to-rus");
    const f = storyFigures(withUndated, articles, quotes);
    expect(f.byDate.at(-1)?.event_id).toBe("undated-x-prk-to-rus");
    expect([f.first?.event_id, f.last?.event_id]).toEqual(["e-2023-09-kim-russia", "e-2024-10-choe-russia"]);
    // Trips are still counted where no time is involved: by direction.
    expect(f.toRussia).toHaveLength(4);
    const lead = storyLead(withUndated, [], articles);
    expect([lead.first?.event_id, lead.last?.event_id]).toEqual(["e-2023-09-kim-russia", "e-2024-10-choe-russia"]);
  });
  it("read 'date unknown' in the trip lists of both editions", () => {
    expect(tripRows([undated], [], [], "en").map((d) => d.when)).toEqual(["date unknown"]);
    expect(tripRows([undated], [], [], "id").map((d) => d.when)).toEqual(["tanggal tidak diketahui"]);
  });
});

describe("keyQuotes(quotes, events)", () => {
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
  it("names a third country from places, and a meeting with no guest side as met in its country", () => {
    const beijing = { ...events[0]!, event_id: "e-2025-09-beijing", venue_id: "diaoyutai", host_country: "CHN", guest_country: "" };
    const places = [
      { place_id: "china", name_en: "China", name_id: "Tiongkok", kind: "country" as const, country: "CHN", parent: "" },
      { place_id: "diaoyutai", name_en: "Diaoyutai State Guesthouse", name_id: "Wisma Negara Diaoyutai", kind: "building" as const, country: "CHN", parent: "china" },
    ];
    expect(tripRows([beijing], [], people, "id", places)[0]!.direction).toBe("bertemu di Tiongkok");
    expect(tripRows([beijing], [], people, "en", places)[0]!.direction).toBe("met in China");
    expect(tripRows([{ ...beijing, guest_country: "PRK" }], [], people, "en", places)[0]!.direction).toBe("North Korea → China");
  });
  it("puts the most visited venue first", () => {
    expect(venueTrips(events)[0]![0]).toBe("pyongyang");
    expect(venueTrips(events)[0]![1]).toHaveLength(2);
  });
});

describe("corpusCounts(tables): each total by its one rule", () => {
  const mentions = [
    { event_id: "e-2024-06-putin-pyongyang", role: "main" },
    { event_id: "e-2024-06-putin-pyongyang", role: "background" },
    { event_id: "e-2024-10-choe-russia", role: "planned" },
    { event_id: "", role: "main" },
  ];
  const totals = corpusCounts({ articles, events, mentions, quotes, quoteThemes });
  it("counts trips, summits, reports and outlets", () => {
    expect(totals.trips).toBe(events.length);
    expect(totals.summits).toBe(2);
    expect(totals.reports).toBe(articles.length);
    expect(totals.outlets).toBe(new Set(articles.map((d) => d.outlet)).size);
  });
  it("counts the trips the timeline draws apart from those no report dates", () => {
    expect([totals.datedTrips, totals.undatedTrips]).toEqual([events.length, 0]);
    const undated = { ...events[0]!, event_id: "undated-x-prk-to-rus", date_start: "", date_end: "", date_precision: "" as const };
    const more = corpusCounts({ articles, events: [...events, undated], mentions, quotes, quoteThemes });
    expect([more.trips, more.datedTrips, more.undatedTrips]).toEqual([events.length + 1, events.length, 1]);
  });
  it("counts as mentions only sentences tied to a trip and not planned", () => {
    expect(totals.mentions).toBe(2);
  });
  it("counts a statement once per quote_group, and no term or single quoted word", () => {
    expect(totals.statements).toBe(5);
    expect(statementIds([...quotes, { ...quotes[0]!, quote_id: "q-word", quote_group: "", kind: "partial", text: "wajar" }])).toEqual(statementIds(quotes));
    expect(totals.speakers).toBe(4);
  });
  it("counts themed statements as statements, not as tags: a statement with two themes counts once", () => {
    // q-000-01 and q-002-04 (one group) carry two themes each; the term q-000-04 carries one and is not a statement.
    expect(quoteThemes.length).toBe(10);
    expect(totals.themedStatements).toBe(5);
    expect(themedStatementIds(quotes, quoteThemes.filter((d) => d.theme_id === "treaty"))).toEqual(new Set(["g-lavrov-treaty", "q-000-03", "q-003-02"]));
  });
  it("names each unit with one word per language", () => {
    expect(countOf(1, "trip")).toBe("1 trip");
    expect(countOf(14, "trip", "id")).toBe("14 perjalanan");
    expect(countOf(25, "report")).toBe("25 reports");
    expect(countOf(3, "mention", "id")).toBe("3 sebutan");
  });
});

describe("storyLead(events, mentions, articles, {lang, external})", () => {
  const ev = (id: string, date: string, event_type: "summit" | "visit" = "visit"): EventRow => ({ ...events[1]!, event_id: id, event_type, date_start: date, date_end: date });
  const trips = [ev("a", "2000-07-20", "summit"), ev("b", "2011-08-23", "summit"), ev("c", "2023-07-26"), ev("d", "2023-09-13", "summit"), ev("e", "2024-06-18", "summit"), ev("f", "2025-07-12")];
  const mention = (id: string, event_id: string, article_id: string, role: string, evidence: string, cameo = "057") => ({ mention_id: id, event_id, article_id, role, evidence, cameo });
  const arts = [{ article_id: "en-1", language: "en" }, { article_id: "id-1", language: "id" }];
  it("gives the first and latest trips and the summits in date order", () => {
    const lead = storyLead([...trips].reverse(), [], arts);
    expect(lead.first?.event_id).toBe("a");
    expect(lead.last?.event_id).toBe("f");
    expect(lead.summits.map((d) => d.event_id)).toEqual(["a", "b", "d", "e"]);
  });
  it("dates the pace from the latest unbroken run of years with trips, against the years before", () => {
    const { pace } = storyLead(trips, [], arts);
    expect(pace).toMatchObject({ from: 2023, to: 2025, beforeFrom: 2000 });
    expect(pace!.recent.map((d) => d.event_id)).toEqual(["c", "d", "e", "f"]);
    expect(pace!.before.map((d) => d.event_id)).toEqual(["a", "b"]);
  });
  it("has no pace when the run is a single year or the whole corpus", () => {
    expect(storyLead(trips.slice(0, 3), [], arts).pace).toBeUndefined();
    expect(storyLead([ev("x", "2023-01-01"), ev("y", "2024-01-01")], [], arts).pace).toBeUndefined();
  });
  it("quotes one signing per summit, in the page's language first, the article's own news first, then the shortest", () => {
    const mentions = [
      mention("m1", "e", "en-1", "background", "They signed it."),
      mention("m2", "e", "en-1", "main", "Russia and the DPRK signed a treaty on Wednesday."),
      mention("m3", "e", "id-1", "main", "Kedua negara menandatangani perjanjian."),
      mention("m4", "c", "en-1", "main", "A plan was signed."),
      mention("m5", "d", "en-1", "planned", "They will sign."),
      mention("m6", "d", "en-1", "main", "Kim arrived.", "042"),
    ];
    expect(storyLead(trips, mentions, arts).signings.map((s) => s.mention_id)).toEqual(["m2"]);
    expect(storyLead(trips, mentions, arts, { lang: "id" }).signings.map((s) => [s.event.event_id, s.sentence])).toEqual([["e", "Kedua negara menandatangani perjanjian."]]);
  });
  it("names the document signed when the lexicon dates one from a day of the summit", () => {
    const mentions = [mention("m2", "e", "en-1", "main", "Russia and the DPRK signed a treaty.")];
    const documents = [
      { name: "Treaty on Comprehensive Strategic Partnership (2024)", name_id: "Perjanjian Kemitraan Strategis Komprehensif (2024)", kind: "document", valid_from: "2024-06-18" },
      { name: "Exchange plan", kind: "document", valid_from: "2023-10-19" },
      { name: "KCNA", kind: "agency" },
    ];
    expect(storyLead(trips, mentions, arts, { documents }).signings[0]?.document).toBe("Treaty on Comprehensive Strategic Partnership");
    expect(storyLead(trips, mentions, arts, { documents, lang: "id" }).signings[0]?.document).toBe("Perjanjian Kemitraan Strategis Komprehensif");
    expect(storyLead(trips, mentions, arts).signings[0]?.document).toBeUndefined();
  });
  it("counts the trips that start in an external count's period", () => {
    const lead = storyLead(trips, [], arts, { external: { value: 18, from: "2024-01-01", to: "2024-06-30" } });
    expect(lead.inExternal.map((d) => d.event_id)).toEqual(["e"]);
  });
});

describe("newestPublished(dates)", () => {
  it("takes the newest date, a day of a month after the month alone, and ignores what is not a date", () => {
    expect(newestPublished(["2023-10-20", "2024-11", "2024-11-02", "2024-01", "", "unknown"])).toBe("2024-11-02");
    expect(newestPublished(["2024-11-02", "2024-11"])).toBe("2024-11-02");
    expect(newestPublished(["2024", "2023-12-31"])).toBe("2024");
    expect(newestPublished([])).toBeUndefined();
  });
});

describe("mentionRoleName(role, lang)", () => {
  it("says a mention's role in words in each language, and leaves an unknown role as it is", () => {
    expect(mentionRoleName("main")).toBe("the article's news");
    expect(mentionRoleName("background", "id")).toBe("diingat kembali");
    expect(mentionRoleName("other")).toBe("other");
  });
});

describe("cameoLabel(code, lang)", () => {
  it("names a CAMEO code in each language, and leaves an unknown code as a number with its codebook's name", () => {
    expect(cameoLabel("042")).toBe("CAMEO 042: make a visit");
    expect(cameoLabel("057", "id")).toBe("CAMEO 057: menandatangani perjanjian resmi");
    expect(cameoLabel("099")).toBe("CAMEO 099");
  });
});

describe("tripDirection(event, places, lang)", () => {
  const atlas: Pick<PlaceRow, "place_id" | "name_en" | "name_id" | "kind" | "country" | "parent">[] = [
    { place_id: "china", name_en: "China", name_id: "Tiongkok", kind: "country" as const, country: "CHN", parent: "" },
    { place_id: "beijing", name_en: "Beijing", name_id: "Beijing", kind: "city", country: "CHN", parent: "china" },
    { place_id: "diaoyutai", name_en: "Diaoyutai State Guesthouse", name_id: "Wisma Negara Diaoyutai", kind: "building", country: "CHN", parent: "beijing" },
  ];
  it("says who travelled to whom", () => {
    expect(tripDirection({ guest_country: "RUS", host_country: "PRK", venue_id: "pyongyang" }, atlas)).toBe("Russia → North Korea");
    expect(tripDirection({ guest_country: "PRK", host_country: "RUS", venue_id: "" }, atlas, "id")).toBe("Korea Utara → Rusia");
  });
  it("names the third country a meeting with no guest side was held in, never its code", () => {
    expect(tripDirection({ guest_country: "", host_country: "CHN", venue_id: "diaoyutai" }, atlas)).toBe("met in China");
    expect(tripDirection({ guest_country: "", host_country: "CHN", venue_id: "diaoyutai" }, atlas, "id")).toBe("bertemu di Tiongkok");
  });
});

describe("undatedComparison(accuracy)", () => {
  const figures = (lang: string, recall: number, precision: number, plannedAsHappened = 0) => ({
    lang,
    articles: 10,
    events: { gold: 15, found: Math.round(recall * 15), recall, extracted: 40, good: Math.round(precision * 40), precision, plannedAsHappened },
    quotes: { gold: 10, found: 10, recall: 1, extracted: 10, good: 10, precision: 1, rightSpeaker: 10, speaker: 1 }
  });
  it("pairs each language's trips scored with and without the published dates", () => {
    const accuracy = { devset: [figures("id", 1, 1), figures("en", 0.93, 0.98)], devsetUndated: [figures("en", 0.87, 0.93, 1), figures("id", 1, 0.98)] };
    expect(undatedComparison(accuracy)).toEqual({
      id: { dated: { recall: 1, precision: 1, plannedAsHappened: 0 }, undated: { recall: 1, precision: 0.98, plannedAsHappened: 0 } },
      en: { dated: { recall: 0.93, precision: 0.98, plannedAsHappened: 0 }, undated: { recall: 0.87, precision: 0.93, plannedAsHappened: 1 } }
    });
  });
  it("says which file lacks a language rather than printing nothing", () => {
    expect(() => undatedComparison({ devset: [figures("id", 1, 1), figures("en", 1, 1)], devsetUndated: [figures("id", 1, 1)] })).toThrow(/no development-set scores for "en"/);
  });
});

describe("heldoutComparison(accuracy)", () => {
  const now = (recall: number, precision: number, speaker: number | null): DevsetFigures => ({
    lang: "id",
    articles: 8,
    events: { gold: 10, found: Math.round(recall * 10), recall, extracted: 20, good: Math.round(precision * 20), precision, plannedAsHappened: 0 },
    quotes: { gold: 5, found: 5, recall: 1, extracted: 5, good: 5, precision: 1, rightSpeaker: 5, speaker }
  });
  const set = (name: string, language: string, recall: number, precision: number, planned: number) => ({
    set: name,
    language,
    articles: 8,
    runOn: "abc1234",
    events: { recall, precision, plannedAsHappened: planned },
    quotes: { recall: 1, precision: 1, speaker: 0.9 },
    comment: "outlets",
    now: now(0.95, 0.97, 1)
  });
  it("puts each set's first run beside its score today, and spreads the first runs", () => {
    const c = heldoutComparison({ heldout: [set("a", "id", 0.64, 0.78, 0), set("b", "en", 0.85, 0.93, 1), set("c", "id", 0.71, 0.86, 1)] });
    expect(c.sets).toBe(3);
    expect(c.articles).toBe(24);
    expect(c.byLanguage).toEqual({ id: 2, en: 1 });
    expect(c.first.recall).toEqual({ min: 0.64, max: 0.85, median: 0.71 });
    expect(c.first.plannedAsHappened).toBe(2);
    expect(c.rows[1]).toEqual({ set: "b", language: "en", articles: 8, comment: "outlets", first: { recall: 0.85, precision: 0.93, speaker: 0.9, plannedAsHappened: 1 }, now: { recall: 0.95, precision: 0.97, speaker: 1, plannedAsHappened: 0 } });
  });
  it("leaves the speaker empty, first run and today, for a set whose gold has no named speaker", () => {
    const none = { ...set("d", "en", 0.8, 0.9, 0), quotes: { recall: null, precision: 1, speaker: null } };
    none.now = { ...none.now, quotes: { ...none.now.quotes, gold: 0, found: 0, recall: null, rightSpeaker: 0, speaker: null } };
    const c = heldoutComparison({ heldout: [set("a", "id", 0.64, 0.78, 0), none] });
    expect([c.rows[1]!.first.speaker, c.rows[1]!.now.speaker]).toEqual([null, null]);
    expect(c.first.speaker).toEqual({ min: 0.9, max: 0.9, median: 0.9 });
  });
  it("says the file an empty record comes from rather than printing nothing", () => {
    expect(() => heldoutComparison({ heldout: [] })).toThrow(/first-runs\.csv/);
    expect(() => heldoutComparison({})).toThrow(/no held-out sets/);
  });
});
