// The speaker named after a quotation (quotes/attribution-after.ts): what a person is, then a name between commas,
// then a verb whose speaker stands before it. The name speaks, not whoever the description belongs to ("Medvedev's
// spokeswoman") nor the last person quoted. Sentences are our own.
import { describe, expect, test } from "vitest";
import { quotes } from "../../helpers/quote-run.ts";

const speakers = (text: string, lang: string) => quotes(text, { lang, published: "2011-08-24" }).map(([quote, speaker]) => [quote, speaker]);

describe("a description, then the name between commas, then the verb", () => {
  test("a possessive description names someone else's spokeswoman: the name speaks", () => {
    expect(speakers('Medvedev met Kim Jong-il near Ulan-Ude on Wednesday.\n"Kim Jong-il expressed readiness to return to six-party talks," Medvedev\'s spokeswoman, Natalya Timakova, told Reuters.', "en")).toEqual([
      ["Kim Jong-il expressed readiness to return to six-party talks,", "natalya-timakova"]
    ]);
  });

  test("an indefinite description does not carry the last speaker on", () => {
    expect(speakers('"We are ready," Lavrov told reporters.\n"The talks went well," a Kremlin spokeswoman, Natalya Timakova, said.', "en")).toEqual([
      ["We are ready,", "sergey-lavrov"],
      ["The talks went well,", "natalya-timakova"]
    ]);
  });

  test("in Indonesian: juru bicara Kremlin, Dmitry Peskov, mengatakan", () => {
    expect(speakers('Putin tiba di Pyongyang pada Rabu.\n"Kami siap," juru bicara Kremlin, Dmitry Peskov, mengatakan kepada wartawan.', "id")).toEqual([["Kami siap,", "dmitry-peskov"]]);
  });

  test("a name first and a description after keeps its reading: the name speaks", () => {
    expect(speakers('"We are ready," Sergei Lavrov, the Russian foreign minister, told reporters.', "en")).toEqual([["We are ready,", "sergey-lavrov"]]);
  });
});

describe("a verb or a person in the description is no description", () => {
  test("'told the Russian president, Vladimir Putin, adding': the one spoken to does not speak", () => {
    const found = speakers('"We will always stand with Russia," Kim Jong Un told the Russian president, Vladimir Putin, adding that the ties were strong.', "en");
    expect(found[0]![1]).not.toBe("vladimir-putin");
  });

  test("in Indonesian: 'berkata kepada Presiden Rusia, Vladimir Putin, menambahkan'", () => {
    const found = speakers('"Kami akan selalu bersama Rusia," Kim berkata kepada Presiden Rusia, Vladimir Putin, menambahkan bahwa hubungan itu kuat.', "id");
    expect(found[0]![1]).not.toBe("vladimir-putin");
  });
});
