// Risky gazetteer aliases (issue 15): a common word is left out with an error, a shared alias or a one-word title or
// a mixed-script alias is a warning, each with its file and line; the project's own gazetteer passes clean.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer, loadPacks } from "../../../src/io/read.ts";
import { checkAliases } from "../../../src/pipeline/recognise/alias-check.ts";
import { parseGazetteer, type Gazetteer } from "../../../src/pipeline/recognise/gazetteer.ts";
import { Recogniser } from "../../../src/pipeline/recognise/recognise.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");
const packs = await loadPacks(DATA);

const PEOPLE = `person_id,name,country,role,level,notes
vladimir-putin,Vladimir Putin,RUS,President of Russia,head,
dmitry-medvedev,Dmitry Medvedev,RUS,Prime Minister,head,
sergey-lavrov,Sergey Lavrov,RUS,Foreign Minister,minister,
andrei-rudenko,Andrei Rudenko,RUS,Deputy Foreign Minister,deputy,
igor-morgulov,Igor Morgulov,RUS,Deputy Foreign Minister,deputy,
`;
const PLACES = `place_id,name_en,name_id,kind,country,parent,lat,lon,notes
moscow,Moscow,Moskow,city,RUS,,55.75,37.61,
pyongyang,Pyongyang,Pyongyang,city,PRK,,39.03,125.75,
`;

/** A gazetteer from these alias rows (header added), checked against the project's packs. */
function check(personAliases: string, placeAliases = "moscow,Moskow,id\n") {
  const gazetteer = parseGazetteer({
    people: { file: "people.csv", text: PEOPLE },
    personAliases: { file: "person_aliases.csv", text: `person_id,alias,kind,valid_from,valid_to,lang\n${personAliases}` },
    places: { file: "places.csv", text: PLACES },
    placeAliases: { file: "place_aliases.csv", text: `place_id,alias,lang\n${placeAliases}` }
  });
  const checked = checkAliases(gazetteer, packs);
  return { checked, found: (checked.findings ?? []).map((f) => [f.file, f.line, f.severity, f.code]) };
}

/** The alias rows as parsed, unchecked. */
function parseAliases(personAliases: string) {
  return parseGazetteer({
    people: { file: "people.csv", text: PEOPLE },
    personAliases: { file: "person_aliases.csv", text: `person_id,alias,kind,valid_from,valid_to,lang\n${personAliases}` },
    places: { file: "places.csv", text: PLACES },
    placeAliases: { file: "place_aliases.csv", text: "place_id,alias,lang\n" }
  }).personAliases;
}

