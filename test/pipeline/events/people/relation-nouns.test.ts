// People a relation noun ties to someone else (lang/en/relation_nouns.csv: 'call between', 'letter', 'message',
// 'greetings', 'chief', 'deputy') are not at the meeting the sentence reports. Sentences are written for the tests;
// each test fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("the people of a call are not at the meeting a sentence reports (lang/en/relation_nouns.csv 'call between', 'call from')", () => {
  test("'Lavrov's trip follows a call between Putin and Kim': the trip is the news, Lavrov's alone", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov's trip follows a call between Vladimir Putin and Kim Jong Un about trade.", "2018-05-31")).toEqual([
      ["2018-05-31", "main", ["sergey-lavrov"]],
      ["2018-05-31", "main", ["sergey-lavrov"]]
    ]);
  });

  test("'a call from Putin' gives the trip no Putin", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov's visit follows a call from Vladimir Putin.", "2018-05-31").map((r) => r[2])).toEqual([["sergey-lavrov"], ["sergey-lavrov"]]);
  });
});

describe("whose letter, message or greetings are handed over is not at the meeting (lang/en/relation_nouns.csv 'letter', 'message', 'greetings' after a genitive)", () => {
  test("'handed him Putin's letter': Putin was not there", () => {
    expect(read("Valentina Matviyenko met Kim Jong Un in Pyongyang on Saturday and handed him Vladimir Putin's letter.", "2018-09-08").map((r) => r[2])).toEqual([
      ["kim-jong-un", "valentina-matviyenko"]
    ]);
  });

  test("'delivered Kim Jong Un's personal message', 'conveyed Putin's warm greetings'", () => {
    expect(read("Kim Yong Nam met Vladimir Putin on Thursday and delivered Kim Jong Un's personal message to him.", "2018-06-15").map((r) => r[2])).toEqual([["kim-yong-nam", "vladimir-putin"]]);
    expect(read("Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday and conveyed Putin’s warm greetings.", "2023-07-27").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });

  test("a meeting noun after the genitive still has its owner ('Putin's talks with Kim')", () => {
    expect(read("Vladimir Putin's talks with Kim Jong Un lasted four hours on Thursday.", "2019-04-26").map((r) => r[2])).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("whom a chief or a deputy serves is not at their meeting (lang/en/relation_nouns.csv 'chief', 'deputy' after a genitive)", () => {
  test("'Kim Chang Son, known as Kim Jong Un's de facto chief of staff, visited Moscow': no Kim Jong Un", () => {
    expect(read("Earlier, Kim Chang Son, known as Kim Jong Un's de facto chief of staff, visited Moscow.", "2019-04-02").map((r) => r[2])).toEqual([[]]);
  });

  test("'Lavrov's deputy Igor Morgulov met Choe': Morgulov and Choe", () => {
    expect(read("Sergey Lavrov's deputy Igor Morgulov met Choe Son Hui in Moscow on Friday.", "2019-11-23").map((r) => r[2])).toEqual([["choe-son-hui", "igor-morgulov"]]);
  });
});
