// A name the gazetteer dates (data/gazetteer/person_aliases.csv valid_from/valid_to on a `name` row) names its bearer
// only between its dates, as a dated title names its holder: on the article's date in the recogniser, then on each
// mention's own date (events/people/office.ts). "Kim Yong Il" was the North Korean premier in 2007-2010; a namesake
// directed the WPK International Department in 2010-2016, and some outlets write Kim Jong Il so. Sentences written
// for these tests.
import { describe, expect, test } from "vitest";
import { peopleInOffice } from "../../../src/pipeline/events/people/office.ts";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { CsvError } from "../../../src/pipeline/csv.ts";
import { parseGazetteer } from "../../../src/pipeline/recognise/gazetteer.ts";
import { Recogniser } from "../../../src/pipeline/recognise/recognise.ts";
import { recogniser, sentencesOf } from "../../helpers/mentions.ts";

/** The people `text` names (id, and how), read as an article of `lang` dated `date`. */
function peopleIn(text: string, date: string | null, lang: "id" | "en", by = recogniser): string[] {
  return by
    .recognise(text, sentencesOf(text), date, lang)
    .filter((m) => m.kind === "person")
    .map((m) => `${m.id}/${m.via}`);
}

describe("the premier's dated names (the gazetteer's rows)", () => {
  test("within the premiership the name names the premier, in English and Indonesian", () => {
    expect(peopleIn("Kim Yong Il arrived in Moscow for talks with the prime minister.", "2009-03-17", "en")).toContain("kim-yong-il/name");
    expect(peopleIn("Kim Yong-il tiba di Moskow untuk berunding.", "2009-03", "id")).toContain("kim-yong-il/name");
  });

  test("after it, or with no year to place it by, the name is a namesake the gazetteer lacks", () => {
    expect(peopleIn("Kim Yong Il met the Russian delegation in Pyongyang.", "2014-05-06", "en")).toEqual(["/unknown"]);
    expect(peopleIn("Kim Yong Il bertemu delegasi Rusia di Pyongyang.", "2014", "id")).toEqual(["/unknown"]);
    expect(peopleIn("Kim Yong Il met the Russian delegation in Pyongyang.", null, "en")).toEqual(["/unknown"]);
  });
});

describe("a name two namesakes bore in turn", () => {
  const files = (aliases: string) => ({
    people: { file: "people.csv", text: "person_id,name,country,role,level,notes\nivan-a,Ivan Petrov,RUS,,other,\nivan-b,Ivan Petrov,RUS,,other,\n" },
    personAliases: { file: "person_aliases.csv", text: `person_id,alias,kind,valid_from,valid_to,lang\n${aliases}` },
    places: { file: "places.csv", text: "place_id,name_en,name_id,kind,country,parent,lat,lon,notes\n" },
    placeAliases: { file: "place_aliases.csv", text: "place_id,alias,lang\n" }
  });
  const inTurn = files("ivan-a,Ivan Petrov,name,2000-01-01,2009-12-31,\nivan-b,Ivan Petrov,name,2010-01-01,,\n");

  test("the loader keeps a name's dates, and names the file and line of a bad one", () => {
    expect(parseGazetteer(inTurn).personAliases.map((a) => [a.person_id, a.valid_from, a.valid_to])).toEqual([
      ["ivan-a", "2000-01-01", "2009-12-31"],
      ["ivan-b", "2010-01-01", ""]
    ]);
    expect(() => parseGazetteer(files("ivan-a,Ivan Petrov,name,2009-13-01,,\n"))).toThrow(CsvError);
    expect(() => parseGazetteer(files("ivan-a,Ivan Petrov,name,2009-13-01,,\n"))).toThrow(/person_aliases\.csv.*line 2/);
    expect(() => parseGazetteer(files("ivan-a,Ivan Petrov,name,2010-01-01,2009-12-31,\n"))).toThrow(/person_aliases\.csv.*line 2.*valid_from '2010-01-01' is after valid_to '2009-12-31'/);
  });

  test("names the one who bore it on the article's date", () => {
    const by = new Recogniser(parseGazetteer(inTurn));
    expect(peopleIn("Ivan Petrov spoke.", "2005-06-01", "en", by)).toEqual(["ivan-a/name"]);
    expect(peopleIn("Ivan Petrov spoke.", "2015-06-01", "en", by)).toEqual(["ivan-b/name"]);
    expect(by.holderOf("Ivan Petrov", "2005-06-01", "2005-06-02")).toEqual({ holder: "ivan-a" });
    expect(by.holderOf("Ivan Petrov", "2009-12-30", "2010-01-02")).toEqual({ holder: null, because: "several" });
  });

  test("and, in a meeting of an earlier year, the one who bore it then", () => {
    const by = new Recogniser(parseGazetteer(inTurn));
    const text = "In 2005 Ivan Petrov met the delegation.";
    const entities = by.recognise(text, sentencesOf(text), "2015-06-01", "en");
    expect(entities.filter((e) => e.kind === "person").map((e) => e.id)).toEqual(["ivan-b"]);
    const mention = { sentence_id: "a-s001", date_start: "2005", date_end: "", people: ["ivan-b", "someone"] } as unknown as Mention;
    const [placed] = peopleInOffice([mention], entities, (t, first, last) => by.holderOf(t, first, last, "en"));
    expect(placed!.people).toEqual(["ivan-a", "someone"]);
  });
});
