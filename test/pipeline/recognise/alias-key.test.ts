import { describe, expect, it } from "vitest";
import { aliasKey } from "../../../src/pipeline/recognise/alias-key.ts";
import { titleKey } from "../../../src/pipeline/recognise/title-units.ts";

describe("aliasKey: how names are compared", () => {
  it("reads a hyphen, a run of spaces or a no-break space as one space, and either apostrophe as one", () => {
    expect(aliasKey("Kim Jong-un")).toBe(aliasKey("kim  jong un"));
    expect(aliasKey("Kim\u00a0Jong\u2011Un")).toBe("kim jong un");
    expect(aliasKey("O’Neill")).toBe(aliasKey("O'Neill"));
  });
  it("ignores the spaces around a name, as an alias row may carry them", () => {
    expect(aliasKey("  Lavrov ")).toBe("lavrov");
  });
  it("differs from a title's key, which keeps a hyphenated word whole", () => {
    expect(titleKey("Vice-Chairman")).toBe("vice-chairman");
    expect(aliasKey("Vice-Chairman")).toBe("vice chairman");
  });
});
