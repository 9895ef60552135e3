// temporary preview script (charts helper); deleted before the report
import { writeFile } from "node:fs/promises";
import { JSDOM } from "jsdom";
import { readPackData, svgToPng } from "./src/chart-pack/render.ts";
import { standalone, serializeSvg, standaloneChart } from "./src/components/chart-pack.ts";
import { meetingTimeline } from "./src/components/timeline.ts";
import { venueMap } from "./src/components/venue-map.ts";
import { quotedThemes } from "./src/components/themes-chart.ts";

const document = new JSDOM("").window.document;
const { data, outlets, articles, date } = await readPackData();
const out = "/tmp/charts-shots";
for (const [kind, lang, size] of [["timeline", "en", "card"], ["venues", "en", "card"], ["themes", "id", "card"], ["themes", "en", "inline"]] as const) {
  const svg = standaloneChart(kind, data, { lang, size, buildDate: date.date, dateBasis: date.basis, outlets, articles, document });
  await writeFile(`${out}/${kind}-${lang}-${size}.png`, await svgToPng(svg));
}
for (const width of [326, 390, 640, 1280]) {
  for (const [kind, draw] of [
    ["timeline", (w: number) => meetingTimeline(data.events, { width: w, document, sides: data.sides, mentions: data.mentions, documents: data.speakers })],
    ["venues", (w: number) => venueMap(data.places, data.events, { width: w, document, sides: data.sides, land: data.land })],
    ["themes", (w: number) => quotedThemes(data.quotes, data.quoteThemes, data.themes, data.people, { width: w, document, by: "country", sides: data.sides, speakers: data.speakers })],
  ] as const) {
    const chart = standalone(draw(width), "#1b1e23");
    chart.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    const svg = serializeSvg(chart).replace("<svg ", `<svg font-family="DejaVu Sans" `);
    await writeFile(`${out}/${kind}-${width}.svg`, svg);
    await writeFile(`${out}/${kind}-${width}.png`, await svgToPng(svg));
  }
}
