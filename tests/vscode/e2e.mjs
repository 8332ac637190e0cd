// The review-ls VS Code extension, end to end, in real VS Code.
//
// run.sh starts one code-server (VS Code in the browser) per pass, on a
// temporary workspace holding the seed notes: pass `setting` with the
// universal .vsix installed and `review-ls.server.path` pointing at the freshly
// built server (scenarios 1–5); pass `bundled` with the linux-x64 .vsix that
// bundles the server, no such setting and no review-ls on PATH (scenario 6).
// This script drives
// it through headless Chromium, the way a person would (keyboard and mouse),
// and asserts on what the page shows: squiggles, Problems panel rows, the
// hover, the suggest widget and the text of the editor.
//
// Environment (set by run.sh):
//   CODE_SERVER_URL   http://127.0.0.1:PORT
//   E2E_WORKSPACE     the workspace folder (holds reviews.md and new-review.md)
//   E2E_SCREENSHOTS   where each scenario's screenshot goes
//   E2E_CHROMIUM      the browser (default /usr/bin/chromium)
//   E2E_PASS          which pass's scenarios to run: setting (default) or bundled
//   E2E_EXTENSIONS_DIR  code-server's extensions folder (the bundled pass looks there)
//   E2E_ONLY          optional: run only the scenarios whose number is listed ("1,3")
//
// Prints one line per scenario and `N passed, N failed`; exits 1 on a failure.

import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { launchChromium } from "../chromium.mjs";

const url = requireEnv("CODE_SERVER_URL");
const workspace = requireEnv("E2E_WORKSPACE");
const screenshots = requireEnv("E2E_SCREENSHOTS");
const only = (process.env.E2E_ONLY || "").split(",").filter(Boolean);
const pass = process.env.E2E_PASS || "setting";
const extensionsDir = process.env.E2E_EXTENSIONS_DIR || "";

// One scenario takes 30–45 s on a 2-core machine (shared/E2E-NOTES.md); the
// first also waits for the workbench and the server to start.
const SCENARIO_TIMEOUT_MS = 120_000;

// The seed: its review of Decision Transformer by 전지형 is on line 111; 정민준
// (line 115) and 오우석 (line 281) review the same paper. The review on line 41
// has no sections at all, so it carries three missing-section warnings.
const DECISION_TRANSFORMER = "Decision Transformer: Reinforcement Learning via Sequence Modeling";
const HOVER_LINE = 111;
const HOVER_LINE_START = "전지형, Decision Transformer";
const OTHER_REVIEWERS = ["정민준", "오우석"];
const NO_SECTIONS_LINE = 41;
const NO_SECTIONS_HEADER = "박재현, image Deraining";

// The active editor's text area; hovers and peek views hold editors of their own.
const EDITOR = ".editor-group-container.active .editor-instance .monaco-editor";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`e2e.mjs: ${name} is not set (run tests/vscode/run.sh)`);
    process.exit(2);
  }
  return value;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a truthy value; throws `what` after `timeoutMs`. */
async function waitFor(what, probe, timeoutMs = 30_000, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) {
      return last;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    }
    await sleep(intervalMs);
  }
}

/** The rendered lines of the active editor, top to bottom, with their pixel tops. */
async function visibleLines(page) {
  return page.evaluate((editorSelector) => {
    const editor = document.querySelector(editorSelector);
    if (!editor) {
      return [];
    }
    return [...editor.querySelectorAll(".view-lines .view-line")]
      .map((line) => ({
        top: parseFloat(line.style.top),
        // Monaco renders spaces as no-break spaces.
        text: (line.textContent || "").replace(/\u00a0/g, " "),
      }))
      .sort((a, b) => a.top - b.top);
  }, EDITOR);
}

/** Whether the rendered line starting with `lineStart` has a squiggle of `kind`. */
async function lineHasSquiggle(page, lineStart, kind) {
  return page.evaluate(
    ({ editorSelector, lineStart, kind }) => {
      const editor = document.querySelector(editorSelector);
      if (!editor) {
        return false;
      }
      const line = [...editor.querySelectorAll(".view-lines .view-line")].find((candidate) =>
        (candidate.textContent || "").replace(/\u00a0/g, " ").startsWith(lineStart),
      );
      if (!line) {
        return false;
      }
      // Decorations are drawn in .view-overlays, one div per line at the line's top.
      return [...editor.querySelectorAll(".view-overlays > div")].some(
        (overlay) => overlay.style.top === line.style.top && overlay.querySelector(`.squiggly-${kind}`),
      );
    },
    { editorSelector: EDITOR, lineStart, kind },
  );
}

