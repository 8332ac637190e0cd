// The VS Code side of review-ls: start the language server for markdown
// files, restart it on demand or when its settings change, and say clearly
// what to do when it cannot be found. Every feature (diagnostics, quick
// fixes, completion, hover, outline, folding) comes from the server.

import * as vscode from "vscode";
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import { findServer, ServerNotFoundError } from "./serverPath";

const clientId = "review-ls";
const clientName = "Review LS";

let client: LanguageClient | undefined;
let outputChannel: vscode.OutputChannel;
let traceOutputChannel: vscode.OutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  outputChannel = vscode.window.createOutputChannel(clientName);
  // The trace goes to the same channel: one place to look when reporting a bug.
  traceOutputChannel = outputChannel;
  context.subscriptions.push(outputChannel);

  context.subscriptions.push(
    vscode.commands.registerCommand("review-ls.restartServer", () => restart(context)),
    vscode.commands.registerCommand("review-ls.showOutput", () => {
      outputChannel.show(true);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (
        event.affectsConfiguration("review-ls.server.path") ||
        event.affectsConfiguration("review-ls.server.args")
      ) {
        outputChannel.appendLine("Server settings changed: restarting.");
        void restart(context);
      }
    }),
  );

  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("review-ls");
  const configuredPath = settings.get<string>("server.path", "");
  const args = settings.get<string[]>("server.args", []);
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;

  let command: string;
  try {
    const found = findServer(configuredPath, workspaceFolder, context.extensionPath);
    command = found.command;
    outputChannel.appendLine(`Using review-ls from ${found.source}: ${command} ${args.join(" ")}`);
  } catch (error) {
    if (error instanceof ServerNotFoundError) {
      reportMissingServer(error);
      return;
    }
    throw error;
  }

  // glibc gives every thread that allocates its own arena, and freed memory
  // stays resident in them: two arenas keep the server's memory about a
  // third lower on a large workspace (BENCHMARKS.md, "Title index").
  const options = {
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" },
  };
  const serverOptions: ServerOptions = {
    run: { command, args, options, transport: TransportKind.stdio },
    debug: { command, args, options, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
    ],
    outputChannel,
    traceOutputChannel,
    // The server registers its own file watchers (workspace/didChangeWatchedFiles).
  };

  client = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outputChannel.appendLine(`review-ls failed to start: ${message}`);
    void vscode.window
      .showErrorMessage(`Review LS: the server at ${command} failed to start: ${message}`, "Show Output")
      .then((choice) => {
        if (choice === "Show Output") {
          outputChannel.show(true);
        }
      });
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running === undefined) {
    return;
  }
  try {
    await running.stop();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outputChannel.appendLine(`review-ls did not stop cleanly: ${message}`);
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  outputChannel.appendLine("Restarting review-ls.");
  await stop();
  await start(context);
}

function reportMissingServer(error: ServerNotFoundError): void {
  const advice = error.configuredPathIsBroken
    ? "Fix the review-ls.server.path setting, or clear it to use review-ls from PATH."
    : "Install it (cargo install --path server/review-ls, or copy target/release/review-ls onto your PATH) " +
      "or set review-ls.server.path to the binary.";
  outputChannel.appendLine(`${error.message} Looked at: ${error.tried.join(", ")}. ${advice}`);
  void vscode.window
    .showErrorMessage(`Review LS: ${error.message} ${advice}`, "Open Settings", "Show Output")
    .then((choice) => {
      if (choice === "Open Settings") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "review-ls.server.path");
      } else if (choice === "Show Output") {
        outputChannel.show(true);
      }
    });
}
