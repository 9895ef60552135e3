// A report told as an addition is not the news (role/news-report.ts newsEvent).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as id } from "../../../helpers/mentions.ts";

describe("a report told as an addition is not the news (news-report.ts newsEvent)", () => {
  test("'juga dijadwalkan berkunjung ke Rusia' does not make the later held reports planned", () => {
    const text = "Tim olahraga Korea Utara juga dijadwalkan berkunjung ke Rusia.\nKim Su-gil pulang ke Pyongyang pada Senin lalu usai lawatannya ke Rusia.\nKim Su-gil bertemu dengan Dmitry Medvedev di Moskow.";
    const met = id(text, "2024-02-20").find((m) => m.triggers.includes("bertemu"));
    expect(met?.role).toBe("main");
  });
});
