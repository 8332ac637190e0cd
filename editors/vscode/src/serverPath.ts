// Where the review-ls binary comes from, in the order the README promises:
// the `review-ls.server.path` setting, then `PATH`, then a copy bundled in the
// extension at `server/review-ls` (present only in platform-specific builds).
//
// Kept free of the `vscode` module so that the search reads as plain code and
// the error it produces can say exactly which places were tried.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Where a found server came from; shown in the output channel. */
export type ServerSource = "setting" | "PATH" | "bundled";

export interface FoundServer {
  readonly command: string;
  readonly source: ServerSource;
}

/** The server could not be found; `tried` lists each place looked at, for the message. */
export class ServerNotFoundError extends Error {
  constructor(
    readonly tried: readonly string[],
    readonly configuredPathIsBroken: boolean,
  ) {
    super(
      configuredPathIsBroken
        ? `review-ls.server.path points to ${tried[0] ?? "?"}, which is not an executable file.`
        : "The review-ls language server was not found.",
    );
    this.name = "ServerNotFoundError";
  }
}

const binaryName = process.platform === "win32" ? "review-ls.exe" : "review-ls";

function isExecutableFile(candidate: string): boolean {
  try {
    if (!fs.statSync(candidate).isFile()) {
      return false;
    }
    if (process.platform !== "win32") {
      fs.accessSync(candidate, fs.constants.X_OK);
    }
    return true;
  } catch {
    return false;
  }
}

/** Expands a leading `~` and resolves a relative path against the first workspace folder. */
export function expandConfiguredPath(configured: string, workspaceFolder: string | undefined): string {
  let expanded = configured.trim();
  if (expanded === "~" || expanded.startsWith("~/")) {
    expanded = path.join(os.homedir(), expanded.slice(1));
  }
  if (!path.isAbsolute(expanded) && workspaceFolder !== undefined) {
    expanded = path.join(workspaceFolder, expanded);
  }
  return expanded;
}

function findOnPath(envPath: string | undefined): string | undefined {
  for (const directory of (envPath ?? "").split(path.delimiter)) {
    if (directory === "") {
      continue;
    }
    const candidate = path.join(directory, binaryName);
    if (isExecutableFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/**
 * Finds the server. A configured path that does not work is an error of its
 * own: silently falling back to another binary would hide the user's typo.
 */
export function findServer(
  configuredPath: string,
  workspaceFolder: string | undefined,
  extensionPath: string,
  envPath: string | undefined = process.env["PATH"],
): FoundServer {
  if (configuredPath.trim() !== "") {
    const expanded = expandConfiguredPath(configuredPath, workspaceFolder);
    if (isExecutableFile(expanded)) {
      return { command: expanded, source: "setting" };
    }
    throw new ServerNotFoundError([expanded], true);
  }
  const onPath = findOnPath(envPath);
  if (onPath !== undefined) {
    return { command: onPath, source: "PATH" };
  }
  const bundled = path.join(extensionPath, "server", binaryName);
  if (isExecutableFile(bundled)) {
    return { command: bundled, source: "bundled" };
  }
  throw new ServerNotFoundError([`${binaryName} on PATH`, bundled], false);
}
