// Shapes of the fourth held-out round of real English pages (2000–2025): pages with no date whose news the timeline
// dates, a dateline pushed down by photo credits, a government speaking after a meeting noun, a journey's purpose, a
// sentence broken across lines, a delegation named after its leader, a blog's date line, and who chaired a session.
// The sentences are written for the tests, not taken from the pages; each test fails without the rule it names, or
// guards what the rule must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";
import { pageInput, resources } from "../../helpers/pipeline-page.ts";

const en = packs.get("en");

/** One English article, dated `published` by the source log ("" for none). */
const page = (text: string, published = "") => pageInput(text, "en", published);
const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.venue_id]);

describe("an undated page whose people met at the named place in several known meetings", () => {
  const kim = "Kim Jong Un received Russian Foreign Minister Sergey Lavrov in Pyongyang on Thursday.";
  const ri = "Lavrov also held talks with North Korean Foreign Minister Ri Yong Ho during his stay in Pyongyang.";

  it("takes the meeting most of its reports fit: Lavrov with Ri Yong Ho and Kim is the visit of May 2018", () => {
    const r = runPipeline(page(`${kim}\n${ri}\n`), resources);
    expect(dated(r)).toEqual([
      ["main", "2018-05-31", "pyongyang"],
      ["main", "2018-05-31", "pyongyang"]
    ]);
  });

  it("leaves the news undated when its reports fit two meetings as well (Lavrov and Kim in Pyongyang: 2018 and 2023)", () => {
    const r = runPipeline(page(`${kim}\n`), resources);
    expect(dated(r)).toEqual([["main", "", "pyongyang"]]);
  });
});

describe("a dateline in capitals below a page's furniture", () => {
  const furniture = ["Kim and Medvedev talk energy", "Kim Medvedev", "(photo credit: AGENCY)", "Kim Medvedev", "(photo credit: AGENCY)"];
  const lead = "ULAN-UDE, Russia - North Korean leader Kim Jong-il and Russian President Dmitry Medvedev held talks at an army base on Wednesday.";

  it("is where the news happened, though photo credits pushed it below the lead's first sentences", () => {
    const found = mentionsOf([...furniture, lead].join("\n"), "2011-08-25", en);
    expect(found.filter((m) => m.role === "main").map((m) => m.venue_id)).toContain("ulan-ude");
  });

  it("a place in capitals that opens no dateline (no comma or dash after it) is no venue", () => {
    const found = mentionsOf([...furniture, lead.replace("ULAN-UDE, Russia - ", "ULAN-UDE ")].join("\n"), "2011-08-25", en);
    expect(found.map((m) => m.venue_id)).not.toContain("ulan-ude");
  });
});

describe("a government speaking right after a meeting noun", () => {
  it("'… for talks the Kremlin said would cover energy' does not put the talks in the Kremlin", () => {
    const found = mentionsOf("Kim Jong-il and Dmitry Medvedev met at an army base on Wednesday for talks the Kremlin said would cover energy.", "2011-08-25", en);
    expect(found.map((m) => m.venue_id)).not.toContain("kremlin");
  });

  it("'talks at the Kremlin' still does", () => {
    const found = mentionsOf("Vladimir Putin held talks at the Kremlin with Choe Son Hui on Monday.", "2024-11-05", en);
    expect(found[0]!.venue_id).toBe("kremlin");
  });
});

describe("a journey's purpose with its length and kind", () => {
  it("'is due to travel on to Vietnam for a three-day state visit' is a plan elsewhere, not more of the news", () => {
    const text = ["Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Thursday for talks with Choe Son Hui.", "Lavrov is due to travel on to Vietnam for a three-day state visit, his ministry said."].join("\n");
    const found = mentionsOf(text, "2024-06-21", en);
    expect(found.filter((m) => m.role === "main" && m.evidence.includes("Vietnam"))).toEqual([]);
  });
});

describe("a sentence a page broke across lines", () => {
  it("'met with … in Pyongyang.' opening a line in lower case has the person named just before as its subject", () => {
    const text = ["State Duma Speaker Vyacheslav Volodin", "who heads the lower house since 2016", "met with North Korean leader Kim Jong Un in Pyongyang."].join("\n");
    const found = mentionsOf(text, "2025-08-15", en);
    expect(found.map((m) => m.people.slice().sort())).toEqual([["kim-jong-un", "vyacheslav-volodin"]]);
  });

  it("a sentence that opens with a capitalised verb adds no one", () => {
    const text = ["State Duma Speaker Vyacheslav Volodin spoke.", "Met with North Korean leader Kim Jong Un in Pyongyang, the delegation toured a factory."].join("\n");
    expect(mentionsOf(text, "2025-08-15", en).every((m) => !m.people.includes("vyacheslav-volodin"))).toBe(true);
  });
});

describe("a long title naming a country before the person", () => {
  it("'received by Chairman of State Affairs of the X Kim Jong Un in Pyongyang': the title is no word between verb and place", () => {
    // (Below the lead, whose places would otherwise say where the news happened.)
    const lead = ["Duma speaker visits the North", "The parliament's delegation arrived for the holiday.", "The visit marks eighty years since liberation.", "Speeches were made.", "Flowers were laid."];
    const text = [...lead, "Vyacheslav Volodin was received by Chairman of State Affairs of the Democratic People's Republic of Korea Kim Jong Un in Pyongyang on Thursday."].join("\n");
    expect(mentionsOf(text, "2025-08-15", en).at(-1)!.venue_id).toBe("pyongyang");
  });

  it("a clause of its own between them still keeps the place out ('… as North Korea's troops train in Kursk')", () => {
    const text = "Vyacheslav Volodin met Kim Jong Un on Thursday as North Korea's troops train in Kursk.";
    expect(mentionsOf(text, "2025-08-15", en)[0]!.venue_id).not.toBe("kursk");
  });
});

describe("a delegation named after its leader", () => {
  it("'Kim Jong Il met Pulikovski … and his delegation' is the Russian envoy's trip to North Korea", () => {
    const found = mentionsOf("Kim Jong Il met with Konstantin Pulikovski, the Russian presidential envoy, and his delegation on Friday.", "2005-08-16", en);
    expect(found.map((m) => [m.people.slice().sort().join("+"), m.host_country, m.guest_country])).toEqual([["kim-jong-il+konstantin-pulikovsky", "PRK", "RUS"]]);
  });

  it("without a delegation the meeting has no direction to take", () => {
    const found = mentionsOf("Kim Jong Il met with Konstantin Pulikovski, the Russian presidential envoy, on Friday.", "2005-08-16", en);
    expect(found.map((m) => [m.host_country, m.guest_country])).toEqual([["", ""]]);
  });
});

describe("a blog's date line", () => {
  const text = ["Monday, 10 March 2025", "", "Shoigu holds talks with Kim in Pyongyang", "", "Security Council Secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Friday."].join("\n");

  it("dates the page, not its news: the headline's talks are the Friday's", () => {
    const found = mentionsOf(text, "2025-03-10", en);
    expect(found.map((m) => m.date_start)).toEqual(["2025-03-07", "2025-03-07"]);
  });
});

describe("who chaired a session", () => {
  it("'The session was co-chaired by Kozlov and Yun Jong Ho' names the meeting's participants", () => {
    const text = ["The tenth session of the intergovernmental commission was held in Pyongyang on Thursday.", "The session was co-chaired by Alexander Kozlov and Yun Jong Ho."].join("\n");
    const found = mentionsOf(text, "2023-11-16", en);
    expect(found[0]!.people.slice().sort()).toEqual(["alexander-kozlov", "yun-jong-ho"]);
  });
});
