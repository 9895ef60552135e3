// A second relationship, with no code change: test/fixtures/second-pair is a data folder following China and North
// Korea (its own relationship.csv, a small gazetteer and timeline of known meetings, three articles); the project's
// language packs and other lexicons are copied in at run time. The pipeline must find China–North Korea trips there,
// and none with the project's own pair.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extract, type Outputs } from "../../src/io/outputs.ts";
import { parseCsv } from "../../src/pipeline/csv.ts";
import { root } from "../helpers/project-copy.ts";

/** The fixture in a temporary data folder, with the project's data/lang and data/lexicon. */
async function dataFolder(relationship: "fixture" | "project"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "second-pair-"));
  await cp(join(root, "test", "fixtures", "second-pair"), dir, { recursive: true });
  await cp(join(root, "data", "lang"), join(dir, "lang"), { recursive: true });
  await cp(join(root, "data", "lexicon"), join(dir, "lexicon"), { recursive: true });
  // The timeline of known meetings is the pair's own, as its gazetteer is.
  await cp(join(root, "test", "fixtures", "second-pair", "lexicon"), join(dir, "lexicon"), { recursive: true });
  if (relationship === "project") await cp(join(root, "data", "relationship.csv"), join(dir, "relationship.csv"));
  return dir;
}

/** A published table's rows, as the CSV file holds them. */
function table(out: Outputs, name: string): Array<Record<string, string>> {
  return parseCsv(out.files.get(name) ?? "", name).rows.map((r) => r.values);
}

describe("a second pair of countries, from data alone (China–North Korea)", () => {
  let out: Outputs;
  beforeAll(async () => {
    out = await extract(await dataFolder("fixture"), undefined, { workers: 0, views: false });
  }, 60_000);

  test("Xi's visit to Pyongyang (two articles, two languages) and Choe's to Beijing are the events, in each direction", () => {
    const brief = out.result.events.map((e) => [e.event_id, e.guest_country, e.host_country, e.date_start, e.date_end, e.date_precision, e.venue_id, e.n_articles]);
    expect(brief).toEqual([
      ["2019-06-chn-to-prk", "CHN", "PRK", "2019-06-20", "2019-06-21", "day", "pyongyang", 2],
      ["2025-09-prk-to-chn", "PRK", "CHN", "2025-09-27", "2025-09-29", "day", "beijing", 1]
    ]);
    const roles = out.result.eventParticipants.map((p) => [p.event_id, p.person_id, p.role]);
    expect(roles).toEqual([
      ["2019-06-chn-to-prk", "kim-jong-un", "host"],
      ["2019-06-chn-to-prk", "xi-jinping", "guest"],
      ["2025-09-prk-to-chn", "choe-son-hui", "guest"],
      ["2025-09-prk-to-chn", "wang-yi", "host"]
    ]);
  });

  test("the quotations have their speakers and the trip they were said during", () => {
    const quotes = out.result.quotes.map((q) => [q.article_id, q.speaker_id, q.event_id]);
    expect(quotes).toContainEqual(["antara-2019-06-xi-pyongyang", "xi-jinping", "2019-06-chn-to-prk"]);
    expect(quotes).toContainEqual(["antara-2025-09-choe-beijing", "choe-son-hui", "2025-09-prk-to-chn"]);
    expect(quotes).toContainEqual(["reuters-2019-06-21-xi-pyongyang", "xi-jinping", "2019-06-chn-to-prk"]);
  });

  test("the published tables hold those rows", () => {
    const events = table(out, "events.csv").map((e) => [e.event_id, e.guest_country, e.host_country, e.date_start, e.date_end, e.venue_id, e.title]);
    expect(events).toEqual([
      ["2019-06-chn-to-prk", "CHN", "PRK", "2019-06-20", "2019-06-21", "pyongyang", "Xi Jinping visits Pyongyang"],
      ["2025-09-prk-to-chn", "PRK", "CHN", "2025-09-27", "2025-09-29", "beijing", "Choe Son-hui visits Beijing"]
    ]);
    const participants = table(out, "event_participants.csv").map((p) => `${p.event_id} ${p.person_id} ${p.role}`);
    expect(participants).toEqual([
      "2019-06-chn-to-prk kim-jong-un host",
      "2019-06-chn-to-prk xi-jinping guest",
      "2025-09-prk-to-chn choe-son-hui guest",
      "2025-09-prk-to-chn wang-yi host"
    ]);
    const quotes = table(out, "quotes.csv");
    const choe = quotes.find((q) => q.speaker_id === "choe-son-hui");
    expect(choe?.event_id).toBe("2025-09-prk-to-chn");
    expect(choe?.text).toMatch(/^Korea Utara akan terus memperkuat persahabatan tradisional dengan China/);
    expect(quotes.filter((q) => q.speaker_id === "xi-jinping" && q.event_id === "2019-06-chn-to-prk")).toHaveLength(2);
  });

  test("with the project's own pair (Russia–North Korea) the same articles report no event: the pair decides", async () => {
    const other = await extract(await dataFolder("project"), undefined, { workers: 0, views: false });
    expect(other.result.events).toEqual([]);
    expect(other.result.mentions).toEqual([]);
    expect(table(other, "events.csv")).toEqual([]);
    // The quotations are still found; they just belong to no trip of the followed pair.
    expect(other.result.quotes.length).toBe(out.result.quotes.length);
    expect(other.result.quotes.every((q) => q.event_id === "")).toBe(true);
  }, 60_000);
});
