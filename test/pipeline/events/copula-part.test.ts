// A meeting word a copula predicates of an event referred back to is part of that event (events/sentence-groups.ts
// with cues.copulaLink; the copulas are lang/*/copulas.csv). Found by the held-out round 2026-12-03-mix, in
// sentences written for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const lead = "Kim Jong Un is expected in Moscow in May. In August 2011 Kim Jong Il made a week-long trip to Siberia.";

describe("'the high point of that visit was X's meeting with Y'", () => {
  test("English: one report of the earlier trip, with both people and its date", () => {
    const found = mentionsOf(`${lead} The high point of that visit was Kim Jong Il's meeting with Dmitry Medvedev near Ulan-Ude.`, "2015-01-28", packs.get("en"));
    const last = found.at(-1)!;
    expect([last.triggers, last.people, last.date_start]).toEqual([["visit", "meeting"], ["dmitry-medvedev", "kim-jong-il"], "2011-08-01"]);
  });

  test("Indonesian: 'puncak kunjungan itu adalah pertemuan …'", () => {
    const text = "Kim Jong Un diperkirakan ke Moskow pada Mei. Pada Agustus 2011 Kim Jong Il melawat ke Siberia selama sepekan. Puncak kunjungan itu adalah pertemuan Kim Jong Il dengan Dmitry Medvedev di dekat Ulan-Ude.";
    const last = mentionsOf(text, "2015-01-28", packs.get("id")).at(-1)!;
    expect([last.people, last.date_start]).toEqual([["dmitry-medvedev", "kim-jong-il"], "2011-08-01"]);
  });

  test("without a copula the later meeting is its own report ('During that visit Kim Jong Il met …')", () => {
    const found = mentionsOf(`${lead} During that visit Kim Jong Il met Dmitry Medvedev.`, "2015-01-28", packs.get("en"));
    expect(found.at(-1)!.triggers).toEqual(["met"]);
  });
});
