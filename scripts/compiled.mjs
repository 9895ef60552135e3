// node scripts/compiled.mjs <source.ts> [args…]: runs a TypeScript entry (a CLI, a build script, a Framework data
// loader, the per-article worker) from its compiled copy in .build/, made by esbuild. Compiling through tsx costs
// every process seconds (Framework starts one a published file; each worker thread compiled the pipeline again),
// so the sources are bundled once and recompiled only when one of them changed: .build/manifest.json lists every
// source file the bundle read with the hash of their contents. Plain JavaScript, so that Node runs it directly.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const folder = join(root, ".build");
const self = relative(root, import.meta.filename);

/** Every entry point, from the project root: what runs as a process or a worker thread. Scripts imported by
 * another entry (generate-corpus.ts by bench.ts) stay out: a shared chunk would hide their "am I the main
 * module" check. */
async function entryPoints() {
  const walk = async (dir) => {
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    const files = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [])));
    return files.flat();
  };
  const sources = [...(await walk(join("src", "cli"))), ...(await walk(join("src", "data"))), join("src", "io", "article-worker.ts"), join("scripts", "build.ts"), join("scripts", "fresh-loaders.ts"), join("scripts", "prewarm-loaders.ts"), join("scripts", "vendor.ts")];
  return sources.filter((source) => existsSync(join(root, source))).sort();
}

/** The compiled file of a source, flat in .build/ (a module's own folder is rewritten relative to it, below):
 * src/data/charts/[name].svg.ts → .build/data~charts~_name_.svg.js. */
function outName(source) {
  return source.replace(/\.ts$/, "").replace(/^(src|scripts)[\\/]/, (m, top) => (top === "scripts" ? "scripts~" : "")).split(sep).join("~").replace(/[[\]]/g, "_");
}

/** The hash of the sources' contents (`read`: the text a compile read, so an edit during a compile is not missed). */
async function sourcesHash(files, read = (file) => readFile(join(root, file)).catch(() => null)) {
  const hash = createHash("sha256");
  const esbuild = JSON.parse(await readFile(join(root, "node_modules", "esbuild", "package.json"), "utf8")).version;
  hash.update(`esbuild ${esbuild}\0`);
  for (const file of [self, "package-lock.json", ...files]) {
    const content = file === self || file === "package-lock.json" ? await readFile(join(root, file)) : await read(file);
    hash.update(file).update("\0").update(content ?? "(missing)").update("\0");
  }
  return hash.digest("hex");
}

/** The manifest of the compiled copy when it is up to date for `source`, else null. */
async function freshManifest(source) {
  const manifest = JSON.parse(await readFile(join(folder, "manifest.json"), "utf8").catch(() => "null"));
  if (manifest === null || !(source in manifest.entries)) return null;
  return (await sourcesHash(manifest.inputs)) === manifest.hash ? manifest : null;
}

// What a module says about where it is must stay true once it is bundled into .build/:
// - `import.meta.dirname` means the source's folder (data/ is found from src/io/); in .build/ it would be .build;
// - a script that runs itself when it is the main module (`import.meta.url === pathToFileURL(process.argv[1])`)
//   is never the main module when it is bundled into another entry (postbuild.ts into build.ts), where that
//   test would be true; an entry point imported by another one would land in a shared chunk, where it would
//   never be true, so that is refused (compile, below).
const mainCheck = /import\.meta\.url === pathToFileURL\(process\.argv\[1\] \?\? ""\)\.href/g;
function sourceFacts(entries, read) {
  return {
    name: "source-facts",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        let text = await readFile(args.path, "utf8");
        read.set(relative(root, args.path), text);
        if (!(relative(root, args.path) in entries) && (text = text.replace(mainCheck, "false")).includes("process.argv[1]")) throw new Error(`${relative(root, args.path)}: a main-module check compiled.mjs does not know`);
        const from = relative(folder, dirname(args.path)).split(sep).join("/");
        return { contents: text.replaceAll("import.meta.dirname", `(import.meta.dirname + ${JSON.stringify("/" + from)})`), loader: "ts" };
      });
    }
  };
}

const bundledPackages = new Set(["d3", "chrono-node", "zod", "arquero", "hyparquet-writer", "topojson-client"]);

async function externalPackages() {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  return Object.keys({ ...dependencies, ...devDependencies }).filter((name) => !bundledPackages.has(name)).flatMap((name) => [name, `${name}/*`]);
}

/** Compiles every entry point into .build/ (built beside it, then swapped in: loaders run at the same time). */
export async function compile() {
  const { build } = await import("esbuild");
  const sources = await entryPoints();
  const entries = Object.fromEntries(sources.map((source) => [source, outName(source)]));
  const temporary = `${folder}-${process.pid}-${randomUUID()}`;
  try {
    return await compileInto(temporary, build, sources, entries);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

async function compileInto(temporary, build, sources, entries) {
  const read = new Map();
  const result = await build({
    absWorkingDir: root,
    entryPoints: sources.map((source) => ({ in: source, out: entries[source] })),
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // esbuild's tables do not list Unicode property escapes (\p{L}) as supported by any Node, so it rewrote every
    // regular expression literal holding one as `new RegExp("…")`, made again at each evaluation; Node has read
    // them since version 10. Kept as literals, they are cloned from one compiled boilerplate.
    supported: { "regexp-unicode-property-escapes": true },
    // Node resolves and loads a package file by file at every start (d3 alone is thirty packages), so the pure
    // ES-module libraries the pipeline uses are bundled too, only the parts it uses; every other package (native
    // code, files found at run time, jsdom) is loaded from node_modules as usual.
    external: await externalPackages(),
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    chunkNames: "chunk-[hash]",
    plugins: [sourceFacts(entries, read)]
  });
  for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
    const entry = imports.find((i) => i.path in entries);
    if (entry !== undefined) throw new Error(`compiled: ${input} imports the entry point ${entry.path}; bundled, that entry would not run as a script`);
  }
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes("node_modules")).sort();
  const manifest = { hash: await sourcesHash(inputs, async (file) => read.get(file) ?? null), inputs, entries };
  await writeFile(join(temporary, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  const old = `${folder}-old-${process.pid}-${randomUUID()}`;
  await rename(folder, old).catch(() => {});
  // Another process may have swapped its own (equal) copy in first: then this one is dropped.
  await rename(temporary, folder).catch(() => {});
  await rm(old, { recursive: true, force: true });
  return manifest;
}

/** The compiled file that runs `source` (a path from the current folder, or absolute), compiling first when a source changed. */
export async function compiledFile(source) {
  const name = relative(root, resolve(source));
  let manifest = await freshManifest(name);
  if (manifest === null) {
    const started = performance.now();
    manifest = await compile();
    process.stderr.write(`compiled: bundled ${Object.keys(manifest.entries).length} entry points into .build/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (!(name in manifest.entries)) throw new Error(`compiled: ${source} is not an entry point (scripts/compiled.mjs)`);
  }
  return join(folder, `${manifest.entries[name]}.js`);
}

if (import.meta.filename === process.argv[1]) {
  const [source, ...args] = process.argv.slice(2);
  if (source === undefined) {
    process.stderr.write("usage: node scripts/compiled.mjs <source.ts> [args…]   (or --compile to bundle only)\n");
    process.exit(2);
  }
  if (source === "--compile") {
    await compiledFile(join("src", "cli", "extract.ts"));
  } else {
    const file = await compiledFile(source);
    // The entry reads its arguments, and checks whether it is the main module, as if Node had started it.
    process.argv = [process.argv[0], file, ...args];
    await import(pathToFileURL(file).href);
  }
}
