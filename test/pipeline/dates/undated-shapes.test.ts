// Dates of pages with no publication date, found by the undated probe of 2026-12-02
// (test/fixtures/probe-undated-2026-12-02): each test fails without the rule it names, or guards what the fix must
// leave alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

/** One article the source log gives no date, in `language`. */
const page = (text: string, language = "en"): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},,,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const anchorFinding = (r: PipelineResult) => r.findings.find((f) => f.code === "date-anchor")?.message;
const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.date_end]);

describe("a day the text of an undated page states", () => {
  const lavrov =
    "North Korean leader Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Wonsan on Saturday.\nKim and Vladimir Putin had met at the Vostochny Cosmodrome on September 13, 2023.\n";

  it("dates nothing when it dates only an earlier meeting: the news is dated from the timeline instead", () => {
    const r = runPipeline(page(lavrov), resources);
    expect(anchorFinding(r)).toMatch(/gives no date of its own/);
    expect(dated(r)).toEqual([
      ["main", "2025-07-12", "2025-07-12"],
      ["background", "2023-09-13", "2023-09-13"]
    ]);
  });

  it("still dates the page when it is the news's own day", () => {
    const r = runPipeline(page(lavrov.replace("on Saturday", "on July 12, 2025")), resources);
    expect(anchorFinding(r)).toMatch(/the date stated in the text "July 12, 2025"/);
    expect(dated(r)[0]).toEqual(["main", "2025-07-12", "2025-07-12"]);
  });
});

describe("a weekday in an undated page dated from the timeline", () => {
  it("names no one day of a stay longer than a week: the news keeps the stay's days", () => {
    const r = runPipeline(page("North Korean leader Kim Jong Il and Russian President Vladimir Putin signed a joint declaration in the Kremlin on Saturday.\n"), resources);
    expect(dated(r)).toEqual([["main", "2001-07-26", "2001-08-18"]]);
  });

  it("is the day it names in a stay of a few days", () => {
    const r = runPipeline(page("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang on Wednesday.\n"), resources);
    expect(dated(r)).toEqual([["main", "2024-06-19", "2024-06-19"]]);
  });

  it("counts back from the stay's last day, as a report written after it does ('…, Rabu.' in a stay that opened on a Saturday)", () => {
    const text = "Pemimpin Korea Utara Kim Jong Il bertemu Presiden Rusia Dmitry Medvedev di pangkalan militer Sosnovy Bor dekat Ulan-Ude, Rabu.\n";
    expect(dated(runPipeline(page(text, "id"), resources))).toEqual([["main", "2011-08-24", "2011-08-24"]]);
  });
});

describe("an undated page whose people and place fit several known meetings", () => {
  const choe = "Presiden Rusia Vladimir Putin menerima Menteri Luar Negeri Korea Utara Choe Son Hui di Kremlin, Moskow, pada Senin.\nChoe tiba di Moskow pada Minggu (26/10).\n";

  it("takes the one whose days hold the day and month it states without a year, its weekday agreeing", () => {
    const r = runPipeline(page(choe, "id"), resources);
    expect(dated(r)[0]).toEqual(["main", "2025-10-27", "2025-10-27"]);
    expect(r.findings.find((f) => f.code === "known-date")?.message).toMatch(/2025-10-26…2025-10-28/);
  });

  it("stays undated when no such day decides, or the weekday disagrees", () => {
    expect(dated(runPipeline(page(choe.replace(" pada Minggu (26/10)", ""), "id"), resources))[0]).toEqual(["main", "", ""]);
    expect(dated(runPipeline(page(choe.replace("Minggu (26/10)", "Sabtu (26/10)"), "id"), resources))[0]).toEqual(["main", "", ""]);
  });
});

describe("a date line between the headline and the byline", () => {
  it("is no headline: it dates the page, and the line above it is the title", () => {
    const text = "News\nPutin dan Kim Jong Un Bertemu di Beijing\nDiterbitkan 3 Sep 2025, 21:40 WIB\nPenulis: Redaksi\nJakarta - Presiden Rusia Vladimir Putin menggelar pembicaraan dengan pemimpin Korea Utara Kim Jong Un di Beijing pada Rabu.\n";
    const r = runPipeline(page(text, "id"), resources);
    expect(anchorFinding(r)).toMatch(/date line "Diterbitkan 3 Sep 2025, 21:40 WIB" \(2025-09-03\)/);
    expect(r.findings.filter((f) => f.code === "metadata").map((f) => f.message)).toContain('title "Putin dan Kim Jong Un Bertemu di Beijing" (headline)');
  });
});

