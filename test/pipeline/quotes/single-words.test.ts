// Single quoted words and labels are no quotations of anyone's.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedAttributions as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("single quoted words and labels", () => {
  it("takes a single word that ends a reporting verb's clause as the named speaker's partial quotation", () => {
    expect(marked('Sergey Lavrov hailed his talks with Choe Son-hui as "productive."', en)).toEqual([["productive.", "sergey-lavrov", "partial", "before"]]);
    expect(marked('Choe Son-hui said Tuesday that the alliance with Russia is "invincible," after talks in Moscow.', en)[0]!.slice(1, 3)).toEqual([
      "choe-son-hui",
      "partial"
    ]);
    expect(marked('Pemimpin Korea Utara Kim Jong Un menyebut kunjungan Putin sebagai peristiwa "bersejarah".')[0]!.slice(1, 3)).toEqual(["kim-jong-un", "partial"]);
  });

  it("takes a single word followed by a relative clause ('sebagai \"pahlawan\" yang …') as what was said", () => {
    const text = 'Dalam pidatonya, Kim Jong Un menyebut para tentara itu sebagai "pahlawan" yang telah menunjukkan keberanian.';
    expect(marked(text)).toEqual([["pahlawan", "kim-jong-un", "partial", "before"]]);
  });

  it("keeps a single word inside a noun phrase, or one nobody named says, a label", () => {
    expect(marked('Kim Jong Un praised the "invincible" friendship between the two countries.', en)).toEqual([["invincible", "", "term", "none"]]);
    expect(marked("Vladimir Putin said the aim was to minimize a missile ''threat'' from North Korea.", en)).toEqual([["threat", "", "term", "none"]]);
    expect(marked("Satu paragraf pendek dalam media itu mengatakan Choe Ryong-hae akan mengunjungi Rusia ‘segera’, tanpa detail lebih lanjut.")).toEqual([
      ["segera", "", "term", "none"]
    ]);
  });

  it("keeps the title after a work's noun (book, buku) a label", () => {
    expect(marked('Kim Jong Un presented the book "On Further Developing the Party\'s Foreign Policy" to the Russian guest.', en)).toEqual([
      ["On Further Developing the Party's Foreign Policy", "", "term", "none"]
    ]);
    expect(marked('Sergei Shoigu menyerahkan buku "Sejarah persahabatan kedua negara di abad baru" kepada Kim Jong Un.')).toEqual([
      ["Sejarah persahabatan kedua negara di abad baru", "", "term", "none"]
    ]);
  });
});
