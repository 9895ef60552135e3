// A speaker's name cut by an excerpt's end is the person named before whose name it starts.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.speaker_text]);
const id: Options = { lang: "id", published: "2024-06-20" };
const en: Options = { lang: "en", published: "2024-06-20" };

describe("a speaker's name cut by the excerpt's end", () => {
  it("is the person named before whose name it starts ('kata Lav' → Lavrov)", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Choe Son Hui di Moskow.\n\n“Kami menyambut normalisasi bertahap dari situasi tersebut,” kata Lav";
    expect(speakers(text, id).at(-1)).toEqual(["Kami menyambut", "sergey-lavrov", "Lav"]);
  });

  it("in English too ('said Ush' → Ushakov)", () => {
    const text = "Kremlin aide Yuri Ushakov briefed reporters on Thursday.\n\n“There were no plans to sign anything,” said Ush";
    expect(speakers(text, en).at(-1)).toEqual(["There were", "yuri-ushakov", "Ush"]);
  });

  it("is nobody when fewer than three letters are left, or when the same letters end a text that was not cut", () => {
    const cut = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Choe Son Hui di Moskow.\n\n“Kami menyambut normalisasi bertahap,” kata La";
    expect(speakers(cut, id).at(-1)![1]).toBe("");
    const whole = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Choe Son Hui di Moskow.\n\n“Kami menyambut normalisasi bertahap,” kata Lav.";
    expect(speakers(whole, id).at(-1)![1]).toBe("");
  });
});
