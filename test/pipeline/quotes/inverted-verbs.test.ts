// Inverted reporting verbs after a quotation, and the speaker phrase after them.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { quotes, run, markedQuotes as marked } from "../../helpers/quote-run.ts";

/** The quotations in marks of `text` as [speaker_id, speaker_text]. */
const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_text]);

describe("inverted verbs after a quotation", () => {
  const after = (verb: string, lang: string) =>
    marked(`"Kami sangat menghargai dukungan Rusia bagi rakyat kami," kata Lavrov. "Kami siap bekerja sama di segala bidang," ${verb} Choe Son Hui.`, { lang })
      .map((q) => q[1])
      .at(-1);

  it("knows the portals' inverted verbs (pungkas, tandas, papar, tukas, beber, terang, sambung, urai, 'demikian kata')", () => {
    for (const verb of ["pungkas", "tandas", "papar", "tukas", "beber", "terang", "sambung", "urai", "demikian kata"]) expect([verb, after(verb, "id")]).toEqual([verb, "choe-son-hui"]);
  });

  it("knows the wires' verbs (recalled, continued, went on, countered, argued, observed, tweeted, quipped, underscored, concluded)", () => {
    const en = (verb: string) =>
      marked(`"We appreciate Russia's support," Lavrov said. "We are ready to cooperate in all areas," Choe Son Hui ${verb}.`, { lang: "en" }).map((q) => q[1]).at(-1);
    for (const verb of ["recalled", "continued", "went on", "countered", "argued", "observed", "tweeted", "quipped", "underscored", "concluded", "was cited as saying"]) {
      expect([verb, en(verb)]).toEqual([verb, "choe-son-hui"]);
    }
    // Without marks or 'that' these verbs narrate an act.
    expect(quotes("Putin concluded the visit on Thursday. Lavrov continued the talks with Choe.", { lang: "en" })).toEqual([]);
  });

  it("never carries a quotation to the last speaker past a person named right after it, whatever word follows the name", () => {
    const text = '"We appreciate Russia\'s support," Lavrov said. "We are ready to cooperate in all areas," Choe Son Hui reminisced.';
    expect(marked(text, { lang: "en" }).map((q) => [q[1], q[3]])).toEqual([
      ["sergey-lavrov", "direct"],
      ["choe-son-hui", "direct"]
    ]);
    const id = '"Kami sangat menghargai dukungan Rusia," kata Lavrov. "Kami siap bekerja sama di segala bidang," Choe Son Hui berseloroh.';
    expect(marked(id).map((q) => q[1])).toEqual(["sergey-lavrov", "choe-son-hui"]);
    // A name after the quotation's own full stop may open a sentence of its own.
    const own = '"We appreciate it," Lavrov said. "We are ready to cooperate in all areas." Choe Son Hui smiled.';
    expect(marked(own, { lang: "en" }).map((q) => q[1])).toEqual(["sergey-lavrov", "sergey-lavrov"]);
    // Past a fragment in someone's sentence a name opens a clause of its own: the fragment stays the subject's.
    expect(marked('Rusia menyebut serangan itu "provokasi berbahaya," Putin pun marah besar.').map((q) => q[1])).toEqual(["russia"]);
    expect(marked('Rusia menyebut serangan itu "provokasi berbahaya," Putin, yang marah, mengatakan akan membalas.').map((q) => q[1])).toEqual(["russia"]);
  });
});

describe("the speaker phrase after an inverted verb", () => {
  it("ends at 'seraya' / 'sambil' (while …): a name the gazetteer lacks is kept", () => {
    const text = '"Ini kabar baik bagi kota kami," kata Boris seraya menambahkan bahwa warga sudah lama menantikan acara besar di kota itu.';
    expect(speakers(text, "2019-04-19")).toEqual([["", "Boris"]]);
    expect(speakers('"Kami siap menyambut tamu," ujar Olga sambil menunjuk dermaga yang baru dicat ulang oleh pekerja kota.', "2019-04-19")).toEqual([["", "Olga"]]);
  });
});