/** The screen rectangle of `word` inside the rendered line starting with `lineStart`. */
async function wordRect(page, lineStart, word) {
  return page.evaluate(
    ({ editorSelector, lineStart, word }) => {
      const editor = document.querySelector(editorSelector);
      const line = [...(editor?.querySelectorAll(".view-lines .view-line") ?? [])].find((candidate) =>
        (candidate.textContent || "").replace(/\u00a0/g, " ").startsWith(lineStart),
      );
      if (!line) {
        return null;
      }
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
      }
      return null;
    },
    { editorSelector: EDITOR, lineStart, word },
  );
}

async function dismissWidgets(page) {
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press("Escape");
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(name);
  // Enter opens the focused row, which is not always the one typed for: the
  // list can still show recently opened files ("new-review.md" for "review").
  await waitFor(
    `Quick Open to focus ${name}`,
    async () => {
      const focused = page.locator(".quick-input-widget .monaco-list-row.focused .label-name");
      if ((await focused.count()) > 0 && (await focused.first().innerText()).trim() === name) {
        return true;
      }
      await page.keyboard.press("ArrowDown");
      return false;
    },
    15_000,
    300,
  );
  await page.keyboard.press("Enter");
  await page
    .locator(`.editor-group-container.active .tab.active[aria-label*="${name}"]`)
    .waitFor({ state: "visible", timeout: 15_000 });
  await page.locator(EDITOR).first().waitFor({ state: "visible", timeout: 15_000 });
}

/** Moves the cursor to the start of `line` (1-based) with Go to Line (Ctrl+G). */
async function goToLine(page, line) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(`:${line}`);
  await page.keyboard.press("Enter");
  await input.waitFor({ state: "hidden", timeout: 10_000 });
}

/**
 * Hovers the mouse over `word` in the rendered line starting with
 * `lineStart` until the hover's text satisfies `accept`, and returns it.
 */
async function hoverText(page, lineStart, word, what, accept) {
  const hover = page.locator(".monaco-hover:visible");
  return waitFor(
    what,
    async () => {
      const rect = await wordRect(page, lineStart, word);
      if (!rect) {
        return null;
      }
      // Leave and re-enter the word: Monaco starts a hover on mouse movement.
      await page.mouse.move(rect.x + rect.width / 2, rect.y - 40);
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
      try {
        await hover.first().waitFor({ state: "visible", timeout: 4_000 });
        // The hover fills in as its providers answer.
        await sleep(1_000);
      } catch {
        return null;
      }
      const shown = (await hover.allInnerTexts()).join("\n");
      return accept(shown) ? shown : null;
    },
    45_000,
    500,
  );
}

