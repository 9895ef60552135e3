import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseModality, parseTriggers, TRIGGER_COLUMNS, MODALITY_COLUMNS } from "../../src/pipeline/events/lexicon.ts";
import { loadPacks } from "../../src/io/read.ts";

const triggerHeader = TRIGGER_COLUMNS.join(",");
const modalityHeader = MODALITY_COLUMNS.join(",");

describe("parseTriggers(text, file)", () => {
  test("reads the project's lexicons", async () => {
    const { triggers, modality } = (await loadPacks(join(import.meta.dirname, "..", "..", "data"))).get("id");
    expect(triggers.length).toBeGreaterThan(20);
    expect(modality.some((cue) => cue.kind === "planned")).toBe(true);
  });

  test("a word trigger matches whole words, any spacing, any case, and the possessive -nya", () => {
    const [t] = parseTriggers(`${triggerHeader}\npertemuan puncak,word,summit,040,,,\n`, "t.csv", ["nya"]);
    expect("Pertemuan  Puncak; pertemuan puncaknya; pertemuanpuncak".match(t!.regex)).toEqual(["Pertemuan  Puncak", "pertemuan puncaknya"]);
  });

  test("names the file and line of a bad row", () => {
    expect(() => parseTriggers(`${triggerHeader}\nbertemu,word,meeting,040,,,\nkunjungan,word,visit,999,,,\n`, "lexicon/event_triggers.csv")).toThrow(
      /^lexicon\/event_triggers\.csv line 3: cameo '999' is not one of 040/
    );
    expect(() => parseTriggers(`${triggerHeader}\n(unclosed,regex,meeting,040,,,\n`, "t.csv", ["nya"])).toThrow(/^t\.csv line 2: pattern '\(unclosed' is not a valid regular expression$/);
    expect(() => parseTriggers(`${triggerHeader}\nbertemu,word,meeting,040,,,\nBertemu,word,meeting,040,,,\n`, "t.csv", ["nya"])).toThrow(/^t\.csv line 3: pattern 'Bertemu' is already used on line 2$/);
  });
});

describe("parseModality(text, file)", () => {
  test("names the file and line of a bad row", () => {
    expect(() => parseModality(`${modalityHeader}\nakan,planned,before,6,\nmungkin,maybe,before,2,\n`, "m.csv")).toThrow(/^m\.csv line 3: kind 'maybe' is not one of planned/);
    expect(() => parseModality(`${modalityHeader}\nakan,planned,before,six,\n`, "m.csv")).toThrow(/^m\.csv line 2: window 'six' is not a number/);
    expect(() => parseModality(`${modalityHeader}\nkata,attribution,before,,\n`, "m.csv")).toThrow(/^m\.csv line 2: position 'before' is not 'after'/);
  });
});

describe("the English pack", () => {
  test("reads its triggers and cues; one word may be two kinds of cue ('said': speech and attribution)", async () => {
    const { triggers, modality } = (await loadPacks(join(import.meta.dirname, "..", "..", "data"))).get("en");
    expect(triggers.length).toBeGreaterThan(20);
    expect(modality.filter((cue) => cue.cue === "said").map((cue) => cue.kind).sort()).toEqual(["attribution", "speech"]);
    expect(() => parseModality(`${modalityHeader}\nsaid,speech,after,,\nsaid,speech,after,,\n`, "m.csv")).toThrow(/^m\.csv line 3: cue 'said' of kind 'speech' with position 'after' is already used on line 2$/);
  });

  test("inflections are regex rows: 'met', 'meets' and 'meeting' are meetings, 'a sign of' is no signing", async () => {
    const { triggers } = (await loadPacks(join(import.meta.dirname, "..", "..", "data"))).get("en");
    const types = (text: string) => triggers.filter((t) => new RegExp(t.regex.source, "iu").test(text)).map((t) => t.event_type);
    expect(types("Putin met Kim")).toEqual(["meeting"]);
    expect(types("Putin meets Kim")).toEqual(["meeting"]);
    expect(types("a sign of closer ties")).toEqual([]);
    expect(types("they signed a treaty")).toEqual(["signing"]);
  });
});
