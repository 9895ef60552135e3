// A copy of the working tree as a fresh clone would have it: no dist/, no Framework cache, and
// node_modules linked rather than copied.
import { execFile } from "node:child_process";
import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";

export const root = join(import.meta.dirname, "..", "..");
const skipped = ["node_modules", "dist", ".git", join("src", ".observablehq"), "out", ".build"];

export async function copyProject(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(root, dir, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source);
      return !skipped.some((skip) => path === skip || path.startsWith(skip + sep));
    }
  });
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

export interface BuildRun {
  ok: boolean;
  ms: number;
  log: string;
}

/** `npm run build` in `dir`, without any network when `offline` (a new network namespace). */
export async function runBuild(dir: string, { offline = true, env = {} as Record<string, string> } = {}): Promise<BuildRun> {
  const command = offline ? ["unshare", ["-n", "npm", "run", "build"]] as const : ["npm", ["run", "build"]] as const;
  const start = performance.now();
  try {
    const { stdout, stderr } = await promisify(execFile)(command[0], [...command[1]], {
      cwd: dir,
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", NO_COLOR: "1", ...env },
      maxBuffer: 64 * 1024 * 1024
    });
    return { ok: true, ms: performance.now() - start, log: stdout + stderr };
  } catch (error) {
    const { stdout = "", stderr = "", message } = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, ms: performance.now() - start, log: `${message}\n${stdout}${stderr}` };
  }
}
