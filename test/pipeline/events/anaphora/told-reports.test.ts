// The index of reports told so far (events/anaphora/told-reports.ts) answers what findReferent (referent.ts) used to find by
// searching or filtering every earlier report for each anaphor: the same answers, in time linear in the article.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../../src/io/read.ts";
import { cityId } from "../../../../src/pipeline/events/anaphora/anaphor-venue.ts";
import type { Group, Resolved } from "../../../../src/pipeline/events/mention-types.ts";
import { involvesBothSides } from "../../../../src/pipeline/events/sides.ts";
import { ToldReports } from "../../../../src/pipeline/events/anaphora/told-reports.ts";
import { runPipeline } from "../../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "..", "data"));
const people = new Map(resources.gazetteer.people.map((p) => [p.person_id, p]));
const places = new Map(resources.gazetteer.places.map((p) => [p.place_id, p]));
const sides = ["RUS", "PRK"] as const;

/** A small deterministic generator (a linear congruential one), so a failure can be replayed. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** `n` reports of varied kinds: planned or held triggers, anaphors, cargo, people of either side or others, venues. */
function reports(n: number, seed: number): Resolved[] {
  const next = numbers(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const cast = ["vladimir-putin", "kim-jong-un", "sergey-lavrov", "choe-son-hui"].filter((id) => people.has(id));
  const foreign = resources.gazetteer.people.find((p) => p.country !== "RUS" && p.country !== "PRK" && p.country !== "")!.person_id;
  const venues = ["beijing", "pyongyang", "moscow", "vladivostok", "vostochny-cosmodrome", "kremlin"].map((id) => places.get(id)).filter((p) => p !== undefined);
  const out: Resolved[] = [];
  for (let i = 0; i < n; i++) {
    // (Some told in reported speech only: an earlier meeting someone spoke of, no referent for narration.)
    const spoken = next() < 0.2;
    const trigger = (role: string) => ({ trigger: { role, event_type: pick(["visit", "arrival", "meeting", "talks"]) }, spoken });
    const hits = Array.from({ length: 1 + Math.floor(next() * 2) }, () => trigger(next() < 0.25 ? "planned" : "main"));
    const named = new Set<string>();
    for (const id of [...cast, foreign]) if (next() < 0.3) named.add(id);
    const group = { hits, anaphoric: next() < 0.3, sentence: { sentence_id: `s${i}` } } as unknown as Group;
    const guest = pick(["", "", "RUS", "PRK", "CHN"]);
    out.push({ group, role: next() < 0.5 ? "background" : "main", date: null, host: pick(["", "RUS", "PRK"]), guest, venue: next() < 0.6 ? pick(venues) : null, people: named });
  }
  return out;
}

/** What findReferent searched for before the index, by walking or filtering `told` (the reports told so far). */
const planOnly = (r: Resolved) => r.group.hits.every((h) => h.trigger.role === "planned");
const cargo = (r: Resolved) => r.people.size === 0 && r.group.hits.every((h) => ["visit", "arrival", "departure"].includes(h.trigger.event_type));
const both = (r: Resolved) => involvesBothSides(r, people, sides);
const speechOnly = (r: Resolved) => r.role === "background" && r.group.hits.every((h) => h.spoken === true);
const lastWhere = (told: readonly Resolved[], test: (r: Resolved) => boolean) => [...told].reverse().find((r) => !planOnly(r) && test(r));

describe("the reports told so far, indexed (told-reports.ts)", () => {
  it("gives, after every report of a long article, the answers a search of all earlier reports gives", () => {
    const all = reports(800, 7);
    const told: Resolved[] = [];
    const index = new ToldReports(told, people, sides, places);
    let summits = 0;
    let inCity = 0;
    for (const r of all) {
      told.push(r);
      // Asked after some reports only, as anaphors come: the index catches up on those in between.
      if (told.length % 3 === 0) continue;
      const summit = lastWhere(told, (x) => x.group.hits[0]!.trigger.role !== "planned" && sides.every((side) => [...x.people].some((p) => people.get(p)?.country === side && people.get(p)?.level === "head")));
      expect(index.latestSummit()).toBe(summit);
      if (summit !== undefined) summits++;
      for (const narration of [false, true]) {
        for (const bothSides of [false, true])
          for (const cargoToo of [false, true]) {
            const fits = (x: Resolved) => !x.group.anaphoric && (!bothSides || both(x)) && (cargoToo || !cargo(x)) && !(narration && speechOnly(x));
            expect(index.latestHeld({ bothSides, cargo: cargoToo, narration })).toBe(lastWhere(told, fits));
          }
        const candidates = [...told].reverse().filter((x) => !planOnly(x) && !x.group.anaphoric && both(x) && !(narration && speechOnly(x)));
        for (const city of ["beijing", "pyongyang", "moscow", "vladivostok"]) {
          const found = candidates.find((x) => x.venue !== null && cityId(x.venue, places) === city);
          expect(index.latestBothSidesIn(city, narration)).toBe(found);
          if (found !== undefined) inCity++;
        }
      }
      expect(index.positionOf(r)).toBe(told.length - 1);
    }
    // (The generated reports do reach every kind asked about.)
    expect(summits).toBeGreaterThan(0);
    expect(inCity).toBeGreaterThan(0);
  });

  it("a long article repeating a story still sends each 'meeting in Beijing' to the report in Beijing", () => {
    const story =
      "Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday.\n" +
      "Kim had arrived in Beijing by train on Tuesday with his daughter.\n" +
      "In June last year, Putin came to Pyongyang and met Kim.\n" +
      "The meeting in Beijing lasted two hours, officials said.\n";
    const page = (text: string): IngestInput => ({
      sourcesCsv: { file: "sources.csv", text: "article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,en,2025-09-04,,\n" },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
    });
    const rows = (text: string) =>
      runPipeline(page(text), resources)
        .mentions.filter((m) => m.evidence.startsWith("The meeting in Beijing"))
        .map((m) => [m.role, m.date_start, m.venue_id]);
    const once = rows(story);
    expect(once).toEqual([["main", "2025-09-03", "beijing"]]);
    const times = 300;
    expect(rows(story.repeat(times))).toEqual(Array.from({ length: times }, () => once[0]));
  });
});