describe("checkAliases", () => {
  it("passes the project's gazetteer with no finding (shared deputy titles and surnames are meant)", async () => {
    expect((await loadGazetteer(DATA)).findings).toEqual([]);
  });

  it("leaves out a common word as an alias, with an error naming the pack list it is in", () => {
    const { checked, found } = check("vladimir-putin,Vladimir Putin,name,,,\nvladimir-putin,Presiden,short,,,id\nvladimir-putin,President,title,,,\nvladimir-putin,leader,short,,,en\n");
    expect(found).toEqual([
      ["gazetteer/person_aliases.csv", 3, "error", "common-word-alias"],
      ["gazetteer/person_aliases.csv", 4, "error", "common-word-alias"],
      ["gazetteer/person_aliases.csv", 5, "error", "common-word-alias"]
    ]);
    expect(checked.findings![0]!.message).toMatch(/alias 'Presiden' of vladimir-putin is a common word \(lang\/id\/anaphor_titles\.csv line \d+\)/);
    expect(checked.personAliases.map((a) => a.alias)).toEqual(["Vladimir Putin"]);
  });

  it("the alias left out no longer makes Putin the speaker of every 'Presiden'", () => {
    const rows = "vladimir-putin,Vladimir Putin,name,,,\nvladimir-putin,Presiden,short,,,id\n";
    const text = "Presiden Prabowo bertemu Presiden Rusia di Moskow.";
    const sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
    const putins = (gazetteer: Gazetteer) => new Recogniser(gazetteer).recognise(text, [sentence], "2024-11-02").filter((e) => e.id === "vladimir-putin");
    const { checked } = check(rows);
    expect(putins({ ...checked, personAliases: parseAliases(rows) })).not.toEqual([]);
    expect(putins(checked)).toEqual([]);
  });

  it("reads an alias marked with a language against that language's words only ('AS' is the United States in Indonesian)", () => {
    expect(check("sergey-lavrov,Sergey Lavrov,name,,,\n", "moscow,AS,id\npyongyang,as,en\n").found).toEqual([["gazetteer/place_aliases.csv", 3, "error", "common-word-alias"]]);
  });

  it("warns about a title of one word that is no listed word", () => {
    expect(check("vladimir-putin,Generalissimo,title,,,\n").found).toEqual([["gazetteer/person_aliases.csv", 2, "warning", "one-word-title"]]);
  });

  it("warns about an alias two people share, naming both and both lines", () => {
    const { checked, found } = check("vladimir-putin,Vladimir Putin,name,,,\ndmitry-medvedev,Dmitry Medvedev,name,,,\nsergey-lavrov,Vladimir Putin,name,,,\n");
    expect(found).toEqual([["gazetteer/person_aliases.csv", 4, "warning", "shared-alias"]]);
    expect(checked.findings![0]!.message).toMatch(/alias 'Vladimir Putin' \(name\) of sergey-lavrov is also vladimir-putin's \(name\) on line 2/);
  });

  it("passes titles held in turn and posts held by several at once, but not overlapping dates of one post", () => {
    const inTurn = "dmitry-medvedev,Presiden Rusia,title,2008-05-07,2012-05-07,id\nvladimir-putin,Presiden Rusia,title,2012-05-07,,id\n";
    expect(check(inTurn.replace("2012-05-07,,id", "2012-05-08,,id")).found).toEqual([]);
    expect(check("andrei-rudenko,Wakil Menlu Rusia,title,,,id\nigor-morgulov,Wakil Menlu Rusia,title,,,id\n").found).toEqual([]);
    const { checked, found } = check("dmitry-medvedev,Presiden Rusia,title,2008-05-07,2012-05-07,id\nvladimir-putin,Presiden Rusia,title,2011-01-01,,id\n");
    expect(found).toEqual([["gazetteer/person_aliases.csv", 3, "warning", "shared-alias"]]);
    expect(checked.findings![0]!.message).toMatch(/dmitry-medvedev's \(title, 2008-05-07 to 2012-05-07\) on line 2: the dates overlap/);
    // An undated copy of a dated title is a slip too: the other holder's dates say one person at a time.
    expect(check("dmitry-medvedev,Presiden Rusia,title,2008-05-07,2012-05-07,id\nvladimir-putin,Presiden Rusia,title,,,id\n").found).toHaveLength(1);
  });

  it("passes a name two namesakes bore in turn, but not one whose dates overlap, nor an undated copy", () => {
    expect(check("vladimir-putin,Ivan Petrov,name,2000-01-01,2009-12-31,\nsergey-lavrov,Ivan Petrov,name,2010-01-01,,\n").found).toEqual([]);
    const { checked, found } = check("vladimir-putin,Ivan Petrov,name,2000-01-01,2009-12-31,\nsergey-lavrov,Ivan Petrov,name,2005-01-01,,\n");
    expect(found).toEqual([["gazetteer/person_aliases.csv", 3, "warning", "shared-alias"]]);
    expect(checked.findings![0]!.message).toMatch(/\(name, 2000-01-01 to 2009-12-31\) on line 2: the dates overlap, and on the days both hold it the name names neither/);
    expect(check("vladimir-putin,Ivan Petrov,name,2000-01-01,2009-12-31,\nsergey-lavrov,Ivan Petrov,name,,,\n").found).toHaveLength(1);
  });

  it("passes a surname two people bear, but not the same short form", () => {
    expect(check("vladimir-putin,Ivanov,surname,,,\nsergey-lavrov,Ivanov,surname,,,\n").found).toEqual([]);
    expect(check("vladimir-putin,Ivanov,short,,,\nsergey-lavrov,Ivanov,surname,,,\n").found).toEqual([["gazetteer/person_aliases.csv", 3, "warning", "shared-alias"]]);
  });

  it("warns about a place alias two places share", () => {
    expect(check("vladimir-putin,Vladimir Putin,name,,,\n", "moscow,Ibu Kota,id\npyongyang,ibu  kota,id\n").found).toEqual([["gazetteer/place_aliases.csv", 3, "warning", "shared-alias"]]);
  });

  it("warns about an alias mixing lookalike scripts: 'Lavrоv' with a Cyrillic о", () => {
    const { checked, found } = check("sergey-lavrov,Lavr\u043ev,short,,,\n", "moscow,M\u03bfskow,id\n");
    expect(found).toEqual([
      ["gazetteer/person_aliases.csv", 2, "warning", "mixed-script"],
      ["gazetteer/place_aliases.csv", 2, "warning", "mixed-script"]
    ]);
    expect(checked.findings![0]!.message).toMatch(/'Lavrоv' mixes Latin and Cyrillic letters \(о: Cyrillic U\+043E\)/);
  });
});
