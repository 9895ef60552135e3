// people/name-list.ts: a serial comma before the last of a list of names opens no clause.
import { describe, expect, test } from "vitest";
import type { EntityMention } from "../../../../src/pipeline/recognise/recognise.ts";
import { closesNameList } from "../../../../src/pipeline/events/people/name-list.ts";
import { packs } from "../../../helpers/mentions.ts";

/** The people of `names` as found in `text` (first occurrence), and the join (", dan ", or `join`) after `before`,
 * read with the pack of `lang`. */
function read(text: string, names: string[], before: string, lang: "id" | "en" = "id", joinWord = ", dan ") {
  const named: EntityMention[] = names.map((n) => {
    const start = text.indexOf(n);
    return { kind: "person", id: n.toLowerCase().replace(/\s+/g, "-"), start, end: start + n.length, text: n, via: "name", sentence_id: "s1" };
  });
  const joinAt = text.indexOf(joinWord, text.indexOf(before));
  return closesNameList(text, 0, joinAt, joinAt + joinWord.length, named, () => true, packs.get(lang));
}

describe("closesNameList", () => {
  test("a list of three titled names closes at its serial comma", () => {
    const text = "mempertemukan Presiden China Xi Jinping, Presiden Rusia Vladimir Putin, dan Pemimpin Korea Utara Kim Jong Un.";
    expect(read(text, ["Xi Jinping", "Vladimir Putin", "Kim Jong Un"], "Vladimir Putin")).toBe(true);
  });

  test("an item with a verb before its name is a clause, not a list item", () => {
    const text = "tiba di Pyongyang pada Kamis, disambut Choe Son Hui, dan Kim Jong Un mengatakan hal itu penting.";
    expect(read(text, ["Choe Son Hui", "Kim Jong Un"], "Choe Son Hui")).toBe(false);
  });

  test("one name before the join and none before it is no list", () => {
    const text = "Lavrov bertemu Choe Son Hui di Wonsan, dan Kim Jong Un menerima Shoigu.";
    expect(read(text, ["Choe Son Hui", "Kim Jong Un"], "Wonsan")).toBe(false);
  });

  test("a lower-case word before the next name makes it a clause's subject", () => {
    const text = "bertemu Xi Jinping, Vladimir Putin, dan kemudian Kim Jong Un mengatakan hal itu.";
    expect(read(text, ["Xi Jinping", "Vladimir Putin", "Kim Jong Un"], "Vladimir Putin")).toBe(false);
  });
});

describe("a run of capitals before a name", () => {
  // (The pattern that read the words before a name once tried every split of such a run: this case took minutes.)
  test("words in capitals and a bracket before the name are no title words", () => {
    const text = "Xi Jinping, NATO-RUSSIA COUNCIL SUMMIT MEETING WASHINGTON NEW YORK PARIS LONDON BERLIN (Vladimir Putin, dan Kim Jong Un.";
    expect(read(text, ["Xi Jinping", "Vladimir Putin", "Kim Jong Un"], "Vladimir Putin")).toBe(false);
  });

  test("title words in capitals are title words", () => {
    const text = "mempertemukan Xi Jinping, PRESIDEN RUSIA Vladimir Putin, dan Kim Jong Un.";
    expect(read(text, ["Xi Jinping", "Vladimir Putin", "Kim Jong Un"], "Vladimir Putin")).toBe(true);
  });
});

describe("title words in lower case (the pack's titles: anaphor_titles.csv, office_titles.csv)", () => {
  test("a title the pack lists, in lower case, is a title word of a list item", () => {
    const en = "The summit brought together Chinese President Xi Jinping, North Korean leader Kim Jong Un, and Russian President Vladimir Putin.";
    expect(read(en, ["Xi Jinping", "Kim Jong Un", "Vladimir Putin"], "Kim Jong Un", "en", ", and ")).toBe(true);
    const en2 = "Xi Jinping, Kim Jong Un, and Russia's foreign minister Sergei Lavrov stood on the rostrum.";
    expect(read(en2, ["Xi Jinping", "Kim Jong Un", "Sergei Lavrov"], "Kim Jong Un", "en", ", and ")).toBe(true);
    const en3 = "Xi Jinping, Kim Jong Un, and foreign minister Sergei Lavrov stood on the rostrum.";
    expect(read(en3, ["Xi Jinping", "Kim Jong Un", "Sergei Lavrov"], "Kim Jong Un", "en", ", and ")).toBe(true);
    const id = "mempertemukan Xi Jinping, presiden Rusia Vladimir Putin, dan pemimpin Korea Utara Kim Jong Un.";
    expect(read(id, ["Xi Jinping", "Vladimir Putin", "Kim Jong Un"], "Vladimir Putin")).toBe(true);
  });

  test("a lower-case word the pack does not list as a title still opens a clause", () => {
    const en = "Putin met Xi Jinping, Kim Jong Un, and then Sergei Lavrov said the talks went well.";
    expect(read(en, ["Xi Jinping", "Kim Jong Un", "Sergei Lavrov"], "Kim Jong Un", "en", ", and ")).toBe(false);
  });
});
