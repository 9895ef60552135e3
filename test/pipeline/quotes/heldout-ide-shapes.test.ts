// Speaker shapes from the held-out set 2026-12-03-ide: a spokesman's noun written as one word ("jurubicara") before
// the organisation and the person's name is the person's noun, so the quotation goes to the named person.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const speakerOf = (text: string) => run(text).quotes.map((q) => q.speaker_id);

describe("'jurubicara' (one word) as 'juru bicara'", () => {
  it("gives the quotation to the person named after the organisation, not to the organisation", () => {
    expect(speakerOf('"Kami tidak akan mengomentari rencana itu lebih jauh," kata jurubicara Kremlin, Dmitry Peskov.')).toEqual(["dmitry-peskov"]);
    expect(speakerOf('"Kunjungan ini sangat penting bagi kedua negara," ujar jurubicara Kementerian Luar Negeri Rusia, Maria Zakharova.')).toEqual(["maria-zakharova"]);
  });

  it("matches the two-word spelling", () => {
    expect(speakerOf('"Kami tidak akan mengomentari rencana itu lebih jauh," kata juru bicara Kremlin, Dmitry Peskov.')).toEqual(["dmitry-peskov"]);
  });
});
