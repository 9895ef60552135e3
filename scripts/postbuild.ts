// Fixes to the HTML Framework writes that it has no option for: the page language (WCAG 3.1.1;
// pages under /id/ are the Indonesian edition), an accessible name for the sidebar toggle, and the
// sidebar's close button, which Framework puts directly inside an <ol> (only <li> may be there).
// scripts/build.ts applies them to a new site before it replaces dist/; run alone, this fixes dist/.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";

export function fixPage(html: string, path: string): string {
  const lang = path.split(sep)[0] === "id" ? "id" : "en";
  return html
    .replace(/<html(?![^>]*\blang=)([^>]*)>/, `<html lang="${lang}"$1>`)
    .replace(/(<input id="observablehq-sidebar-toggle"[^>]*?)\s*title="Toggle sidebar">/, `$1 aria-label="${lang === "id" ? "Buka atau tutup menu" : "Show or hide the menu"}">`)
    .replace(/<ol>(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$2\n  <ol>$1");
}

/** Fixes every page of the site in `dir`. */
export async function fixSite(dir: string): Promise<void> {
  let count = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, "utf-8");
    const fixed = fixPage(html, relative(dir, file));
    if (fixed !== html) await writeFile(file, fixed);
    count++;
  }
  process.stderr.write(`postbuild: set the language of ${count} pages\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await fixSite(join(import.meta.dirname, "..", "dist"));
