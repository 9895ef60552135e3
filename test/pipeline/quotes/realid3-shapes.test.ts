// Quotation shapes left by the real-page round realid3 of 2026-12-02 (Indonesian pages, which stay outside the
// repository): each test is one general shape, in sentences written for the test, and fails without its rule.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => q.speaker_id);

describe("a title set before the name by a comma ('Presiden Rusia, Vladimir Putin mengatakan')", () => {
  it("is the named person's, even on a page without a date to find the title's holder by", () => {
    const text = "Presiden Rusia, Vladimir Putin dilaporkan mengatakan bahwa kerja sama kedua negara “berjalan lancar” saat menerima tamunya.";
    expect(speakers(text, "")).toEqual(["vladimir-putin"]);
    expect(speakers(text, "2025-10-28")).toEqual(["vladimir-putin"]);
  });
});

describe("'menggambarkan … sebagai “…”' (described as)", () => {
  it("the words in marks are the subject's", () => {
    const text = "Usai pertemuan itu, Kim Jong Un menggambarkan Rusia sebagai “sahabat sejati di masa sulit”.";
    expect(speakers(text, "2024-06-20")).toEqual(["kim-jong-un"]);
  });
});