async function screenshot(page, name) {
  const file = path.join(screenshots, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// ---------------------------------------------------------------------------
// The scenarios. Each returns a short description of what it saw.

async function missingSectionWarning(page, screenshotName = "1-missing-section-warning") {
  await openFile(page, "reviews.md");
  await goToLine(page, NO_SECTIONS_LINE);
  // The squiggle appears once the extension has started the server and the
  // server has published diagnostics for the opened file.
  await waitFor(
    `a warning squiggle on line ${NO_SECTIONS_LINE} (${NO_SECTIONS_HEADER} …)`,
    () => lineHasSquiggle(page, NO_SECTIONS_HEADER, "warning"),
    60_000,
  );

  await page.keyboard.press("Control+Shift+M");
  const rows = page.locator(".markers-panel .monaco-list-row");
  const texts = await waitFor(
    "a Problems panel row for RV001 / missing … section",
    async () => {
      const all = await rows.allInnerTexts();
      return all.some((text) => /RV001/.test(text) && /missing \w+ section/i.test(text)) ? all : null;
    },
    20_000,
  );
  const badge = await page
    .locator('.panel .composite-bar .action-item:has-text("Problems") .badge-content')
    .first()
    .innerText()
    .catch(() => "?");
  await screenshot(page, screenshotName);
  const example = texts.find((text) => /RV001/.test(text)) ?? "";
  return `Problems badge ${badge}; e.g. "${example.replace(/\s+/g, " ").slice(0, 90)}"`;
}

async function hoverShowsOtherReviews(page) {
  await dismissWidgets(page);
  await openFile(page, "reviews.md");
  await goToLine(page, HOVER_LINE);
  const text = await hoverText(
    page,
    HOVER_LINE_START,
    "Transformer",
    `a hover naming ${OTHER_REVIEWERS.join(" or ")}`,
    (shown) => OTHER_REVIEWERS.some((name) => shown.includes(name)),
  );
  await screenshot(page, "2-hover-other-reviews");
  // And the text of their review: the start of its body, as written in the file.
  const shown = squash(text);
  const named = OTHER_REVIEWERS.filter((name) => text.includes(name));
  const quoted = named.filter((name) => shown.includes(reviewOpening(name)));
  if (quoted.length === 0) {
    const expected = named.map((name) => JSON.stringify(reviewOpening(name))).join(" or ");
    throw new Error(`the hover names ${named.join(", ")} but does not show ${expected}: ${JSON.stringify(shown)}`);
  }
  return `hover names ${named.join(" and ")} and quotes ${quoted.map((name) => `${name}'s "${reviewOpening(name)}…"`).join(", ")}`;
}

function squash(text) {
  return text.replace(/\s+/g, " ").trim();
}

/** The first words of `reviewer`'s Decision Transformer review in the workspace copy of the seed. */
function reviewOpening(reviewer) {
  const lines = fs.readFileSync(path.join(workspace, "reviews.md"), "utf8").split("\n");
  const header = lines.findIndex((line) => line.startsWith(`${reviewer}, Decision Transformer`));
  const body = lines.slice(header + 1).find((line) => line.trim() !== "") ?? "";
  return squash(body.replace(/^[\s•*-]+/, "")).slice(0, 24);
}

async function titleCompletion(page) {
  await dismissWidgets(page);
  await openFile(page, "new-review.md");
  await goToLine(page, 1);
  await page.keyboard.press("End");
  await page.keyboard.type("Decision Tr", { delay: 30 });

  const row = page.locator(".suggest-widget .monaco-list-row", { hasText: DECISION_TRANSFORMER });
  // Ctrl+Space, again if the first answer came before the workspace was indexed.
  await waitFor(
    `a completion item "${DECISION_TRANSFORMER}"`,
    async () => {
      await page.keyboard.press("Control+Space");
      try {
        await row.first().waitFor({ state: "visible", timeout: 5_000 });
        return true;
      } catch {
        await page.keyboard.press("Escape");
        return false;
      }
    },
    45_000,
    500,
  );
  await screenshot(page, "3-title-completion-offered");
  // Accept it with the keyboard: move the focus onto the item, then Enter.
  await waitFor(
    "the title's completion item to be focused",
    async () => {
      const focused = await page.locator(".suggest-widget .monaco-list-row.focused").first().innerText();
      if (focused.includes(DECISION_TRANSFORMER)) {
        return true;
      }
      await page.keyboard.press("ArrowDown");
      return false;
    },
    10_000,
    200,
  );
  // VS Code resolves an item's documentation when it shows the item: the
  // preview comes from completionItem/resolve. Ctrl+Space toggles the
  // focused item's details open.
  const details = page.locator(".suggest-widget .suggest-details, .suggest-details-container .suggest-details");
  const preview = await waitFor(
    "the title's preview in the suggestion's details",
    async () => {
      if (!(await details.first().isVisible().catch(() => false))) {
        await page.keyboard.press("Control+Space");
        return null;
      }
      const text = squash(await details.first().innerText());
      return text.includes("3 reviews:") ? text : null;
    },
    10_000,
    500,
  );
  await screenshot(page, "3-title-completion-preview");
  await page.keyboard.press("Enter");
  await page.locator(".suggest-widget").first().waitFor({ state: "hidden", timeout: 5_000 }).catch(() => {});
  const expected = `## 홍길동: ${DECISION_TRANSFORMER}`;
  const lines = await waitFor(
    `line 1 to read "${expected}"`,
    async () => {
      const all = await visibleLines(page);
      return all[0]?.text === expected ? all : null;
    },
    10_000,
  ).catch(async (error) => {
    const all = await visibleLines(page);
    throw new Error(`${error.message}; it reads ${JSON.stringify(all[0]?.text)}`);
  });
  await screenshot(page, "3-title-completion-accepted");
  return `preview "${preview.slice(0, 60)}…"; line 1 now "${lines[0].text}"`;
}

async function quickFixInsertsSections(page) {
  await dismissWidgets(page);
  await openFile(page, "reviews.md");
  await goToLine(page, NO_SECTIONS_LINE);
  await waitFor(`the warning on line ${NO_SECTIONS_LINE}`, () =>
    lineHasSquiggle(page, NO_SECTIONS_HEADER, "warning"),
  );
  await page.keyboard.press("Control+.");
  const actions = page.locator(".action-widget .monaco-list-row");
  const fixRow = actions.filter({ hasText: /Add the missing sections/ });
  await fixRow.first().waitFor({ state: "visible", timeout: 20_000 });
  const offered = (await actions.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  const fixTitle = (await fixRow.first().innerText()).replace(/\s+/g, " ").trim();
  await screenshot(page, "4-quick-fix-offered");
  // "Add the missing sections (목적, Method, 실험)": the labels it promises.
  const labels = /\(([^)]*)\)/.exec(fixTitle)?.[1]?.split(/,\s*/) ?? [];
  if (labels.length < 2) {
    throw new Error(`cannot read the labels from the fix's title "${fixTitle}"; offered: ${offered.join(" | ")}`);
  }
  // Apply it with the keyboard, as a person would: arrow to it, then Enter.
  await waitFor(
    "the fix to be focused in the Quick Fix menu",
    async () => {
      const focused = page.locator(".action-widget .monaco-list-row.focused");
      if ((await focused.count()) > 0 && (await focused.first().innerText()).includes("Add the missing sections")) {
        return true;
      }
      await page.keyboard.press("ArrowDown");
      return false;
    },
    10_000,
    200,
  );
  await page.keyboard.press("Enter");
  await page.locator(".action-widget").first().waitFor({ state: "hidden", timeout: 5_000 }).catch(() => {});

  const expected = labels.map((label) => `- ${label}: ...`);
  await waitFor(
    `the lines ${expected.join(" / ")} after the review`,
    async () => {
      const texts = (await visibleLines(page)).map((line) => line.text);
      const header = texts.findIndex((text) => text.startsWith(NO_SECTIONS_HEADER));
      const first = texts.indexOf(expected[0], header);
      return (
        header >= 0 &&
        first > header &&
        expected.every((line, offset) => texts[first + offset] === line) &&
        texts[first - 1] === ""
      );
    },
    10_000,
  ).catch(async (error) => {
    const texts = (await visibleLines(page)).map((line) => line.text.slice(0, 60));
    throw new Error(`${error.message}; the editor shows ${JSON.stringify(texts)}`);
  });
  // The server re-checks the changed document: the header's warnings go.
  await waitFor(
    `the warning on line ${NO_SECTIONS_LINE} to go away after the fix`,
    async () => !(await lineHasSquiggle(page, NO_SECTIONS_HEADER, "warning")),
    15_000,
  );
  await screenshot(page, "4-quick-fix-applied");
  return `"${fixTitle}" inserted ${expected.map((line) => `"${line}"`).join(", ")}; the header's warnings went away`;
}

const SWIN = "Swin Transformer: Hierarchical Vision Transformer";

/**
 * One paper per file: the note in `papers/Swin Transformerː …/README.md`
 * is titled only by its folder. Go to Symbol shows its template's sections;
 * hovering the paper's name in another note's prose shows that note.
 */
async function singleNoteOutlineAndHover(page) {
  await dismissWidgets(page);
  await openFile(page, "README.md");
  await page.keyboard.press("Control+Shift+O");
  const rows = page.locator(".quick-input-widget .monaco-list-row");
  const outline = await waitFor(
    "Go to Symbol to list the note's sections",
    async () => {
      const all = (await rows.allInnerTexts()).map(squash);
      return all.some((text) => text.includes("3. Experiments")) ? all : null;
    },
    45_000,
    500,
  );
  await screenshot(page, "5-single-note-outline");
  // review-ls's symbols name the review (the folder's title) and list each
  // section with that title as its container; VS Code's own markdown
  // symbols are the bare `## …` headings beside them.
  if (!outline.some((text) => text.startsWith(SWIN))) {
    throw new Error(`Go to Symbol has no review named ${JSON.stringify(SWIN)}: ${JSON.stringify(outline)}`);
  }
  for (const wanted of ["1. Introduction 🙂", "2. Method", "3. Experiments"]) {
    if (!outline.some((text) => text.startsWith(wanted) && text.includes(SWIN))) {
      throw new Error(`Go to Symbol does not list ${JSON.stringify(wanted)}: ${JSON.stringify(outline)}`);
    }
  }
  await dismissWidgets(page);

  await openFile(page, "vit.md");
  const text = await hoverText(page, "🙂 Swin Transformer", "Swin", `a hover naming ${SWIN}`, (shown) =>
    shown.includes(SWIN),
  );
  await screenshot(page, "5-single-note-hover");
  for (const wanted of ["README.md", "Shifted window attention."]) {
    if (!text.includes(wanted)) {
      throw new Error(`the hover does not show ${JSON.stringify(wanted)}: ${JSON.stringify(squash(text))}`);
    }
  }
  return `Go to Symbol lists ${outline.length} symbols under "${SWIN}"; the prose hover shows README.md's method`;
}

/**
 * The linux-x64 package, with no `review-ls.server.path` and no review-ls on
 * PATH: the extension starts the copy bundled in it. The warnings reach the
 * editor and the Problems panel, the output channel says the server came from
 * `bundled`, and the running server process is that file.
 */
async function bundledServer(page) {
  const problems = await missingSectionWarning(page, "6-bundled-server-problems");

  await dismissWidgets(page);
  // Review LS: Show output, from the Command Palette.
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible", timeout: 10_000 });
  await input.fill(">Review LS: Show output");
  const command = page.locator(".quick-input-widget .monaco-list-row.focused", { hasText: "Show output" });
  await command.first().waitFor({ state: "visible", timeout: 10_000 });
  await page.keyboard.press("Enter");
  const used = await waitFor(
    'the Review LS output channel to say "Using review-ls from bundled: …/server/review-ls"',
    async () => {
      const view = page.locator(".part.panel .monaco-editor .view-lines");
      const lines = await view.locator(".view-line").allInnerTexts();
      const found = lines.map((line) => line.replace(/\u00a0/g, " ")).find((line) => line.startsWith("Using review-ls from"));
      if (found) {
        return found;
      }
      // Should the channel have scrolled on (a long server log), go to its first line.
      if ((await view.count()) > 0) {
        await view.first().click({ force: true, timeout: 5_000 }).catch(() => {});
        await page.keyboard.press("Control+Home");
      }
      return null;
    },
    20_000,
  );
  await screenshot(page, "6-bundled-server-output");
  const match = /^Using review-ls from (\S+): (\S+)/.exec(used);
  const installed = extensionsDir ? path.resolve(extensionsDir) + path.sep : "";
  if (!match || match[1] !== "bundled" || !match[2].endsWith(`${path.sep}server${path.sep}review-ls`)) {
    throw new Error(`the output channel says ${JSON.stringify(used)}, not the bundled server`);
  }
  if (installed && !match[2].startsWith(installed)) {
    throw new Error(`the bundled server ${match[2]} is not in the extensions folder ${installed}`);
  }
  // And the process that answers is that very file.
  const running = await waitFor(`a running process whose executable is ${match[2]}`, () => processesRunning(match[2]), 10_000);
  return `${problems}; output channel: "${used.trim()}"; running as pid ${running.join(", ")}`;
}

/** The pids of the processes whose executable is `executable`. */
function processesRunning(executable) {
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      if (fs.readlinkSync(`/proc/${entry}/exe`) === executable) {
        pids.push(entry);
      }
    } catch {
      // Gone, or not ours to read.
    }
  }
  return pids.length > 0 ? pids : null;
}

