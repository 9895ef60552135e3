// An anniversary is no meeting of its own.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("an anniversary", () => {
  test("the event an anniversary marks happened before, and the day of the marking is not its date", () => {
    const text = [
      "Korea Utara memperingati satu tahun penandatanganan perjanjian dengan Rusia di Pyongyang pada Kamis (19/6), lapor KCNA.",
      "Perjanjian itu ditandatangani Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un di Pyongyang pada 19 Juni 2024."
    ].join("\n");
    const found = mentions("id", text, "2025-06-19");
    // The marked signing of the first sentence names nobody who signed (document-signing.ts: an anniversary's signing
    // with no signer is no report of its own); the second sentence reports it with its signers and its day.
    expect(found.map((m) => [m.event_type, m.role, m.date_start])).toEqual([["signing", "background", "2024-06-19"]]);
    // The marking's own event after it takes the day, apart from the event marked.
    const reception = mentions("id", "Korea Utara memperingati satu tahun penandatanganan perjanjian dengan Rusia pada Kamis (19/6) dengan resepsi di Pyongyang.", "2025-06-19");
    expect(reception.map((m) => [m.event_type, m.date_start])).toEqual([["reception", "2025-06-19"]]);
  });
});
