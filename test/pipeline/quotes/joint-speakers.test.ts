// People joined as one subject ("Kim and Putin said", "Both Kim and Putin hailed", "Kim dan Putin menyebut"): the first
// named speaks for the pair, attribution "joint" (quotes/joint-subject.ts). Sentences are written for the tests; each
// test fails without the rule it names, or guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-06-20" };
const id: Options = { lang: "id", published: "2024-06-20" };
const read = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.speaker_id, q.speaker_text, q.attribution]);
const lead = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday. ";
const leadId = "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di Pyongyang pada Rabu. ";

describe("a subject of two known people joined by a conjunction (joint_conjunctions.csv)", () => {
  it("gives the quotation to the first named, with the pair as speaker_text, in English", () => {
    expect(read(`${lead}Kim and Putin said the pact opened “a new era of friendship” between them.`, en)).toEqual([["a new era of friendship", "kim-jong-un", "Kim and Putin", "joint"]]);
    // (A title before the second name, an aside in brackets after the first.)
    expect(read(`${lead}Putin (left) and North Korean leader Kim Jong Un said they were “brothers in arms for ever” now.`, en).map((q) => q[1])).toEqual(["vladimir-putin"]);
  });

  it("reads a plural word before the names ('Both Kim and Putin hailed')", () => {
    expect(read(`${lead}Both Kim and Putin hailed the treaty as an “historic landmark” in their relations.`, en).map((q) => q.slice(1, 3))).toEqual([["kim-jong-un", "Kim and Putin"]]);
  });

  it("does the same in Indonesian ('Kim dan Putin menyebut')", () => {
    expect(read(`${leadId}Kim dan Putin menyebut perjanjian itu sebagai "tonggak bersejarah" dalam hubungan kedua negara.`, id).map((q) => q.slice(1, 4))).toEqual([["kim-jong-un", "Kim dan Putin", "joint"]]);
  });

  it("leaves states, unnamed plurals and lists alone", () => {
    expect(read(`${lead}Russia and North Korea said the deal was “defensive in nature” and lawful.`, en).map((q) => q[1])).toEqual([""]);
    expect(read(`${leadId}Kedua pemimpin menyebut pakta itu "era baru persahabatan" bagi rakyat mereka.`, id).map((q) => q[1])).toEqual([""]);
    // (A verb far past the pair, in a clause of what they did, is no statement of theirs.)
    expect(read(`${leadId}Kim dan Putin membahas cara-cara meningkatkan kerja sama untuk secara aktif menanggapi isu-isu global berdasarkan "hubungan kepercayaan politik yang solid."`, id).map((q) => q[1])).toEqual([""]);
    // "A, B dan C": the list is read from its first name, not from the pair at its end.
    expect(read('Presiden Rusia Vladimir Putin, Sergei Lavrov dan Kim Jong Un mengatakan "kunjungan itu sangat penting".', id).map((q) => q[1])).toEqual(["vladimir-putin"]);
  });

  it("takes a pair's short quotation as theirs only after a word of naming (naming_words.csv), else as a label", () => {
    expect(read(`${lead}In Beijing, Putin and Chinese President Xi Jinping pledged to forge a “strategic partnership” in global affairs.`, en).map((q) => q[1])).toEqual([""]);
    expect(read(`${lead}Kim and Putin called the talks “productive”.`, en).map((q) => q[1])).toEqual(["kim-jong-un"]);
  });

  it("is no one a later pronoun refers back to", () => {
    const text = `${lead}Lavrov said the talks were “very useful” for both sides. Kim and Putin said the pact opened “a new era of friendship” for them. He added that Moscow would “never forget” the help.`;
    expect(read(text, en).map((q) => q[1])).toEqual(["sergey-lavrov", "kim-jong-un", "sergey-lavrov"]);
  });
});
