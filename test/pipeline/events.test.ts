import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildEvents } from "../../src/pipeline/events/events.ts";
import type { Anchor } from "../../src/pipeline/dates.ts";
import { extractMentions, type Mention } from "../../src/pipeline/events/mentions.ts";
import { loadGazetteer, loadPacks } from "../../src/io/read.ts";
import { Recogniser } from "../../src/pipeline/recognise/recognise.ts";
import { splitSentences } from "../../src/pipeline/ingest/segment.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

const gazetteer = await loadGazetteer(join(import.meta.dirname, "..", "..", "data"));
// The relationship these tests are written for (data/relationship.csv): trips between Russia and North Korea.
const sides = ["RUS", "PRK"] as const;
const context = { people: new Map(gazetteer.people.map((p) => [p.person_id, p])), places: new Map(gazetteer.places.map((p) => [p.place_id, p])), sides };
const packs = await loadPacks(join(import.meta.dirname, "..", "..", "data"));
const recogniser = new Recogniser(gazetteer);

/** The mentions of a short article in `lang`, one sentence a line, published (and anchored) on `published`. */
function articleMentions(article_id: string, lang: string, text: string, published: string): Mention[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const [p, line] of text.split("\n").entries()) {
    for (const [start, end] of splitSentences(text, offset, offset + line.length)) {
      const index = sentences.length + 1;
      sentences.push({ article_id, sentence_id: `${article_id}-s${String(index).padStart(3, "0")}`, paragraph: p + 1, index, start, end, text: text.slice(start, end) });
    }
    offset += line.length + 1;
  }
  const anchor: Anchor = { date: published, precision: "day", source: "published", text: `published ${published}`, flags: [] };
  const pack = packs.get(lang);
  return extractMentions({ article: { article_id, text, published }, sentences, entities: recogniser.recognise(text, sentences, published), anchor }, { ...context, pack, lexicons: pack });
}

const articles = [
  { article_id: "antara", outlet: "ANTARA", published: "2024-11" },
  { article_id: "tempo", outlet: "TEMPO.CO", published: "2024-11-02" },
  { article_id: "tempo-2", outlet: "TEMPO.CO", published: "2024-11-03" },
  { article_id: "later", outlet: "MINA", published: "2025-01" }
];

let n = 0;
/** A mention: [article, role, guest>host, date_start, date_end, precision, people, venue]. */
function m(article_id: string, role: Mention["role"], pair: string, date_start: string, date_end: string, precision: Mention["date_precision"], people: string[], venue_id = ""): Mention {
  const [guest = "", host = ""] = pair.split(">");
  n++;
  return {
    mention_id: `${article_id}-m${String(n).padStart(2, "0")}`, article_id, event_id: "", event_type: "meeting", cameo: "040",
    date_start, date_end, date_precision: precision, date_text: "", date_anchor: "", venue_id, role,
    char_start: n * 10, char_end: n * 10 + 5, evidence: "…", host_country: host, guest_country: guest, people, sentence_id: `${article_id}-s001`, triggers: ["bertemu"]
  };
}

const choe = ["choe-son-hui", "sergey-lavrov"];

