// A name after a title and a comma (speaker.ts speakerAfter, names.ts nounEndsAt), or a title set before the
// name by a comma.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const id: Options = { lang: "id", published: "2024-11-20" };
const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => q.speaker_id);

describe("a name after a title and a comma (speaker.ts speakerAfter, names.ts nounEndsAt)", () => {
  it("'kata juru bicara pihak Kremlin, Dmitry Peskov' is Peskov's", () => {
    expect(marked("“Pertemuan itu berjalan dengan baik sekali,” kata juru bicara pihak Kremlin, Dmitry Peskov.", id)[0]![1]).toBe("dmitry-peskov");
  });

  it("'kata Kepala Dinas Kota Malang, Budi Santoso saat dikonfirmasi' names Budi Santoso", () => {
    expect(marked("“Semua tamu sudah kami data dengan lengkap,” kata Kepala Dinas Pariwisata Kota Malang, Budi Santoso saat dikonfirmasi, Senin.", id)[0]![2]).toBe("Budi Santoso");
  });
});

describe("a title set before the name by a comma ('Presiden Rusia, Vladimir Putin mengatakan')", () => {
  it("is the named person's, even on a page without a date to find the title's holder by", () => {
    const text = "Presiden Rusia, Vladimir Putin dilaporkan mengatakan bahwa kerja sama kedua negara “berjalan lancar” saat menerima tamunya.";
    expect(speakers(text, "")).toEqual(["vladimir-putin"]);
    expect(speakers(text, "2025-10-28")).toEqual(["vladimir-putin"]);
  });
});
