// A sequel of the day's programme ('kemudian', 'afterwards': lang/*/sequel_words.csv) is on the day of the meeting
// it follows.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a sequel of the day's programme ('kemudian', 'afterwards': lang/*/sequel_words.csv)", () => {
  test("an undated step right after a dated meeting is on its day, not the news's", () => {
    const id = mentions("id", "Kim Jong Un menerima Belousov di Pyongyang pada Rabu (4/9).\nPada Senin (2/9), Belousov tiba di Pyongyang dan disambut Menhan No Kwang Chol.\nNo Kwang Chol kemudian menjamu Belousov dalam sebuah resepsi.", "2024-09-05");
    expect(id.filter((m) => m.evidence.includes("kemudian")).map((m) => m.date_start)).toEqual(["2024-09-02"]);
    const en = mentions("en", "Kim Jong Un received Belousov in Pyongyang on Wednesday.\nOn Monday, Belousov arrived in Pyongyang and was met by No Kwang Chol.\nAfterwards, No Kwang Chol hosted a banquet in honour of Belousov.", "2024-09-05");
    expect(en.filter((m) => m.evidence.startsWith("Afterwards")).map((m) => m.date_start)).toEqual(["2024-09-02"]);
    // Not a step told two sentences on: that one is the news's.
  });

  test("after a recollection of an earlier meeting, 'then' goes on with the news, not with the meeting recalled", () => {
    const id = mentions("id", "Putin tiba di Pyongyang pada Rabu (19/6) dan disambut Kim Jong Un.\nTerakhir kali ia berkunjung ke Pyongyang pada Juli 2000.\nKedua pemimpin kemudian menggelar pembicaraan di Istana Kumsusan.", "2024-06-19");
    expect(id.filter((m) => m.evidence.includes("kemudian")).map((m) => [m.role, m.date_start])).toEqual([["main", "2024-06-19"]]);
    const en = mentions("en", "Putin arrived in Pyongyang on Wednesday and was greeted by Kim Jong Un.\nHe last visited Pyongyang in July 2000.\nAfterwards the two leaders held talks at the Kumsusan palace.", "2024-06-19");
    expect(en.filter((m) => m.evidence.startsWith("Afterwards")).map((m) => [m.role, m.date_start])).toEqual([["main", "2024-06-19"]]);
  });
});
