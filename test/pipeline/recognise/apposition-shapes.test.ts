// A title, a comma and a name ("Presiden Rusia, Dmitry Medvedev, …") is one mention of the named person when the
// gazetteer gives them that title at some time (recognise/recognise.ts mergeTitles): the title is not read again as
// its holder on the article's date. A list of officials after a title is no apposition.
import { describe, expect, it } from "vitest";
import { entitiesOf, packs, sentencesOf } from "../../helpers/mentions.ts";

const people = (text: string, published: string) =>
  entitiesOf(text, sentencesOf(text), published, packs.get("id"))
    .entities.filter((e) => e.kind === "person")
    .map((e) => e.id);

describe("a title set off by a comma before the name of the one who held it", () => {
  it("is that person, not the title's holder on the article's date", () => {
    expect(people("Kim Jong Il pernah bertemu Presiden Rusia, Dmitry Medvedev, di Siberia.", "2019-04-23")).toEqual(["kim-jong-il", "dmitry-medvedev", "dmitry-medvedev"]);
  });

  it("leaves a list whose next name never held the title: the title is its holder", () => {
    expect(people("Kim Jong Un bertemu Presiden Rusia, Menteri Pertahanan Sergei Shoigu, dan pejabat lain.", "2023-09-14")).toEqual(["kim-jong-un", "vladimir-putin", "sergey-shoigu"]);
  });

  it("leaves a new clause's subject after the comma", () => {
    expect(people("Setelah bertemu Presiden Rusia, Kim Jong Un kembali ke Pyongyang.", "2023-09-18")).toEqual(["vladimir-putin", "kim-jong-un"]);
  });
});
