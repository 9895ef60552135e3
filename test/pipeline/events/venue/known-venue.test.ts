import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../../src/io/read.ts";
import { parseKnownMeetings } from "../../../../src/pipeline/dates/known-meetings.ts";
import { knownVenueFindings, placeFromKnownMeetings } from "../../../../src/pipeline/events/venue/known-venue.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

const gazetteer = await loadGazetteer(join(import.meta.dirname, "..", "..", "..", "..", "data"));
const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
const people = new Map(gazetteer.people.map((p) => [p.person_id, p]));
const sides = ["RUS", "PRK"] as const;
const timeline = parseKnownMeetings(
  [
    "start,end,people,venue_id,what,source",
    "2024-06-18,2024-06-19,vladimir-putin|kim-jong-un,pyongyang,Putin in Pyongyang,page",
    "2025-09-03,2025-09-03,vladimir-putin|kim-jong-un,diaoyutai,Putin and Kim in Beijing,page",
    "2023-09-12,2023-09-17,kim-jong-un|vladimir-putin|sergey-shoigu,vostochny-cosmodrome,Kim in the Russian Far East,page",
    "2023-09-16,2023-09-16,kim-jong-un|sergey-shoigu,vladivostok,Shoigu shows Kim the Pacific Fleet,page"
  ].join("\n"),
  "lexicon/known_meetings.csv",
  { people: new Set(gazetteer.people.map((p) => p.person_id)), places: new Set(places.keys()) }
);

/** A background mention of a signing in June 2024 by Putin and Kim that names no place. */
const mention = (over: Partial<Mention> = {}): Mention => ({
  mention_id: "a-m01",
  article_id: "a",
  event_id: "",
  event_type: "signing",
  cameo: "057",
  date_start: "2024-06-01",
  date_end: "2024-06-30",
  date_precision: "month",
  date_text: "in June",
  date_anchor: "published 2024-11-02",
  venue_id: "",
  role: "background",
  char_start: 0,
  char_end: 60,
  evidence: "the treaty Kim signed with Russian President Vladimir Putin in June",
  host_country: "",
  guest_country: "",
  people: ["kim-jong-un", "vladimir-putin"],
  sentence_id: "a-s001",
  triggers: ["signed"],
  ...over
});
const place = (m: Mention) => placeFromKnownMeetings([m], timeline, places, sides, people).mentions[0]!;
const brief = (m: Mention) => [m.venue_id, m.host_country, m.guest_country, m.cameo];

