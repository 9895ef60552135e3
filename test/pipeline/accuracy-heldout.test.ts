// Real articles gathered as held-out sets (test/fixtures/heldout/<set>: each README gives where they came from, and
// the figures of their first run, before any rule was changed for them). Once scored, a set is no longer unseen: it
// stays here as a regression set, so that what a later change breaks on real pages shows up in CI. The figures
// that say how the extractor does on articles nobody tuned it to are each set's first run, in its README.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../src/io/read.ts";
import { scoreSetDir } from "../../src/io/score-set.ts";
import { parseFirstRuns } from "../../src/pipeline/first-runs.ts";
import { summaryLine } from "../../src/pipeline/score-devset.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const HELDOUT = join(ROOT, "test", "fixtures", "heldout");
const resources = await loadResources(join(ROOT, "data"));
/** Each set's language, from its record (first-runs.csv), the one place it is written. */
const languageOf = new Map(parseFirstRuns(await readFile(join(HELDOUT, "first-runs.csv"), "utf8"), "first-runs.csv").map((run) => [run.set, run.language]));

/** Floors a little under what was measured after the set's round of fixes (README): the pipeline is deterministic,
 * so a drop below one is a regression on real text, not noise. */
const floors: Record<string, { eventsR: number; eventsP: number; quotesR: number | null; speaker: number | null; plannedAsHappened?: number }> = {
  // Measured when added, after their rounds (2026-12-03): en events R 0.94 P 0.96; id R 0.91 P 0.86; idb R 0.71 P 0.92;
  // quotes R 1.00 and speakers 1.00 in all three. After branch causes: id R 1.00 P 0.91 (a title and name apposed by a
  // comma before the venue); idb R 0.86 P 0.96 (a title's domain gives its country: 'Deputi Keuangan Sergei Storchak').
  "2026-12-03-en": { eventsR: 0.9, eventsP: 0.9, quotesR: 0.95, speaker: 0.95 },
  "2026-12-03-id": { eventsR: 0.95, eventsP: 0.86, quotesR: 0.95, speaker: 0.95 },
  "2026-12-03-idb": { eventsR: 0.81, eventsP: 0.91, quotesR: 0.95, speaker: 0.95 },
  // The second round (from the first round's fixes): enb events R 0.81 P 0.95; idc R 0.92 P 1.00; quotes 1.00 / 1.00.
  "2026-12-03-enb": { eventsR: 0.75, eventsP: 0.9, quotesR: 0.95, speaker: 0.95 },
  "2026-12-03-idc": { eventsR: 0.85, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // The third round (2026-12-03-idd, after its fixes): events R 1.00 P 1.00; quotes R 1.00 P 0.93, speaker 1.00.
  "2026-12-03-idd": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // The third round: enc events R 1.00 P 1.00, quotes 1.00 / 1.00 / 1.00 after its fixes (first run R 0.89 P 0.97).
  "2026-12-03-enc": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // Less common shapes (timeline, live blog, analysis, wire briefs, commission and governor's delegations, older
  // years), after their round: mixid events R 1.00 P 1.00, quotes 1.00 / 1.00; mixen events R 1.00 P 1.00, quotes
  // R 1.00 speaker 1.00.
  "2026-12-03-mixen": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  "2026-12-03-mixid": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // 2026-12-03-end (integrate at 143aad8, after its fixes): events R 1.00 P 0.93; quotes R 1.00 P 1.00, speaker 0.88
  // (two short spans the gold gives Kim and Putin, read as labels by the project's rule for "calling him a …").
  "2026-12-03-end": { eventsR: 0.95, eventsP: 0.88, quotesR: 0.95, speaker: 0.83 },
  // The fourth Indonesian round (2026-12-03-ide, after its fixes): events R 0.88 P 0.96; quotes R 1.00 P 1.00, speaker
  // 1.00 (first run R 0.75 P 0.94, speaker 0.90).
  "2026-12-03-ide": { eventsR: 0.83, eventsP: 0.91, quotesR: 0.95, speaker: 0.95 },
  // 2026-12-03-enf (six English pages, after its fixes): events R 0.90 P 1.00 (first run R 0.80 P 0.90); its gold has
  // institutions' quotes only, so quotes R and speaker have nothing to count (null), quotes P 1.00. After branch causes
  // (another story's dated headline no longer anchors an undated page): events R 1.00 P 1.00.
  "2026-12-03-enf": { eventsR: 0.95, eventsP: 0.95, quotesR: null, speaker: null },
  // The fifth Indonesian round (2026-12-03-idf, six pages; first run and after alike): events R 0.75 P 0.93; quotes R 1.00
  // P 1.00, speaker 1.00. After branch causes (a misspelt place, a plan approved, a title apposed by a comma): events R
  // 1.00 P 1.00.
  "2026-12-03-idf": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // The sixth Indonesian round (2026-12-03-idg, eight pages, after its fixes): events R 1.00 P 0.94; quotes R 1.00 P 0.90,
  // speaker 1.00 (first run R 0.67 P 0.94). Its one plan "reported as happened" is the scorer's, not the extractor's:
  // RM.id's held arrival at Khasan on the eve of the Vladivostok summit is a report of the April 2019 trip, whose
  // participants (read per event) include Putin from Alinea's report of the summit itself; scored alone, RM.id has none.
  // After branch causes2: events R 1.00 P 0.97 (an ordering word before a report clause orders the report).
  "2026-12-03-idg": { eventsR: 0.95, eventsP: 0.92, quotesR: 0.95, speaker: 0.95, plannedAsHappened: 1 },
  // Less common shapes, second round (history in a report, a machine translation, an ambassador's briefing, a radio
  // brief; a photo gallery, a picture story, a senators' delegation, an explainer), after their fixes: mixid2 events
  // R 0.83 P 0.86, quotes 1.00 / 1.00 / 1.00 (first run R 0.67 P 0.84, speaker 0.83); mixen2 events R 0.60 P 0.75,
  // quotes 1.00 / 1.00 / 1.00 (first run alike, speaker 0.88).
  // After branch causes2: mixid2 events R 0.83 P 0.89 (a caption line names nobody a pronoun stands for; a fronted
  // concessive clause's date; a reduplicated trigger); mixen2 R 0.80 P 0.74 (a pronoun bound in its own clause).
  "2026-12-03-mixid2": { eventsR: 0.78, eventsP: 0.84, quotesR: 0.95, speaker: 0.95 },
  "2026-12-03-mixen2": { eventsR: 0.75, eventsP: 0.7, quotesR: 0.95, speaker: 0.95 },
  // 2026-12-03-eng (eight English pages, 2001–2025, after its fixes): events R 0.80 P 0.94 (first run R 0.80 P 0.88);
  // quotes R 1.00 P 1.00, speaker 1.00.
  "2026-12-03-eng": { eventsR: 0.75, eventsP: 0.89, quotesR: 0.95, speaker: 0.95 },
  // The seventh Indonesian round (2026-12-03-idh, eight pages, after its fixes): events R 1.00 P 1.00; quotes R 1.00
  // P 1.00, speaker 1.00 (first run events R 0.88 P 0.93).
  "2026-12-03-idh": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // 2026-12-03-enh (six English pages, 2011–2024; first run and after alike, no fix kept): events R 0.78 P 0.95; quotes
  // R 1.00 P 0.89, speaker 0.71 (two of Ushakov's spans: one given the paragraph before's speaker, one read as a term).
  "2026-12-03-enh": { eventsR: 0.73, eventsP: 0.9, quotesR: 0.95, speaker: 0.66 },
  // The eighth Indonesian round (2026-12-03-idi, eight pages from outlets no earlier set used, after its fixes): events
  // R 0.88 P 0.97; quotes R 1.00 P 1.00, speaker 1.00 (first run events R 0.50 P 0.87).
  "2026-12-03-idi": { eventsR: 0.83, eventsP: 0.92, quotesR: 0.95, speaker: 0.95 },
  // 2026-12-03-eni (eight English pages, 2001–2025, after its fixes): events R 0.94 P 0.95 (first run R 0.81 P 0.85);
  // quotes R 1.00 P 1.00, speaker 0.93 (first run 0.71).
  "2026-12-03-eni": { eventsR: 0.89, eventsP: 0.9, quotesR: 0.95, speaker: 0.88 },
  // 2026-12-03-idj and -enj (gathered beside the session's rounds, first run on their merged code, no fix since): idj
  // events R 0.83 P 0.94, quotes 1.00 / 1.00 / 1.00; enj events R 0.86 P 0.82, quotes R 1.00 P 1.00, speaker 0.67.
  "2026-12-03-idj": { eventsR: 0.78, eventsP: 0.89, quotesR: 0.95, speaker: 0.95 },
  // enj speaker 0.89 after the lead's fix (a description, then a name between commas, crediting a quotation).
  "2026-12-03-enj": { eventsR: 0.81, eventsP: 0.77, quotesR: 0.95, speaker: 0.84 },
  // 2026-12-03-idk (eight Indonesian pages, 2015–2024, two where nothing happens, copies on blogs; after its fixes):
  // events R 1.00 P 1.00; quotes R 1.00 P 1.00, speaker 1.00 (first run speaker 0.92: Peskov's words given to Putin).
  "2026-12-03-idk": { eventsR: 0.95, eventsP: 0.95, quotesR: 0.95, speaker: 0.95 },
  // 2026-12-03-enk (eight English pages, 2000–2025, after its fixes): events R 0.92 P 0.93 (first run R 0.77 P 0.93);
  // quotes R 1.00 P 1.00, speaker 0.80 (first run R 0.80 P 0.91, speaker 1.00): a venue before its event, a season's
  // year, a wrong-way closing mark, a document's name in lower case.
  "2026-12-03-enk": { eventsR: 0.87, eventsP: 0.88, quotesR: 0.95, speaker: 0.75 },
  // 2026-12-03-idl (eight Indonesian pages, 2014–2025, two phone-call stories where nothing countable happens; after
  // its fix): events R 0.71 P 0.94 (first run R 0.71 P 0.90: a hyphenated "Selasa malam (18-06-2024)"); quotes R 1.00
  // P 1.00, speaker 0.90.
  "2026-12-03-idl": { eventsR: 0.66, eventsP: 0.89, quotesR: 0.95, speaker: 0.85 },
  // 2026-12-03-enl (eight English pages, 2001–2025, a phone call that is no meeting, an invitation; after its fixes):
  // events R 1.00 P 0.92 (first run R 0.75 P 0.91); quotes R 1.00 P 1.00, speaker 1.00: an 'encounter', another
  // office holder's journey under a planned news, a delegation's own 'their', a party official's apposed title.
  "2026-12-03-enl": { eventsR: 0.95, eventsP: 0.87, quotesR: 0.95, speaker: 0.95 }
};

const sets = (await readdir(HELDOUT, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

it("has floors for every held-out set, and a set for every floor", () => expect(sets).toEqual(Object.keys(floors).sort()));

const scored = await Promise.all(
  sets.map(async (set) => {
    const floor = floors[set] ?? { eventsR: 1, eventsP: 1, quotesR: 1, speaker: 1 };
    const { gold, score: s } = await scoreSetDir(join(HELDOUT, set), languageOf.get(set) ?? "all", resources);
    console.log(`${set}: ${summaryLine(s)}`);
    return { set, floor, gold, s };
  })
);

/** A ratio at or above its floor; a null floor is a set whose gold has nothing to count, where the ratio is null too
 * (a set that gains something to count needs a floor for it). */
function atLeast(ratio: number | null, floor: number | null): void {
  if (floor === null) expect(ratio).toBeNull();
  else expect(ratio).toBeGreaterThanOrEqual(floor);
}

describe.each(scored)("held-out set $set", ({ floor, gold, s }) => {
  it("scores every article of the set", () => expect(s.articles).toBe(Object.keys(gold.articles).length));
  it(`finds the gold events (recall ≥ ${floor.eventsR}) with precision ≥ ${floor.eventsP}, and ${floor.plannedAsHappened ? `at most ${floor.plannedAsHappened} plan as happened (a scorer artefact, see the floor's note)` : "no plan as happened"}`, () => {
    expect(s.events.recall).toBeGreaterThanOrEqual(floor.eventsR);
    expect(s.events.precision).toBeGreaterThanOrEqual(floor.eventsP);
    expect(s.events.plannedAsHappened).toBeLessThanOrEqual(floor.plannedAsHappened ?? 0);
  });
  it(`finds the gold quotes (recall ≥ ${floor.quotesR ?? "none to find"}) and their speakers (≥ ${floor.speaker ?? "none to name"})`, () => {
    atLeast(s.quotes.recall, floor.quotesR);
    atLeast(s.quotes.speaker, floor.speaker);
  });
});
