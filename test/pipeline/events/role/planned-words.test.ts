// Planned, as the language pack says it.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("planned, in the pack", () => {
  test("'tengah merencanakan kunjungan ke Rusia' (is planning a visit) is planned, as 'berencana' is", () => {
    const found = mentions("id", "Kini, Kim Jong Un dikabarkan tengah merencanakan kunjungan ke Rusia untuk bertemu Putin.", "2023-04-26");
    expect(found.map((m) => m.role)).toEqual(["planned"]);
  });
});