describe("placeFromKnownMeetings", () => {
  it("gives a meeting recalled without its place the one place its people met within its dates, and the direction that implies", () => {
    expect(brief(place(mention()))).toEqual(["pyongyang", "PRK", "RUS", "057"]);
  });
  it("puts a meeting in a third country there, as a meeting of the two sides abroad", () => {
    expect(brief(place(mention({ date_start: "2025-09-01", date_end: "2025-09-30" })))).toEqual(["diaoyutai", "CHN", "", "044"]);
  });
  it("keeps a direction the sentence gives, and gives no place against it", () => {
    expect(brief(place(mention({ host_country: "PRK", guest_country: "RUS" })))).toEqual(["pyongyang", "PRK", "RUS", "057"]);
    expect(brief(place(mention({ host_country: "RUS", guest_country: "PRK" })))).toEqual(["", "RUS", "PRK", "057"]);
  });
  it("leaves the mention as the text has it when the sentence names a place, for a plan, one person, or two places", () => {
    expect(place(mention({ venue_id: "moscow" })).venue_id).toBe("moscow");
    expect(place(mention({ role: "planned" })).venue_id).toBe("");
    expect(place(mention({ people: ["kim-jong-un"], host_country: "PRK", guest_country: "RUS" })).venue_id).toBe("");
    // Kim met Putin at Vostochny and Shoigu in Vladivostok that month: which one is meant, the sentence does not say.
    expect(place(mention({ people: ["kim-jong-un", "sergey-shoigu"], date_start: "2023-09-01", date_end: "2023-09-30" })).venue_id).toBe("");
    expect(place(mention({ people: ["kim-jong-un", "sergey-shoigu"], date_start: "2023-09-14", date_end: "2023-09-14", date_precision: "day" })).venue_id).toBe("vostochny-cosmodrome");
  });
  it("places a meeting dated only to a year at the one place two people it names of the two sides met that year", () => {
    // Without it the meeting has no direction and makes no event: "Kim Jong Il juga sempat bertemu dengan Putin pada 2002".
    const year = (over: Partial<Mention>) => place(mention({ date_start: "2024-01-01", date_end: "2024-12-31", date_precision: "year", ...over }));
    expect(brief(year({}))).toEqual(["pyongyang", "PRK", "RUS", "057"]);
    // Two places that year for the pair (Vostochny and Vladivostok in 2023): the year does not say which.
    expect(year({ people: ["kim-jong-un", "sergey-shoigu"], date_start: "2023-01-01", date_end: "2023-12-31" }).venue_id).toBe("");
    // One side's people only: a year is too long to guess whose meeting it was.
    expect(year({ people: ["kim-jong-un"] }).venue_id).toBe("");
    expect(year({ people: ["vladimir-putin", "sergey-shoigu"], date_start: "2023-01-01", date_end: "2023-12-31" }).venue_id).toBe("");
  });
  it("places a meeting of the two countries that names one side's person and no direction at that person's one known meeting", () => {
    // ("A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung …")
    expect(brief(place(mention({ people: ["kim-jong-un"] })))).toEqual(["pyongyang", "PRK", "RUS", "057"]);
    // Two of a row's people first: only when no row has two does one do.
    expect(place(mention({ people: ["kim-jong-un"], date_start: "2023-09-01", date_end: "2023-09-30" })).venue_id).toBe("");
  });
  it("never places a meeting naming people of both sides at a row that lists one of them only", () => {
    // (Shoigu and Choe met in September 2023 at no place the timeline knows: Shoigu's rows there are with Kim.)
    const both = mention({ people: ["sergey-shoigu", "choe-son-hui"], date_start: "2023-09-17", date_end: "2023-09-17", date_precision: "day" });
    expect(place(both).venue_id).toBe("");
    expect(place({ ...both, people: ["sergey-shoigu"] }).venue_id).toBe("vostochny-cosmodrome");
  });
  it("never takes a meeting that began after the article was published: it had not happened when the article was written", () => {
    // A report of the day before Putin reached Pyongyang on June 18 ("Putin travels to North Korea this month to sign a
    // treaty with Kim") is not of that visit: the mention keeps no place, and a report of that day or after takes it.
    const placeOn = (published: string) => placeFromKnownMeetings([mention()], timeline, places, sides, people, published).mentions[0]!.venue_id;
    expect(placeOn("2024-06-17")).toBe("");
    expect(placeOn("2024-06-18")).toBe("pyongyang");
    expect(placeOn("2024-11-02")).toBe("pyongyang");
    // A date given to the month or the year reaches to its last day; none at all keeps every row.
    expect(placeOn("2024-06")).toBe("pyongyang");
    expect(placeOn("2024-05")).toBe("");
    expect(placeOn("")).toBe("pyongyang");
    // The earlier of two rows is still found when the later one has not begun: Vostochny (from September 12) stands
    // for a report of September 14, Shoigu's Vladivostok day (the 16th) not yet come.
    const sept = mention({ people: ["kim-jong-un", "sergey-shoigu"], date_start: "2023-09-01", date_end: "2023-09-30" });
    expect(placeFromKnownMeetings([sept], timeline, places, sides, people, "2023-09-14").mentions[0]!.venue_id).toBe("vostochny-cosmodrome");
    expect(placeFromKnownMeetings([sept], timeline, places, sides, people, "2023-10-01").mentions[0]!.venue_id).toBe("");
  });
  it("reports each place it gives, with the timeline's row", () => {
    const { filled } = placeFromKnownMeetings([mention(), mention({ mention_id: "a-m02", venue_id: "moscow" })], timeline, places, sides, people);
    expect(knownVenueFindings({ article_id: "a", file: "articles/a.txt" }, filled, places)).toEqual([
      {
        article_id: "a",
        file: "articles/a.txt",
        severity: "info",
        code: "known-venue",
        message: 'a-m01 ("the treaty Kim signed with Russian President Vladimir Putin…") names no place: Pyongyang, from the timeline of known meetings (line 2: 2024-06-18 Putin in Pyongyang)',
        line: null
      }
    ]);
  });
});
