// scripts/framework-jsdom.mjs makes Framework parse HTML into documents of one shared window instead of a new
// browser window per parse (scripts/build.ts preloads it into `observable build`). Framework's HTML functions must
// give the same results through it as through jsdom's own JSDOM, on HTML of every kind the pages hold.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { root } from "../helpers/project-copy.ts";

const fragments = [
  '<nav class="language-switch" aria-label="Bahasa" style="margin-left: auto;"><a href="../meetings" hreflang="en" lang="en" rel="alternate">English</a></nav>',
  '<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,"><meta property="og:image" content="./_file/data/charts/x.png"><meta property="og:title" content="Russia–North Korea: who met whom &amp; &lt;more&gt;">',
  "Built from the news articles listed on Sources.<br>Credit: <a href=\"https://example.org/a?b=1&c=2\">Desk</a>",
  '<h1 id="top">Title</h1><p>Text with <code class="language-js">a &lt; b</code> and <img src="./data/x.png" srcset="./a.png 1x, ./b.png 2x"></p><script type="module" src="./x.js"></script><noscript><p>no script</p></noscript><template><b>t</b></template>',
  '<table><tr><td>cell</td></tr></table><svg viewBox="0 0 10 10"><a href="#top"><text>svg</text></a></svg><a download href="./data/events.csv">csv</a><a href="/articles/x#row-q-1">q</a>',
  "<p>unclosed <b>bold <i>italic</p> text &nbsp; &copy; \u00a0 <!-- comment --></p>"
];

// Framework's own HTML functions on the fragments, serialised; `preload` runs them through the shared window.
const script = `
import * as html from ${JSON.stringify(pathToFileURL(join(root, "node_modules", "@observablehq", "framework", "dist", "html.js")).href)};
const fragments = JSON.parse(process.argv[1]);
const sets = (info) => Object.fromEntries(Object.entries(info).map(([key, set]) => [key, [...set]]));
const results = fragments.map((fragment) => ({
  assets: sets(html.findAssets(fragment, "/id/meetings")),
  paths: html.rewriteHtmlPaths(fragment, "/events/x"),
  rewritten: html.rewriteHtml(fragment, { resolveFile: (f) => "F:" + f, resolveImport: (i) => "I:" + i, resolveScript: (s) => "S:" + s, resolveLink: (l) => "L:" + l }),
}));
process.stdout.write(JSON.stringify({ windowless: html.parseHtml("<p>x</p>").document.defaultView === null, results }));
`;

async function run(preload: boolean): Promise<{ windowless: boolean; results: unknown[] }> {
  const args = [...(preload ? ["--import", pathToFileURL(join(root, "scripts", "framework-jsdom.mjs")).href] : []), "--input-type=module", "-e", script, JSON.stringify(fragments)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root });
  return JSON.parse(stdout) as { windowless: boolean; results: unknown[] };
}

describe("scripts/framework-jsdom.mjs", () => {
  test("Framework's HTML functions give through the shared window what they give through JSDOM", async () => {
    const [own, shared] = await Promise.all([run(false), run(true)]);
    // The preload is in effect: a DOMParser's document has no window of its own.
    expect(own.windowless).toBe(false);
    expect(shared.windowless).toBe(true);
    expect(shared.results).toEqual(own.results);
    expect(JSON.stringify(own.results)).toContain("F:");
  });
});
