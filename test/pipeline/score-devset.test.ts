// The development set's yardstick in the project's terms (src/pipeline/score-devset.ts): what it counts, and what it
// says where there is nothing to count.
import { describe, expect, it } from "vitest";
import { scoreDevset, summaryLine, type DevsetGold } from "../../src/pipeline/score-devset.ts";

const gold = (quotes: DevsetGold["quotes"]): DevsetGold => ({
  articles: { a_1: { published: "2024-06-19", language: "en", outlet: "Wire" } },
  events: [{ article: "a_1", role: "main", date: "2024-06-19", precision: "day", venue: null, participants: ["kim", "putin"] }],
  quotes
});
const mention = { article_id: "a-1", event_id: "e1", date_start: "2024-06-19", date_end: "", venue_id: "", role: "main" };
const result = (quotes: Array<{ text: string; speaker_id: string }>) => ({
  mentions: [mention],
  eventParticipants: [
    { event_id: "e1", person_id: "kim-jong-un" },
    { event_id: "e1", person_id: "vladimir-putin" }
  ],
  quotes: quotes.map((q) => ({ article_id: "a-1", kind: "direct", speaker_text: "", ...q }))
});
const score = (r: ReturnType<typeof result>, g: DevsetGold) => scoreDevset(r as never, g, [], [], "en");

describe("scoreDevset", () => {
  it("finds a gold event by its day and two of its people, and a quote by its first four words", () => {
    const s = score(result([{ text: "We will stand together always", speaker_id: "vladimir-putin" }]), gold([{ article: "a_1", speaker: "putin", start: "We will stand together" }]));
    expect(s.events).toMatchObject({ gold: 1, found: 1, recall: 1, extracted: 1, good: 1, precision: 1 });
    expect(s.quotes).toMatchObject({ gold: 1, found: 1, recall: 1, speaker: 1 });
  });
  it("gives no ratio, not a perfect one, where a set has nothing to count", () => {
    // Only an institution speaks in the gold (person: false): no quote to find, and no speaker to name.
    const s = score(result([]), gold([{ article: "a_1", speaker: "KCNA", start: "The talks were held", person: false }]));
    expect(s.quotes).toMatchObject({ gold: 0, recall: null, extracted: 0, precision: null, speaker: null });
    expect(summaryLine(s)).toMatch(/quotes R=n\/a P=n\/a speaker=n\/a$/);
  });
  it("counts a quote of the wrong speaker as found, and its speaker as wrong", () => {
    const s = score(result([{ text: "We will stand together always", speaker_id: "kim-jong-un" }]), gold([{ article: "a_1", speaker: "putin", start: "We will stand together" }]));
    expect(s.quotes).toMatchObject({ found: 1, recall: 1, rightSpeaker: 0, speaker: 0 });
    expect(s.lines).toContain("WRONG SPEAKER a_1 putin: We will stand together");
  });
  it("reads an official the gazetteer lacks by the name the pipeline gave, as score.mjs reads the published people.csv", () => {
    const g: DevsetGold = { ...gold([]), events: [{ article: "a_1", role: "main", date: "2024-06-19", precision: "day", venue: null, participants: ["han man.?hyok"] }] };
    const r = { ...result([]), eventParticipants: [{ event_id: "e1", person_id: "han-man-hyok" }] };
    expect(score(r, g).events.found).toBe(0);
    const unlisted = [{ person_id: "han-man-hyok", name: "Han Man-hyok" }];
    expect(scoreDevset({ ...r, unlisted } as never, g, [], [], "en").events.found).toBe(1);
  });
});
