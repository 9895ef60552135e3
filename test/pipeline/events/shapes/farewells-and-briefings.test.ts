// The whole pipeline on Indonesian meetings told as a farewell or a briefing: officials of the host seeing a guest off
// home ("melepas kepulangan"), two officials briefing each other ("saling memberi pengarahan"), and the city of Artyom
// (data/gazetteer) where such a farewell happened. Each test fails without the pack row or gazetteer row it names, or
// guards what the row must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string) => pageInput(text, "id", published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.event_type, m.role, m.date_start, m.venue_id]);
const people = (r: PipelineResult, start: string) => mentionsStarting(r, start).flatMap((m) => [...m.people].sort());

describe("melepas kepulangan: the hosts see their guest off home (id)", () => {
  const text =
    "Kim Jong Un mengakhiri lawatannya di Rusia pada Jumat (8/3/2024).\n" +
    "Gubernur Oleg Kozhemyako dan Menteri Alexander Kozlov melepas kepulangan Kim Jong Un di peron stasiun.\n";
  it("is a meeting of both sides on the news day", () => {
    const r = runPipeline(page(text, "2024-03-08"), resources);
    expect(row(r, "Gubernur Oleg")).toEqual([["meeting", "main", "2024-03-08", ""]]);
    expect(people(r, "Gubernur Oleg")).toEqual(["alexander-kozlov", "kim-jong-un", "oleg-kozhemyako"]);
  });
});

describe("saling memberi pengarahan: two officials brief each other (id)", () => {
  it("is talks when people of both countries do it", () => {
    const text = "Sergei Naryshkin dan Ri Chang Dae saling memberi pengarahan tentang keadaan kawasan di Pyongyang pada Selasa (5/3/2024).\n";
    const r = runPipeline(page(text, "2024-03-06"), resources);
    expect(row(r, "Sergei Naryshkin")).toEqual([["talks", "main", "2024-03-05", "pyongyang"]]);
  });
  it("is nothing when only one side's people are named", () => {
    const text = "Dua pejabat Rusia saling memberi pengarahan tentang keadaan kawasan di Moskow pada Selasa (5/3/2024).\n";
    const r = runPipeline(page(text, "2024-03-06"), resources);
    expect(row(r, "Dua pejabat")).toEqual([]);
  });
});

describe("Artyom, a city of Primorsky Krai (gazetteer)", () => {
  it("places a departure from its station", () => {
    const text = "Kereta yang membawa Kim Jong Un meninggalkan stasiun di kota Artyom pada Jumat (8/3/2024).\n";
    const r = runPipeline(page(text, "2024-03-08"), resources);
    expect(row(r, "Kereta yang").map((x) => x[3])).toEqual(["artyom"]);
  });
});
