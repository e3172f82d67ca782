// File paths as the window shows them.

/** The last part of a path, whichever the separator. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The folder that holds a file (the path itself when it names none). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** Shortens a long path in the middle, keeping its start and its end. */
export function shortenPath(path: string, max = 64): string {
  if (path.length <= max) return path;
  const tail = Math.ceil((max - 1) * 0.6);
  const head = max - 1 - tail;
  return `${path.slice(0, head)}…${path.slice(path.length - tail)}`;
}