describe("buildEvents(mentions, articles, context)", () => {
  test("merges one trip reported by two outlets: n_outlets counts ANTARA and TEMPO as two", () => {
    const { events, participants } = buildEvents(
      [m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", ["choe-son-hui"], "russia"), m("antara", "main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", choe, "moscow"), m("tempo", "main", "PRK>RUS", "2024-10-28", "2024-11-03", "week", choe, "moscow")],
      articles,
      context
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      event_id: "2024-10-prk-to-rus", event_type: "visit", title: "Choe Son-hui visits Moscow", date_start: "2024-10-30", date_end: "2024-11-01", date_precision: "day",
      venue_id: "moscow", host_country: "RUS", guest_country: "PRK", level: "minister", n_mentions: 3, n_articles: 2, n_outlets: 2, first_reported: "2024-11"
    });
    expect(participants).toEqual([
      { event_id: "2024-10-prk-to-rus", person_id: "choe-son-hui", role: "guest" },
      { event_id: "2024-10-prk-to-rus", person_id: "sergey-lavrov", role: "host" }
    ]);
  });

  test("two articles of one outlet count one outlet", () => {
    const { events } = buildEvents([m("tempo", "main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", choe), m("tempo-2", "main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", choe)], articles, context);
    expect(events.map((e) => [e.n_articles, e.n_outlets])).toEqual([[2, 1]]);
  });

  test("a month-precision background mention ('bulan lalu') joins the day-dated trip in that month; the event keeps the days", () => {
    const { events, mentions } = buildEvents(
      [m("later", "background", "PRK>RUS", "2024-10-01", "2024-10-31", "month", ["choe-son-hui"]), m("antara", "main", "PRK>RUS", "2024-10-30", "2024-11-01", "day", choe)],
      articles,
      context
    );
    expect(events.map((e) => [e.event_id, e.date_start, e.date_end, e.date_precision, e.n_mentions])).toEqual([["2024-10-prk-to-rus", "2024-10-30", "2024-11-01", "day", 2]]);
    expect(new Set(mentions.map((x) => x.event_id))).toEqual(new Set(["2024-10-prk-to-rus"]));
  });

  test("two trips in the same month in opposite directions stay apart", () => {
    const { events } = buildEvents(
      [m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", choe, "moscow"), m("tempo", "main", "RUS>PRK", "2024-10-10", "2024-10-11", "day", ["sergey-shoigu"], "pyongyang")],
      articles,
      context
    );
    expect(events.map((e) => e.event_id)).toEqual(["2024-10-prk-to-rus", "2024-10-rus-to-prk"]);
  });

  test("two trips in one direction in one month are told apart by their day", () => {
    const { events } = buildEvents(
      [m("antara", "main", "PRK>RUS", "2024-10-02", "2024-10-02", "day", choe), m("tempo", "main", "PRK>RUS", "2024-10-28", "2024-10-29", "day", choe)],
      articles,
      context
    );
    expect(events.map((e) => e.event_id)).toEqual(["2024-10-02-prk-to-rus", "2024-10-28-prk-to-rus"]);
  });

  test("a mention without a direction joins the overlapping trip it shares people with", () => {
    const { mentions } = buildEvents(
      [m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", choe), m("tempo", "background", ">", "2024-10-28", "2024-11-03", "week", ["sergey-lavrov"]), m("tempo", "background", ">", "2024-10-28", "2024-11-03", "week", ["kim-jong-un"])],
      articles,
      context
    );
    expect(mentions.map((x) => x.event_id)).toEqual(["2024-10-prk-to-rus", "2024-10-prk-to-rus", ""]);
  });

  test("an undated mention joins the latest trip of its direction before its article", () => {
    const mentions = [
      m("antara", "main", "PRK>RUS", "2023-09-12", "2023-09-13", "day", ["kim-jong-un", "vladimir-putin"]),
      m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", choe),
      m("later", "background", "PRK>RUS", "", "", "", ["choe-son-hui"])
    ];
    expect(buildEvents(mentions, articles, context).mentions.map((x) => x.event_id)).toEqual(["2023-09-prk-to-rus", "2024-10-prk-to-rus", "2024-10-prk-to-rus"]);
  });

  test("planned mentions make no event", () => {
    const { events, mentions } = buildEvents([m("antara", "planned", "RUS>PRK", "2024-12-01", "2024-12-31", "month", ["vladimir-putin"])], articles, context);
    expect(events).toEqual([]);
    expect(mentions.map((x) => x.event_id)).toEqual([""]);
  });

  test("ids and rows do not depend on the order of the articles", () => {
    const mentions = [
      m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", choe),
      m("tempo", "main", "PRK>RUS", "2024-10-28", "2024-11-03", "week", choe),
      m("later", "background", "PRK>RUS", "2024-10-01", "2024-10-31", "month", ["choe-son-hui"]),
      m("tempo", "main", "RUS>PRK", "2024-10-10", "2024-10-10", "day", ["sergey-shoigu"])
    ];
    const forward = buildEvents(mentions, articles, context);
    const backward = buildEvents([...mentions].reverse(), [...articles].reverse(), context);
    expect(backward.events).toEqual(forward.events);
    expect(backward.participants).toEqual(forward.participants);
    expect(new Map(backward.mentions.map((x) => [x.mention_id, x.event_id]))).toEqual(new Map(forward.mentions.map((x) => [x.mention_id, x.event_id])));
  });

  test("one row per sentence and event", () => {
    const a = m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", choe);
    const b = { ...m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", choe), char_start: a.char_start, char_end: a.char_end };
    const { mentions, events } = buildEvents([a, b], articles, context);
    expect(mentions.map((x) => x.mention_id)).toEqual([a.mention_id]);
    expect(events[0]!.n_mentions).toBe(1);
  });

  test("an undated sentence that reports one meeting twice is one row; one that reports two meetings keeps both", () => {
    const a = m("nodate", "main", "PRK>RUS", "", "", "", choe);
    const twice = { ...m("nodate", "main", "PRK>RUS", "", "", "", ["choe-son-hui"]), mention_id: "nodate-m99", event_type: "summit" as const, char_start: a.char_start, char_end: a.char_end };
    const other = { ...twice, mention_id: "nodate-m98", role: "background" as const };
    const undated = [...articles, { article_id: "nodate", outlet: "X", published: "" }];
    expect(buildEvents([a, twice], undated, context).mentions.map((x) => [x.mention_id, x.people])).toEqual([[a.mention_id, choe]]);
    expect(buildEvents([twice, a], undated, context).mentions.map((x) => x.people)).toEqual([choe]);
    expect(buildEvents([a, other], undated, context).mentions).toHaveLength(2);
  });

  test("one traveller's day-dated meetings a few days apart are one trip; a week and more apart, or another traveller's, are not", () => {
    const talks = m("tempo", "main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", ["choe-son-hui", "sergey-lavrov"], "moscow");
    const putin = m("later", "main", "PRK>RUS", "2024-11-04", "2024-11-04", "day", ["choe-son-hui", "vladimir-putin"], "kremlin");
    expect(buildEvents([talks, putin], articles, context).events.map((e) => [e.date_start, e.date_end, e.n_mentions])).toEqual([["2024-11-01", "2024-11-04", 2]]);
    const weekLater = { ...putin, date_start: "2024-11-09", date_end: "2024-11-09" };
    expect(buildEvents([talks, weekLater], articles, context).events).toHaveLength(2);
    // Putin is the host here, not a traveller: a host's meetings a few days apart are separate trips to him.
    const hostOnly = m("later", "main", "PRK>RUS", "2024-11-04", "2024-11-04", "day", ["vladimir-putin"], "kremlin");
    const other = m("tempo", "main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", ["vladimir-putin"], "moscow");
    expect(buildEvents([other, hostOnly], articles, context).events).toHaveLength(2);
  });

  test("a sentence's two reports of one event are one row with the people and the place of both", () => {
    const a = m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", ["choe-son-hui"]);
    const b = { ...m("antara", "main", "PRK>RUS", "2024-10-30", "2024-10-30", "day", ["sergey-lavrov"], "moscow"), char_start: a.char_start, char_end: a.char_end };
    const { mentions, participants } = buildEvents([a, b], articles, context);
    expect(mentions.map((x) => [x.mention_id, x.venue_id, x.people])).toEqual([[a.mention_id, "moscow", choe]]);
    expect(participants.map((p) => p.person_id).sort()).toEqual(choe);
  });

  test("no mentions, no events", () => {
    expect(buildEvents([], articles, context)).toEqual({ mentions: [], events: [], participants: [] });
  });

  test("an English and an Indonesian report of the same trip are one event with two outlets", () => {
    const en = articleMentions("yonhap", "en", "Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Wednesday.\nLavrov met North Korean Foreign Minister Choe Son Hui on Thursday.", "2023-10-19");
    const id = articleMentions("antara-lavrov", "id", "Menteri Luar Negeri Rusia Sergey Lavrov bertemu Menteri Luar Negeri Korea Utara Choe Son-hui di Pyongyang, Kamis (19/10).", "2023-10-20");
    const outlets = [
      { article_id: "yonhap", outlet: "Yonhap", published: "2023-10-19" },
      { article_id: "antara-lavrov", outlet: "ANTARA", published: "2023-10-20" }
    ];
    const { events } = buildEvents([...en, ...id], outlets, context);
    expect(events.map((e) => [e.event_id, e.host_country, e.guest_country, e.n_articles, e.n_outlets])).toEqual([["2023-10-rus-to-prk", "PRK", "RUS", 2, 2]]);
  });

  test("the two sides meeting in a third country make a CAMEO 044 event held there, both sides participants", () => {
    const third = [m("tempo", "main", ">CHN", "2025-09-03", "2025-09-03", "day", ["vladimir-putin", "kim-jong-un"], "beijing"), m("antara", "main", ">CHN", "2025-09-03", "2025-09-03", "day", ["kim-jong-un"], "beijing")];
    const { events, participants } = buildEvents(third, [...articles, { article_id: "x", outlet: "X", published: "2025-09-03" }], context);
    expect(events.map((e) => [e.event_id, e.cameo, e.host_country, e.guest_country, e.venue_id, e.title, e.n_outlets])).toEqual([
      ["2025-09-rus-prk-in-chn", "044", "CHN", "", "beijing", "Vladimir Putin and Kim Jong-un meet in Beijing", 2]
    ]);
    expect(participants.map((p) => [p.person_id, p.role])).toEqual([
      ["kim-jong-un", "participant"],
      ["vladimir-putin", "participant"]
    ]);
  });

  test("an undated mention of an article without a date joins no dated trip; an undated report of the news only a recent one", () => {
    const trips = [m("antara", "main", "PRK>RUS", "2023-09-12", "2023-09-13", "day", ["kim-jong-un", "vladimir-putin"])];
    const undated = [...articles, { article_id: "nodate", outlet: "X", published: "" }, { article_id: "years", outlet: "Y", published: "2025-06-01" }];
    const { mentions } = buildEvents([...trips, m("nodate", "main", "PRK>RUS", "", "", "", ["kim-jong-un"]), m("years", "main", "PRK>RUS", "", "", "", ["kim-jong-un"])], undated, context);
    expect(mentions.map((x) => x.event_id)).toEqual(["2023-09-prk-to-rus", "undated-nodate-prk-to-rus", "undated-years-prk-to-rus"]);
  });

  describe("trips only undated reports tell of", () => {
    const pages = [...articles, { article_id: "nodate", outlet: "X", published: "" }, { article_id: "other", outlet: "Y", published: "" }];

    test("an undated page's reports of its news are one trip with no date, and the people of every report take part", () => {
      const { events, participants, mentions } = buildEvents(
        [m("nodate", "main", "RUS>PRK", "", "", "", ["sergey-shoigu", "kim-jong-un"], "pyongyang"), m("nodate", "main", "RUS>PRK", "", "", "", ["sergey-shoigu", "pak-jong-chon"])],
        pages,
        context
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ event_id: "undated-nodate-rus-to-prk", date_start: "", date_end: "", date_precision: "", venue_id: "pyongyang", host_country: "PRK", guest_country: "RUS", n_mentions: 2, n_articles: 1, first_reported: "" });
      expect(participants.map((p) => [p.person_id, p.role])).toEqual([["kim-jong-un", "host"], ["pak-jong-chon", "host"], ["sergey-shoigu", "guest"]]);
      expect(new Set(mentions.map((x) => x.event_id))).toEqual(new Set(["undated-nodate-rus-to-prk"]));
    });

    test("a report naming nobody joins the trip its direction and role started, with its venue", () => {
      const { events, mentions } = buildEvents(
        [m("nodate", "main", "PRK>RUS", "", "", "", [], "moscow"), m("nodate", "main", "PRK>RUS", "", "", "", ["valentina-matviyenko"], "russia"), m("nodate", "background", "RUS>PRK", "", "", "", [])],
        pages,
        context
      );
      expect(events.map((e) => [e.event_id, e.venue_id, e.n_mentions])).toEqual([["undated-nodate-prk-to-rus", "moscow", 2]]);
      expect(mentions.map((x) => x.event_id)).toEqual(["undated-nodate-prk-to-rus", "undated-nodate-prk-to-rus", ""]);
    });

    test("a trip the page recalls is another trip; a report naming nobody starts none; one naming no direction joins the trip it shares a person with", () => {
      const { mentions, events } = buildEvents(
        [
          m("nodate", "main", "RUS>PRK", "", "", "", ["sergey-shoigu", "kim-jong-un"]),
          m("nodate", "background", "PRK>RUS", "", "", "", ["kim-jong-un", "vladimir-putin"]),
          m("nodate", "main", "PRK>RUS", "", "", "", []),
          m("nodate", "main", "", "", "", "", ["sergey-shoigu"]),
          m("nodate", "main", "", "", "", "", ["sergey-lavrov"])
        ],
        pages,
        context
      );
      expect(events.map((e) => e.event_id)).toEqual(["undated-nodate-prk-to-rus-earlier", "undated-nodate-rus-to-prk"]);
      expect(mentions.map((x) => x.event_id)).toEqual(["undated-nodate-rus-to-prk", "undated-nodate-prk-to-rus-earlier", "", "undated-nodate-rus-to-prk", ""]);
    });

    test("two undated pages' reports stay two trips: nothing tells one trip from two", () => {
      const { events } = buildEvents([m("nodate", "main", "RUS>PRK", "", "", "", ["sergey-shoigu"]), m("other", "main", "RUS>PRK", "", "", "", ["sergey-shoigu"])], pages, context);
      expect(events.map((e) => e.event_id)).toEqual(["undated-nodate-rus-to-prk", "undated-other-rus-to-prk"]);
    });

    test("on an undated page whose text dates the news, an undated report of the news joins that trip", () => {
      const { events, mentions } = buildEvents(
        [m("nodate", "main", "PRK>RUS", "2023-09-13", "2023-09-13", "day", ["kim-jong-un", "vladimir-putin"], "vostochny-cosmodrome"), m("nodate", "main", "PRK>RUS", "", "", "", ["kim-jong-un", "denis-manturov"], "komsomolsk-on-amur")],
        pages,
        context
      );
      expect(events.map((e) => e.event_id)).toEqual(["2023-09-prk-to-rus"]);
      expect(mentions.map((x) => x.event_id)).toEqual(["2023-09-prk-to-rus", "2023-09-prk-to-rus"]);
    });

    test("when the page's dated reports of its news went to two trips, its undated one joins neither", () => {
      const { mentions } = buildEvents(
        [
          m("nodate", "main", "RUS>PRK", "2000-02-09", "2000-02-09", "day", ["igor-ivanov", "kim-jong-il"]),
          m("nodate", "main", "RUS>PRK", "2023-07-01", "2023-07-31", "month", ["sergey-shoigu", "kim-jong-un"]),
          m("nodate", "main", "RUS>PRK", "", "", "", ["sergey-shoigu", "kim-jong-un"])
        ],
        pages,
        context
      );
      expect(mentions.map((x) => x.event_id)).toEqual(["2000-02-rus-to-prk", "2023-07-rus-to-prk", "undated-nodate-rus-to-prk"]);
    });
  });

  test("a head of state travelling makes a summit; the level is the highest present", () => {
    const { events } = buildEvents([m("antara", "main", "RUS>PRK", "2024-06-18", "2024-06-19", "day", ["vladimir-putin", "kim-jong-un"], "pyongyang")], articles, context);
    expect(events.map((e) => [e.event_type, e.level, e.title])).toEqual([["summit", "head", "Vladimir Putin visits Pyongyang"]]);
  });
  test("a head of state's trip dated only to its year or month is never a minister's trip of that year ('who met Putin in Pyongyang last year')", () => {
    const { events, participants } = buildEvents(
      [
        m("tempo", "main", "RUS>PRK", "2024-09-13", "2024-09-13", "day", ["kim-jong-un", "sergey-shoigu"], "pyongyang"),
        m("tempo", "background", "RUS>PRK", "2024-01-01", "2024-12-31", "year", ["kim-jong-un", "vladimir-putin"], "pyongyang"),
        // A minister named alone joins the trip of the month as before.
        m("tempo-2", "background", "RUS>PRK", "2024-09-01", "2024-09-30", "month", ["sergey-shoigu"], "pyongyang")
      ],
      articles,
      context
    );
    expect(events).toHaveLength(2);
    const shoiguTrip = events.find((e) => e.date_start === "2024-09-13")!;
    expect(participants.filter((p) => p.event_id === shoiguTrip.event_id).map((p) => p.person_id)).toEqual(["kim-jong-un", "sergey-shoigu"]);
    expect(shoiguTrip.n_mentions).toBe(2);
  });
  test("a month-dated trip whose travellers are none of a day-dated trip's is another trip ('No Kwang Chol came to Moscow earlier this month')", () => {
    const { events, participants } = buildEvents(
      [
        m("tempo", "main", "PRK>RUS", "2024-11-01", "2024-11-01", "day", ["choe-son-hui", "sergey-lavrov"], "moscow"),
        m("tempo-2", "background", "PRK>RUS", "2024-11-01", "2024-11-30", "month", ["no-kwang-chol", "andrei-belousov"], "moscow"),
        // A traveller of the trip named alone, to the month, is still that trip.
        m("antara", "background", "PRK>RUS", "2024-11-01", "2024-11-30", "month", ["choe-son-hui"], "moscow")
      ],
      articles,
      context
    );
    expect(events).toHaveLength(2);
    const choeTrip = events.find((e) => e.date_start === "2024-11-01" && e.date_precision === "day")!;
    expect(participants.filter((p) => p.event_id === choeTrip.event_id).map((p) => p.person_id)).toEqual(["choe-son-hui", "sergey-lavrov"]);
    expect(choeTrip.n_mentions).toBe(2);
  });
});
