// A meeting of one side with a third country's leader, and what goes on from a meeting of others, is not the sides'.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a meeting of one side with a third country's leader", () => {
  test("third-country leaders the gazetteer names (To Lam, Pezeshkian, Lukashenko) make a meeting of others", () => {
    const text = "The treaty was signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang on Wednesday.\nPutin flew from Pyongyang to Hanoi, where he met Vietnamese President To Lam on Thursday.";
    expect(mentions("en", text, "2024-06-21").map((m) => m.date_start)).toEqual(["2024-06-19"]);
    expect(mentions("en", "Shoigu held talks with Iranian President Masoud Pezeshkian in Tehran on Monday.", "2024-08-05")).toEqual([]);
    expect(mentions("id", "Putin menerima Presiden Belarus Alexander Lukashenko di Kremlin pada Senin (5/8).", "2024-08-05")).toEqual([]);
  });
});

describe("what goes on from a meeting of others", () => {
  test("'also met …' and 'The visit …' after one side's meeting with a third country's leader are that meeting's, not a trip to the other side", () => {
    const text = [
      "Sergei Shoigu held talks with Iranian President Masoud Pezeshkian in Tehran on Monday.",
      "Shoigu also met Ali Akbar Ahmadian, the secretary of Iran's Supreme National Security Council, state media reported.",
      "The visit is Shoigu's first trip abroad in his new post.",
      "As defence minister, Shoigu visited Pyongyang in July last year, when he toured an arms exhibition with Kim Jong Un."
    ].join("\n");
    const found = mentions("en", text, "2024-08-05");
    expect(found.map((m) => [m.role, m.date_start, m.venue_id])).toEqual([["background", "2023-07-01", "pyongyang"]]);
  });
});

describe("a meeting of others goes on in its sentence", () => {
  test("a later trigger of the sentence that names no one new ('…, his first trip abroad since …') is that trip, not the news", () => {
    const news = "North Korean Foreign Minister Ri Yong Ho met Sergei Lavrov in Moscow on Tuesday.";
    const found = mentions("en", `${news}\nKim made a surprise visit to China last month for talks with President Xi Jinping, his first trip abroad since he assumed power in 2011.\nKim also visited Singapore for talks with Donald Trump.`, "2018-04-10");
    expect(found.map((m) => [m.role, m.venue_id])).toEqual([["main", "moscow"]]);
    const id = mentions("id", `Menlu Korea Utara Ri Yong Ho bertemu Sergei Lavrov di Moskow pada Selasa (10/4).\nKim melakukan kunjungan mendadak ke China bulan lalu untuk pembicaraan dengan Presiden Xi Jinping, perjalanan pertamanya ke luar negeri sejak berkuasa pada 2011.`, "2018-04-10");
    expect(id.map((m) => [m.role, m.venue_id])).toEqual([["main", "moscow"]]);
  });
});