const scenarios = [
  { number: "1", name: "missing-section warning in the editor and the Problems panel", run: missingSectionWarning },
  { number: "2", name: "hover on a Decision Transformer title shows another review", run: hoverShowsOtherReviews },
  { number: "3", name: "title completion offers the full title with its preview and inserts it", run: titleCompletion },
  { number: "4", name: "quick fix inserts the missing sections", run: quickFixInsertsSections },
  { number: "5", name: "a single note: outline under its folder's title, hover from another note", run: singleNoteOutlineAndHover },
  { number: "6", name: "the linux-x64 .vsix runs its bundled server (no setting, none on PATH)", run: bundledServer, pass: "bundled" },
];

async function main() {
  fs.mkdirSync(screenshots, { recursive: true });
  const browser = await launchChromium(chromium);
  let passed = 0;
  let failed = 0;
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator(".monaco-workbench .explorer-folders-view").waitFor({ state: "visible", timeout: 60_000 });
    console.log(`workbench ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    for (const scenario of scenarios) {
      if ((scenario.pass ?? "setting") !== pass || (only.length > 0 && !only.includes(scenario.number))) {
        continue;
      }
      const scenarioStart = Date.now();
      let timer;
      try {
        const detail = await Promise.race([
          scenario.run(page),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`scenario took over ${SCENARIO_TIMEOUT_MS / 1000} s`)),
              SCENARIO_TIMEOUT_MS,
            );
          }),
        ]);
        passed += 1;
        console.log(`ok ${scenario.number} ${scenario.name} (${elapsed(scenarioStart)}): ${detail}`);
      } catch (error) {
        failed += 1;
        const shot = await screenshot(page, `${scenario.number}-FAILED`).catch(() => "no screenshot");
        // Playwright appends a multi-line call log: the first line says what failed.
        const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        console.log(`FAILED ${scenario.number} ${scenario.name} (${elapsed(scenarioStart)}): ${message} [${shot}]`);
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

function elapsed(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
