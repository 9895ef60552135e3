// Editors run the CLI and read the build's log: an error there must say which file and line to open
// (CsvError's message is `file line N: reason`), not print a stack trace into the pipeline's code.
// EXPLAINER_DEBUG=1 keeps Node's own report, stack included, for whoever debugs the code.

/** Makes any error this process does not catch print as `<name>: <message>` and exit 1. */
let registered = false;

export function plainErrors(name: string): void {
  // Once a process: its first name (the loader's own) is the one its errors carry.
  if (process.env.EXPLAINER_DEBUG === "1" || registered) return;
  registered = true;
  const fail = (error: unknown) => {
    process.stderr.write(`${name}: ${plainMessage(error)}\n`);
    process.exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
}

/** An error's message without its stack; a Node file error gets its path in plain words. */
export function plainMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === "ENOENT" && path !== undefined) return `${path}: no such file or folder`;
  if (code === "ENOTDIR" && path !== undefined) return `${path}: part of this path is a file, not a folder`;
  if ((code === "EACCES" || code === "EPERM") && path !== undefined) return `${path}: permission denied`;
  // Node names no path when a folder is read as a file (sources.csv made a folder): say what it is, at least.
  if (code === "EISDIR") return `${path ?? "a file the data folder needs (sources.csv, a gazetteer or lexicon file)"}: is a folder, where a file was expected`;
  if (code === "ENAMETOOLONG" && path !== undefined) return `${path.slice(0, 80)}…: a file name too long for the file system`;
  return error.message;
}
