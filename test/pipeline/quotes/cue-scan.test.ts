// The quote stage looks for reporting verbs only in the text between quotation marks: a verb right against a mark
// is found as in the whole sentence, and one inside the marks is no cue.
import { describe, expect, it } from "vitest";
import { quotes } from "../../helpers/quote-run.ts";

describe("reporting verbs around quotation marks", () => {
  it("finds a verb right after the closing mark and right before an opening one", () => {
    expect(quotes("“Kami siap bekerja sama,”kata Sergey Lavrov.")).toEqual([["Kami siap bekerja sama,", "sergey-lavrov", "direct", "after"]]);
    expect(quotes("Sergey Lavrov mengatakan“kami siap bekerja sama dengan semua pihak.”")).toEqual([
      ["kami siap bekerja sama dengan semua pihak.", "sergey-lavrov", "direct", "before"]
    ]);
  });

  it("takes no verb inside the marks for a cue", () => {
    expect(quotes("“Mereka mengatakan kami siap bekerja sama,” kata Sergey Lavrov.")).toEqual([
      ["Mereka mengatakan kami siap bekerja sama,", "sergey-lavrov", "direct", "after"]
    ]);
  });
});
