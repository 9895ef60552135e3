// Fills Observable Framework's npm cache from node_modules so that `observable build` never
// reaches a CDN or the registry: Framework serves `npm:name` from
// src/.observablehq/cache/_npm/<name>@<version>/_esm.js when that file exists, and picks the
// version from the folder names it finds there (so the lockfile decides every version).
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..");
const cache = join(root, "src", ".observablehq", "cache", "_npm");

// Libraries the pages import (`npm:arquero`) or Framework imports implicitly (Plot, d3, Inputs,
// htl; isoformat, which Framework adds beside Inputs), and d3-dsv, which Framework's FileAttachment.csv() loads dynamically.
export const bundled = ["d3", "d3-dsv", "@observablehq/plot", "@observablehq/inputs", "htl", "isoformat", "arquero"];

// Recommended libraries that Framework's client bundle resolves a version for even when no page
// uses them. An empty folder pins a version without the registry; they are never loaded.
export const pinnedOnly: Record<string, string> = {
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "17.0.0",
  echarts: "5.5.1",
  leaflet: "1.9.4",
  lodash: "4.17.21",
  "mapbox-gl": "3.7.0",
  "parquet-wasm": "0.6.1",
  react: "18.3.1",
  "react-dom": "18.3.1",
  "topojson-client": "3.1.0"
};

async function versionOf(name: string): Promise<string> {
  // Not require.resolve: packages such as d3 don't export their package.json.
  const pkg = JSON.parse(await readFile(join(root, "node_modules", name, "package.json"), "utf-8")) as { version: string };
  return pkg.version;
}

async function vendor(name: string): Promise<void> {
  const version = await versionOf(name);
  const outfile = join(cache, `${name}@${version}`, "_esm.js");
  if (existsSync(outfile)) return;
  await mkdir(dirname(outfile), { recursive: true });
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "error"
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`vendor: esbuild wrote nothing for ${name}`);
  await writeFile(outfile, file.text);
  process.stderr.write(`vendor: npm:${name}@${version} → ${outfile.slice(root.length + 1)} (${(file.text.length / 1024).toFixed(0)} KB)\n`);
}

async function main(): Promise<void> {
  for (const name of bundled) await vendor(name);
  for (const [name, version] of Object.entries(pinnedOnly)) {
    await mkdir(join(cache, `${name}@${version}`), { recursive: true });
  }
}

await main();
