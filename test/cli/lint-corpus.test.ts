import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { root } from "../helpers/project-copy.ts";

async function lint(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [join(root, "src", "cli", "lint-corpus.ts"), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** A data folder with the project's gazetteers and lexicons and one article. */
async function withArticle(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "lint-data-"));
  await cp(join(root, "data", "lexicon"), join(dir, "lexicon"), { recursive: true });
  await cp(join(root, "data", "gazetteer"), join(dir, "gazetteer"), { recursive: true });
  await cp(join(root, "data", "lang"), join(dir, "lang"), { recursive: true });
  await cp(join(root, "data", "relationship.csv"), join(dir, "relationship.csv"));
  await mkdir(join(dir, "articles"));
  await writeFile(join(dir, "articles", "x.txt"), text);
  await writeFile(join(dir, "sources.csv"), "article_id,file,outlet,url,language,published,title,notes\nx-article,articles/x.txt,ANTARA,,id,2024-11-02,,\n");
  return dir;
}

/**
 * The project's rules with the five seed articles (test/fixtures/seeds) in place of the editors' corpus, and the
 * translations of their quotes only: the corpus in data/ grows, the seeds stay what the gold was made from.
 */
async function withSeeds(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "lint-seeds-"));
  for (const part of ["lexicon", "gazetteer", "lang", "relationship.csv"]) await cp(join(root, "data", part), join(dir, part), { recursive: true });
  await cp(join(root, "test", "fixtures", "seeds", "articles"), join(dir, "articles"), { recursive: true });
  const log = await readFile(join(root, "test", "fixtures", "seeds", "sources.csv"), "utf-8");
  await writeFile(join(dir, "sources.csv"), log);
  const ids = log.split("\n").slice(1).map((line) => line.split(",")[0]).filter((id) => id !== "");
  const [head, ...rows] = (await readFile(join(root, "data", "translations", "quotes.csv"), "utf-8")).split("\n");
  await mkdir(join(dir, "translations"));
  await writeFile(join(dir, "translations", "quotes.csv"), [head, ...rows.filter((row) => ids.some((id) => row.startsWith(`${id}:`)))].join("\n") + "\n");
  return dir;
}

describe("npm run lint-corpus", () => {
  test("the seeds are clean: every article prints 'clean', exit 0 even with --strict", async () => {
    const run = await lint("--strict", "--data", await withSeeds());
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(5);
    expect(run.stdout).not.toMatch(/line \d+/);
    expect(run.stdout).toMatch(/^articles\/000_729147a7b564d453\.txt: clean$/m);
  });

  test("reports an unknown name with its file and line; exit 0, and 1 with --strict", async () => {
    const data = await withArticle("Sergey Lavrov bertemu Choe Son-hui di Moskow, Jumat (1/11).\n\nSementara itu, Ivan Petrovsky tiba di Pyongyang.\n");
    const run = await lint("--data", data);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^articles\/x\.txt line 3: unknown-name "Ivan Petrovsky"$/m);
    expect((await lint("--data", data, "--strict")).code).toBe(1);
  });

  test("reports a person the gazetteer lacks once, with the name as written, though the surname is a known person's", async () => {
    const data = await withArticle("Presiden Korea Selatan Lee Sang-min bertemu Sergey Lavrov di Moskow, Jumat (1/11).\n\nLee mengatakan pertemuan itu penting.\n");
    const run = await lint("--data", data);
    expect(run.stdout).toMatch(/^articles\/x\.txt line 1: unknown-name "Lee Sang-min"$/m);
    expect(run.stdout).not.toMatch(/unknown-name "Lee"$/m);
  });

  test("English: a capitalised function word opens no name ('The Ministry', 'And I', 'That’s'); an unknown name is still found", async () => {
    const data = await withArticle("Sergey Lavrov met Choe Son Hui in Moscow on Friday.\n\nThe talks went well. And I think so, said Ivan Petrovsky. That’s all.\n");
    await writeFile(join(data, "sources.csv"), "article_id,file,outlet,url,language,published,title,notes\nx-article,articles/x.txt,Yonhap,,en,2024-11-02,,\n");
    const run = await lint("--data", data);
    expect(run.stdout).toMatch(/^articles\/x\.txt line 3: unknown-name "Ivan Petrovsky"$/m);
    expect(run.stdout).not.toMatch(/"(The|The talks|And I|I|That’s|That)"/);
  });

  test("reports a meeting that names nobody", async () => {
    const data = await withArticle("Pertemuan di Moskow antara Rusia dan Korea Utara berlangsung Jumat (1/11).\n");
    expect((await lint("--data", data)).stdout).toMatch(/^articles\/x\.txt line 1: no-participants "Pertemuan"$/m);
  });

  test("lists a quote with no translation into the other edition's language, and a translation whose quote is gone", async () => {
    const data = await withArticle('Sergey Lavrov bertemu Choe Son-hui di Moskow, Jumat (1/11).\n\n"Kami senang bertemu dengan sahabat kami," kata Lavrov.\n');
    const untranslated = await lint("--data", data);
    expect(untranslated.stdout).toMatch(/^translations\/quotes\.csv: untranslated into en x-article:[0-9a-f]{8} \(x-article-q001\) "Kami senang bertemu dengan sahabat kami,"$/m);
    const key = /untranslated into en (x-article:[0-9a-f]{8})/.exec(untranslated.stdout)![1]!;
    await mkdir(join(data, "translations"));
    const header = "quote_key,source_lang,target_lang,translation,translator,date,original\n";
    await writeFile(join(data, "translations", "quotes.csv"), `${header}${key},id,en,"We are glad to meet our friends,",Desk,2026-12-01,\nx-article:00000000,id,en,Old words,Desk,2026-12-01,\n`);
    const run = await lint("--data", data, "--strict");
    expect(run.stdout).not.toMatch(/untranslated/);
    expect(run.stdout).toMatch(/^translations\/quotes\.csv line 3: stale x-article:00000000: no quote has these words now$/m);
    expect(run.code).toBe(1);
  });

  test("exits 2 on an unknown option", async () => {
    expect((await lint("--nonsense")).code).toBe(2);
  });
});
