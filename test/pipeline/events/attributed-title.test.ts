// A source credited with 'according to' is no participant of what it tells, with its title between the cue and the
// name too ('according to Kremlin aide Yury Ushakov'; scope.ts isAttributed, cues.ts attributionTitle).
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("a titled source after 'according to'", () => {
  test("takes no part in the meeting it tells of", () => {
    const text = "According to Kremlin aide Yury Ushakov, Sergey Lavrov met Kim Jong Un in Pyongyang on Thursday.";
    expect(mentionsIn("en", text, "2018-06-01").map((m) => m.people)).toEqual([["kim-jong-un", "sergey-lavrov"]]);
  });

  test("while a name after other words is still the clause's", () => {
    const text = "According to reports Sergey Lavrov met Kim Jong Un in Pyongyang on Thursday.";
    expect(mentionsIn("en", text, "2018-06-01").map((m) => m.people)).toEqual([["kim-jong-un", "sergey-lavrov"]]);
  });
});
