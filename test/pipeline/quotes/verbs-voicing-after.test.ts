// Verbs that voice the quoted words after them (reporting_verbs.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };
const id: Options = { lang: "id", published: "2024-11-20" };

describe("verbs that voice the quoted words after them (reporting_verbs.csv)", () => {
  it("'believes', 'criticized … as', 'invited … to discuss' and 'highlighted' attribute the words in marks", () => {
    expect(marked("Kim Yong Nam believes the dispute “must be settled by talks between equals”.", { lang: "en", published: "2014-04-30" })[0]!.slice(1, 2)).toEqual(["kim-yong-nam"]);
    expect(marked("Mikhail Gorbachev on Sunday criticized the closed stations as “a habit from another century,” in a radio interview.", { lang: "en", published: "2001-08-05" })[0]![1]).toBe("mikhail-gorbachev");
    expect(marked("Sergey Lavrov then invited Choe Son Hui to discuss “the whole agenda of our ties and world affairs.”", en)[0]![1]).toBe("sergey-lavrov");
    expect(marked("Kim Jong Un highlighted that ties had reached “a new and higher stage” this year.", en)[0]![1]).toBe("kim-jong-un");
  });

  it("'berharap' and 'menanggapi:' attribute the words in marks (Indonesian)", () => {
    expect(marked("Menteri Luar Negeri Korea Utara Choe Son Hui berharap kedua negara dapat membangun “fondasi baru” bagi kerja sama.", id)[0]![1]).toBe("choe-son-hui");
    expect(marked("Vladimir Putin seusai pertemuan itu menanggapi: “Kami membahas banyak hal penting hari ini.”", id)[0]![1]).toBe("vladimir-putin");
  });

  it("a verb that reports no speech without marks hands over a whole sentence only by a colon (quotes.ts)", () => {
    expect(marked("Kim Jong Un mengatakan dia berharap “pertemuan ini membuat hubungan kedua negara lebih kuat”.", id)[0]![3]).toBe("partial");
    expect(marked("Kim Jong Un berharap: “Pertemuan ini membuat hubungan kedua negara lebih kuat.”", id)[0]![3]).toBe("direct");
  });
});