describe("an earlier meeting an undated page recalls by a month without its year", () => {
  // The page's news is dated from the timeline (its places name Pyongyang more often than any other); its recalled
  // meeting is read against the news's month, as a dated page's is. Without it, the recollection stayed undated
  // (and counted as news).
  const recalled = (recall: string) =>
    runPipeline(page(`Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang on Wednesday.\nKim had greeted Putin at Pyongyang's airport.\n${recall}\n`), resources);

  it("is an earlier meeting in the September before the news (here the timeline's Vostochny row dates it)", () => {
    const r = recalled("Kim said he was glad to meet Putin again in Pyongyang some nine months after their meeting at the Vostochny Cosmodrome in September.");
    const [role, start, end] = dated(r)[2]!;
    expect([role, start?.slice(0, 7), end?.slice(0, 7)]).toEqual(["background", "2023-09", "2023-09"]);
  });

  it("takes the month before the news's month", () => {
    // (The report names no marker of an earlier meeting: "Keduanya terakhir bertemu …" was this test's sentence until
    // 'terakhir' right before the verb became one, as 'sebelumnya' was; such a report is dated by its own row, below.)
    const r = runPipeline(
      page(
        "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani perjanjian di Pyongyang pada Rabu.\nKim menyambut Putin di bandara Pyongyang.\nKeduanya bertemu di Kosmodrom Vostochny pada September.\n",
        "id"
      ),
      resources
    );
    expect(dated(r).slice(2)).toEqual([["background", "2023-09-01", "2023-09-30"]]);
  });

  it("takes the days of its own row of the timeline when the report marks itself earlier ('terakhir', 'sebelumnya')", () => {
    for (const marker of ["terakhir", "sebelumnya"]) {
      const r = runPipeline(
        page(
          `Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani perjanjian di Pyongyang pada Rabu.\nKim menyambut Putin di bandara Pyongyang.\nKeduanya ${marker} bertemu di Kosmodrom Vostochny pada September.\n`,
          "id"
        ),
        resources
      );
      expect(dated(r).slice(2)).toEqual([["background", "2023-09-12", "2023-09-17"]]);
    }
  });

  it("leaves a relative date unread: the day of writing is still unknown", () => {
    const r = recalled("Kim told Putin he was glad to see him again after their talks in the Kremlin last week.");
    expect(dated(r).slice(1)).not.toContainEqual(expect.arrayContaining(["background", expect.stringMatching(/^2024-06/)]));
  });
});

describe("a report an undated page dates by its own words, once the news is dated from the timeline", () => {
  const news = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang on Wednesday.\nKim greeted Putin at Pyongyang's airport.\n";

  it("is no meeting when a page of the news's month reads none in it (a multilateral forum years before)", () => {
    const r = runPipeline(page(`${news}The island hosted the leaders' meeting of the Asia-Pacific Economic Cooperation forum in 2012.\n`), resources);
    expect(r.mentions.map((m) => m.date_start.slice(0, 4))).toEqual(["2024", "2024"]);
    expect(r.events.map((e) => e.event_id)).toEqual(["2024-06-rus-to-prk"]);
  });

  it("is an earlier meeting when it names the two sides", () => {
    const r = runPipeline(page(`${news}Kim and Putin held talks in Vladivostok in April 2019.\n`), resources);
    expect(dated(r).slice(2)).toEqual([["background", "2019-04-01", "2019-04-30"]]);
  });
});

describe("another story's headline with its date in an undated page (related links, an image's credit)", () => {
  const lead = "Russian Foreign Minister Sergei Lavrov and North Korean Foreign Minister Choe Son Hui held talks in Moscow on March 3, the ministry said.\n";
  const link = "Lavrov Welcomes North Korean Delegation To Moscow For Consultations – Example News Agency, 12.11.2021\n";

  it("dates nothing: the credit's date is that story's", () => {
    const r = runPipeline(page(lead + link), resources);
    expect(anchorFinding(r)).toMatch(/gives no date of its own/);
  });

  it("still dates the page from a day a sentence of the story states", () => {
    const r = runPipeline(page(lead.replace("March 3,", "March 3, 2025,") + link), resources);
    expect(anchorFinding(r)).toMatch(/the date stated in the text "March 3, 2025"/);
  });

  it("still takes such a line's date before the story begins (a headline and its date line)", () => {
    const r = runPipeline(page("Lavrov And Choe Hold Talks On Regional Security Issues – Example News, 04.03.2025\n" + lead), resources);
    expect(anchorFinding(r)).not.toMatch(/gives no date of its own/);
  });
});

describe("another story's headline over its date line in an undated page (related links)", () => {
  const lead = "Russian Foreign Minister Sergei Lavrov and North Korean Foreign Minister Choe Son Hui held talks in Moscow on March 3, the ministry said.\n";

  it("dates nothing: the date line under the headline is that story's", () => {
    const r = runPipeline(page(lead + "Lavrov Welcomes North Korean Delegation To Moscow For Consultations\n12 November 2021, 10:15 GMT\n"), resources);
    expect(anchorFinding(r)).toMatch(/gives no date of its own/);
  });

  it("still takes a date line under the page's own headline, before the story begins", () => {
    const r = runPipeline(page("Lavrov And Choe Hold Talks On Regional Security Issues\nMarch 4, 2025, 10:15 GMT\n" + lead), resources);
    expect(anchorFinding(r)).not.toMatch(/gives no date of its own/);
  });
});

describe("a line of page furniture ending in a stop above the headline", () => {
  it("begins no story: the date line under the headline still dates the page", () => {
    const text =
      "Go to the menu. Search.\nRussian and North Korean Envoys Hold Talks in Moscow\n12 September 2023, 10:15 GMT\nRussian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Moscow on Tuesday.\n";
    const r = runPipeline(page(text), resources);
    expect(anchorFinding(r)).toMatch(/12 September 2023, 10:15 GMT/);
  });
});
