import { mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LAST_DRAWN, lastDrawn } from "../../src/io/stamped-cache.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A cache folder as the prebuild leaves it: with the rules' stamp, unless `stamped` is false. */
async function cache(stamped = true): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "last-drawn-"));
  dirs.push(root);
  if (stamped) await writeFile(join(root, ".rules-sha256"), "rules-1\n");
  return root;
}

/** A drawing that records what it was given of the last build's files. */
function drawing() {
  const calls: Array<Map<string, string>> = [];
  const draw = async (previous: ReadonlyMap<string, Buffer>) => {
    calls.push(new Map([...previous].map(([name, content]) => [name, content.toString("utf-8")])));
    return new Map([["a.svg", Buffer.from(`<svg>${calls.length}</svg>`)], ["a b.png", Buffer.from(`png ${calls.length}`)]]);
  };
  return { calls, draw };
}

describe("lastDrawn(input, draw, root)", () => {
  it("reuses the last build's files while the input and the rules are the same", async () => {
    const root = await cache();
    const { calls, draw } = drawing();
    const first = await lastDrawn({ events: [1, 2] }, draw, root);
    const again = await lastDrawn({ events: [1, 2] }, draw, root);
    expect(calls.length).toBe(1);
    expect([...again].map(([name, content]) => [name, content.toString("utf-8")])).toEqual([...first].map(([name, content]) => [name, content.toString("utf-8")]));
  });

  it("draws again when the input changes, handing over the last build's files", async () => {
    const root = await cache();
    const { calls, draw } = drawing();
    await lastDrawn({ events: [1, 2] }, draw, root);
    const files = await lastDrawn({ events: [1, 2, 3] }, draw, root);
    expect(calls).toEqual([new Map(), new Map([["a.svg", "<svg>1</svg>"], ["a b.png", "png 1"]])]);
    expect(files.get("a.svg")?.toString("utf-8")).toBe("<svg>2</svg>");
    expect(await readdir(root)).toEqual(expect.arrayContaining([LAST_DRAWN]));
  });

  it("draws again when the rules or the code changed", async () => {
    const root = await cache();
    const { calls, draw } = drawing();
    await lastDrawn({ events: [1] }, draw, root);
    await writeFile(join(root, ".rules-sha256"), "rules-2\n");
    await lastDrawn({ events: [1] }, draw, root);
    expect(calls.length).toBe(2);
  });

  it("does not reuse a folder that lacks a file it lists", async () => {
    const root = await cache();
    const { calls, draw } = drawing();
    await lastDrawn({ events: [1] }, draw, root);
    await unlink(join(root, LAST_DRAWN, encodeURIComponent("a b.png")));
    const files = await lastDrawn({ events: [1] }, draw, root);
    expect(calls.length).toBe(2);
    expect(files.get("a b.png")?.toString("utf-8")).toBe("png 2");
  });

  it("outside a build (no stamp) draws every time and keeps nothing", async () => {
    const root = await cache(false);
    const { calls, draw } = drawing();
    await lastDrawn({ events: [1] }, draw, root);
    await lastDrawn({ events: [1] }, draw, root);
    expect(calls.length).toBe(2);
    expect(await readdir(root)).toEqual([]);
  });
});
