// Preloaded into `observable build` by scripts/build.ts (node --import). Framework 1.13 parses every piece of a
// page's HTML (head, header, body, footer: eleven parses a page, in findAssets, rewriteHtmlPaths and rewriteHtml)
// with `new JSDOM(html)`, and each JSDOM builds a whole browser window first, every DOM interface installed: that
// was half the CPU time of the build. Framework only reads and edits the parsed document, never its window, so
// here every parse goes into a new document of one shared window through DOMParser, which parses with the same
// parse5 options (scripting off) and serialises alike: the site comes out byte-identical
// (test/scripts/framework-jsdom.test.ts). Framework's own copy of jsdom is replaced in memory before Framework
// imports it; nothing on disk changes. Plain JavaScript, so that Node preloads it directly.
import { createRequire } from "node:module";
import { join } from "node:path";

const framework = join(import.meta.dirname, "..", "node_modules", "@observablehq", "framework", "package.json");
const jsdom = createRequire(framework)("jsdom");
const { window } = new jsdom.JSDOM("", { virtualConsole: new jsdom.VirtualConsole() });
const parser = new window.DOMParser();

jsdom.JSDOM = class JSDOM {
  constructor(html) {
    this.window = { document: parser.parseFromString(html, "text/html") };
  }
};
