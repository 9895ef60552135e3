// A person shown by a verb of showing or seeing ("A video clip showed Kim embracing Lavrov, calling him …") is the
// subject of the participle after it, the speaker of the words it reports (quotes/shown-subject.ts,
// lang/<lang>/showing_verbs.csv). Sentences are written for the tests; each test fails without the rule it names, or
// guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-07-13" };
const id: Options = { lang: "id", published: "2024-07-13" };
const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.speaker_id]);
const lead = "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Wonsan on Saturday. ";
const leadId = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu pemimpin Korea Utara Kim Jong Un di Wonsan pada Sabtu. ";

describe("the person a picture shows speaks through the participle after it", () => {
  it("gives 'calling him a “…”' to the person shown, not to the clip or nobody", () => {
    expect(speakers(`${lead}A video clip showed Kim embracing Lavrov, calling him a “dear friend” of the Korean people.`, en)).toEqual([["dear friend", "kim-jong-un"]]);
    // (An outlet showing: its footage is not its words.)
    expect(speakers(`${lead}State TV showed Lavrov thanking his hosts, calling the talks “very productive” for both sides.`, en)).toEqual([["very productive", "sergey-lavrov"]]);
  });

  it("does the same in Indonesian ('Sebuah video memperlihatkan Kim …, menyebutnya')", () => {
    expect(speakers(`${leadId}Sebuah video memperlihatkan Kim memeluk Lavrov, menyebutnya "sahabat karib" rakyat Korea.`, id)).toEqual([["sahabat karib", "kim-jong-un"]]);
  });

  it("leaves a person who shows something the subject ('Kim showed Lavrov around …, saying')", () => {
    expect(speakers(`${lead}Lavrov showed Kim a letter from Putin, saying it carried “warm greetings” from Moscow.`, en)).toEqual([["warm greetings", "sergey-lavrov"]]);
  });

  it("shows no speaker where no picture shows someone doing something ('Analysts saw Putin's remarks', 'langkah itu menunjukkan Putin tidak …')", () => {
    // A judge's verb, and a genitive name: the remarks are seen, not Putin.
    expect(speakers(`${lead}Analysts saw Putin's remarks as a warning to Seoul, saying "Moscow is sending a clear message about its arms deliveries to the region".`, en)).toEqual([
      ["Moscow is sending a clear message about its arms deliveries to the region", ""]
    ]);
    // 'menunjukkan' as 'indicates', with no picture before it and no verb after the name.
    expect(speakers(`${leadId}Menurut pengamat Lee Min-jun, langkah itu menunjukkan Putin tidak main-main dan menegaskan bahwa Moskow "siap memasok teknologi militer kepada Pyongyang".`, id)).toEqual([
      ["siap memasok teknologi militer kepada Pyongyang", ""]
    ]);
  });
});
