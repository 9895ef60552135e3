// caption-line.ts: a line standing alone in the body with no closing punctuation (a photo caption, an inline heading)
// names nobody a later pronoun stands for.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";
import { isCaptionLine } from "../../../../src/pipeline/events/people/caption-line.ts";
import { sentencesOf } from "../../../helpers/mentions.ts";

const visitorOf = (text: string) => mentionsIn("id", text, "2024-06-19").find((m) => m.triggers.includes("mengunjungi"))?.people;

const lead = "Pemimpin Korea Utara Kim Jong Un menyambut Presiden Rusia Vladimir Putin di Pyongyang pada Rabu (19/6/2024).\nKim Jong Un memimpin negara itu sejak 2011.";
const later = "Pada April 2019, ia mengunjungi Vladivostok.";

describe("a caption line between two sentences", () => {
  test("the pronoun after it is the person the story was about before it", () => {
    expect(visitorOf(`${lead}\nVladimir Putin dan Sergei Lavrov di Bandara Sunan\n${later}`)).toEqual(["kim-jong-un"]);
  });

  test("a line closed by a full stop is a sentence of the story, and its first person is the pronoun's", () => {
    expect(visitorOf(`${lead}\nVladimir Putin dan Sergei Lavrov tiba di Bandara Sunan.\n${later}`)).toEqual(["vladimir-putin"]);
  });

  test("the headline and an unclosed sentence inside a paragraph are no caption lines", () => {
    const s = sentencesOf("Putin Tiba di Pyongyang\nIa disambut Kim. Keduanya lalu berbincang\nKim dan Putin di bandara");
    expect(s.map((_, i) => isCaptionLine(s, i))).toEqual([false, false, false, true]);
  });
});
