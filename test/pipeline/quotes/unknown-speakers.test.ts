// Speakers the gazetteer does not know, named by a title phrase or before the verb.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };
/** The quotations in marks of `text` (English) as [speaker_id, speaker_text]. */
const speakers = (text: string) =>
  run(text, { lang: "en" })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_text]);

describe("speakers the gazetteer does not know", () => {
  it("gives a quotation to an unnamed person after it ('\"…,\" a senior official said'), not to the last one named", () => {
    const text =
      'National Security Adviser Chang Ho-jin said Seoul would respond. "It\'s a very serious matter," a senior presidential official said on condition of anonymity. "We have conveyed our position clearly to Moscow."';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([
      ["", "a senior presidential official"],
      ["", "a senior presidential official"]
    ]);
    expect(marked('"It is a grave mistake," one Western diplomat told Reuters.', en).map((q) => q[2])).toEqual(["one Western diplomat"]);
  });

  it("takes a name followed by a description between commas for the subject ('Sydney Seiler, a former official, said')", () => {
    const text = 'Sydney Seiler, a former U.S. intelligence official, said the partnership was "transactional at its core" and would not last.';
    expect(marked(text, en).map((q) => q.slice(1, 4))).toEqual([["", "Sydney Seiler", "partial"]]);
    const cha = 'On Monday, Victor Cha, Korea chair at CSIS, said the pact was "a grave threat to peace."';
    expect(marked(cha, en).map((q) => q[2])).toEqual(["Victor Cha"]);
    const id = 'Andrew Mantong, peneliti CSIS, menilai aliansi itu "bersifat transaksional semata".';
    expect(marked(id).map((q) => q.slice(1, 4))).toEqual([["", "Andrew Mantong", "partial"]]);
  });

  it("never takes places or a fronted phrase between commas for a name and its description", () => {
    expect(marked('Seoul and Tokyo, meanwhile, said the pact was "a grave threat to peace."', en).map((q) => q[2])).toEqual([""]);
    expect(marked('North Korea, a close ally, said the pact was "a grave threat to peace."', en).map((q) => q[1])).toEqual(["north-korea"]);
  });

  it("reads a person noun and what they belong to as an unnamed person, however long the name ('A spokesman for the DPRK Foreign Ministry')", () => {
    const text = 'A spokesman for the DPRK Foreign Ministry said in a press statement on Monday: "The DPRK will never tolerate any attempt to infringe upon its sovereignty."';
    expect(marked(text, en).map((q) => q.slice(1, 4))).toEqual([["", "A spokesman for the DPRK Foreign Ministry", "direct"]]);
  });

  it("gives an interview's answer to the name labelling it ('Lankov: \"…\"'), a name the article gave in full before", () => {
    const text =
      'Andrei Lankov, a professor at Kookmin University, spoke to NK News.\nNK News: What did Kim get out of the summit?\nLankov: "Money, food and, most importantly, technology."\nNK News: Will it last?\nLankov: "I doubt it. Once the war is over, Moscow will lose interest."';
    expect(marked(text, en).map((q) => q.slice(1, 4))).toEqual([
      ["", "Lankov", "direct"],
      ["", "Lankov", "direct"]
    ]);
    const id = 'Kami mewawancarai pengamat Universitas Indonesia, Yeremia Lalisang.\nApa yang didapat Korea Utara?\nYeremia: "Yang paling penting adalah teknologi militer dan pangan."';
    expect(marked(id).map((q) => q.slice(1, 4))).toEqual([["", "Yeremia", "direct"]]);
    expect(marked('Kim Jong Un hosted Sergey Lavrov.\nLavrov: "We will deepen our ties in every area."', en).map((q) => q[1])).toEqual(["sergey-lavrov"]);
  });

  it("never takes a dateline or a label nobody was named by for an interview's speaker", () => {
    const text = 'Kim Jong Un hosted Sergey Lavrov in Wonsan.\nWonsan: "The most beautiful city of the country is ready for tourists."';
    expect(marked(text, en).map((q) => q[2])).not.toContain("Wonsan");
    // "Q:" / "A:" mark an interview's turns.
    const turns = 'Interview with Andrei Lankov. A Russian Expert Speaks.\nQ: What did you discuss?\nA: "We discussed everything about the treaty."';
    expect(marked(turns, en).map((q) => q[2])).toEqual([""]);
  });
});

describe("a title phrase ending in a name the gazetteer lacks", () => {
  it("'The US Ambassador to the United Nations Linda Thomas-Greenfield said … \"…\"' is hers, not the last speaker's", () => {
    const text = 'Putin called the talks "very useful." The British Ambassador to the United Nations Barbara Woodward said the meeting "changes nothing."';
    expect(speakers(text)).toEqual([
      ["vladimir-putin", "Putin"],
      ["", "The British Ambassador to the United Nations Barbara Woodward"]
    ]);
    // A title with no name still refers back.
    expect(speakers('Lavrov called the talks "very useful." The Minister of Foreign Affairs said the visit "opened a new page."').at(-1)).toEqual(["sergey-lavrov", "The Minister"]);
  });
});

describe("a name the gazetteer lacks before the verb after a quotation", () => {
  it("gives '\"…,\" Li Wei said' to Li Wei, and '\"…,\" Lü said' to the Lü Chao named before, not to the last one who spoke", () => {
    const full = 'Choe said Pyongyang would "unconditionally support" Russia. "The cooperation is not aimed at any third party," Li Wei said.';
    expect(run(full, en).quotes.map((q) => q.speaker_text)).toEqual(["Choe", "Li Wei"]);
    const short =
      'Choe said Pyongyang would "unconditionally support" Russia.\nLü Chao, an expert on Korean Peninsula issues at the Liaoning Academy of Social Sciences, told the Global Times on Sunday that the exchanges are normal. "The cooperation is not aimed at any third party," Lü said.';
    expect(run(short, en).quotes.filter((q) => q.kind === "direct").map((q) => [q.speaker_id, q.speaker_text])).toEqual([["", "Lü"]]);
  });

  it("leaves a lone word the article never gave as part of a name unattributed", () => {
    expect(run('Lavrov met Kim. "It is normal," Lu said.', en).quotes.map((q) => q.speaker_text)).toEqual([""]);
  });
});
