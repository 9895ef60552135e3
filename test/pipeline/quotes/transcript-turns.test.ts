// A transcript's turns: the words after a person's label are their direct quotation (quote-turns.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const said = (text: string, lang = "en") => run(text, { published: "2024-06-19", lang }).quotes.filter((q) => q.kind === "direct" || q.kind === "partial").map((q) => [q.speaker_id, q.kind, q.text.split(" ").slice(0, 3).join(" ")]);

describe("a transcript's turns", () => {
  it("takes the words after a person's label, with initials or a note in brackets, as their direct quotation", () => {
    const text = [
      "Vladimir Putin and Kim Jong Un met in Pyongyang.",
      "V. Putin: Comrade Chairman, thank you for the invitation to your capital.",
      "Kim Jong Un (via an interpreter): Welcome to Pyongyang, dear friend.",
      "Sergei Lavrov: We have agreed on the next steps."
    ].join("\n");
    expect(said(text)).toEqual([
      ["vladimir-putin", "direct", "Comrade Chairman, thank"],
      ["kim-jong-un", "direct", "Welcome to Pyongyang,"],
      ["sergey-lavrov", "direct", "We have agreed"]
    ]);
  });

  it("gives an unlabelled paragraph between two turns to the first turn's speaker, and none after the last", () => {
    const text = [
      "Kim Jong Un received Sergei Shoigu.",
      "Kim Jong Un: We are glad to see you again in Pyongyang.",
      "Our army stands with the Russian army in every trial.",
      "S. Shoigu: Thank you for the warm welcome, Comrade Chairman.",
      "The conversation went on behind closed doors."
    ].join("\n");
    expect(said(text)).toEqual([
      ["kim-jong-un", "direct", "We are glad"],
      ["kim-jong-un", "direct", "Our army stands"],
      ["sergey-shoigu", "direct", "Thank you for"]
    ]);
  });

  it("leaves alone an interviewer's letter, a caption's credit, a heading and a place", () => {
    const text = [
      "Putin spoke to reporters in Vladivostok.",
      "Q: Will you meet the Korean leader again this year?",
      "Photo: Sputnik",
      "Pyongyang: The talks are over and the guests have left.",
      "Read more: Putin thanks Kim for support."
    ].join("\n");
    expect(said(text)).toEqual([]);
  });

  it("reads Indonesian transcripts alike", () => {
    expect(said("Putin menerima Kim Jong Un di Vostochny.\nPutin: Kami sangat senang menyambut Anda di sini.", "id")).toEqual([["vladimir-putin", "direct", "Kami sangat senang"]]);
  });
});
