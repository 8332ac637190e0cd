// The `review-ls --report` page of the seed, in real headless Chromium.
//
// run.sh writes the report with the built binary and, beside it, what the
// page must agree with: `--list --format json` (every review) and
// `--check --format json` (every finding). This script opens the page from
// disk (file://), as a teaching assistant would, and checks what Chromium
// shows against those two: the summary counts, the chart, the roster and
// finding tables, that every review link opens an existing note at a line
// holding that review, that clicking a column header sorts, that the page
// reads without its script and in print — and that it asked the network for
// nothing.
//
// Environment (set by run.sh):
//   REPORT_HTML, REPORT_LIST, REPORT_CHECK   the report and the two JSON files
//   REPORT_REPO                              the repository (for messages)
//   REPORT_SCREENSHOT                        where the full-page PNG goes
//   REPORT_PDF                               where the printed PDF goes
//   E2E_CHROMIUM                             the browser (default /usr/bin/chromium)
//
// Prints one line per check and `N passed, N failed`; exits 1 on a failure.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { launchChromium } from "../chromium.mjs";

const reportPath = requireEnv("REPORT_HTML");
const listed = JSON.parse(fs.readFileSync(requireEnv("REPORT_LIST"), "utf8"));
const findings = JSON.parse(fs.readFileSync(requireEnv("REPORT_CHECK"), "utf8"));
const screenshotPath = requireEnv("REPORT_SCREENSHOT");
const pdfPath = requireEnv("REPORT_PDF");
const reportUrl = pathToFileURL(reportPath).href;

// The seed, as the CLI tests pin it: 110 reviews in one file, 309 findings,
// 5 reviews that start mid-line, no duplicate.
const SEED_REVIEWS = 110;
const SEED_FINDINGS = 309;
const SEED_MID_LINE = 5;

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`report.mjs: ${name} is not set (run tests/report/run.sh)`);
    process.exit(2);
  }
  return value;
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  assert(a === e, `${what}: expected ${e}, got ${a}`);
}

/** What the JSON outputs say the page must show. */
function expectations() {
  const reviewers = new Set(listed.filter((r) => r.reviewer !== null).map((r) => r.reviewer));
  const papers = new Set(listed.filter((r) => r.key).map((r) => r.key));
  const files = new Set(listed.map((r) => r.path));
  const byRule = (rule) => findings.filter((f) => f.rule === rule);
  // A review is named by the start of the finding's range: the header.
  const reviewsWith = (rule) =>
    new Set(byRule(rule).map((f) => `${f.path}:${f.range.start.line}`));
  return {
    counts: {
      files: files.size,
      reviews: listed.length,
      reviewers: reviewers.size,
      papers: papers.size,
      findings: findings.length,
    },
    reviewers,
    missingReviews: reviewsWith("missing-section"),
    missingSections: byRule("missing-section").length,
    midLineReviews: reviewsWith("entry-starts-mid-line"),
    duplicates: byRule("duplicate-review").length,
  };
}

// --- The checks: each returns a one-line detail or throws ------------------------

async function summaryCounts(page, expected) {
  const shown = {};
  for (const id of Object.keys(expected.counts)) {
    const cell = page.locator(`#count-${id}`);
    const text = (await cell.textContent()).trim();
    const data = await cell.getAttribute("data-count");
    assertEqual(text, data, `#count-${id} text vs data-count`);
    shown[id] = Number(text);
  }
  assertEqual(shown, expected.counts, "summary counts vs --list/--check JSON");
  assertEqual([shown.reviews, shown.findings], [SEED_REVIEWS, SEED_FINDINGS], "the seed's pinned counts");
  return `files ${shown.files}, reviews ${shown.reviews}, reviewers ${shown.reviewers}, papers ${shown.papers}, findings ${shown.findings}`;
}

async function chartBars(page) {
  const bars = await page.locator("svg.chart g.bar").evaluateAll((groups) =>
    groups.map((g) => ({
      kind: g.getAttribute("data-kind"),
      count: Number(g.getAttribute("data-count")),
      label: g.querySelector("text.value").textContent,
      width: Number(g.querySelector("rect.fill").getAttribute("width")),
    })),
  );
  assert(bars.length >= 3, `expected at least the three required kinds in the chart, got ${bars.length}`);
  for (const bar of bars) {
    const expected = listed.filter((r) => r.sections.includes(bar.kind)).length;
    assertEqual(bar.count, expected, `chart bar ${bar.kind}`);
    assert(bar.label.startsWith(`${expected} / ${listed.length} `), `bar ${bar.kind} label "${bar.label}"`);
  }
  // Bars are proportional: the longest is the most common section.
  const longest = bars.reduce((a, b) => (b.width > a.width ? b : a));
  const most = bars.reduce((a, b) => (b.count > a.count ? b : a));
  assertEqual(longest.count, most.count, "longest bar is the most common section");
  // Visible, not just present.
  const box = await page.locator("svg.chart").boundingBox();
  assert(box && box.width > 300 && box.height > 60, `chart box ${JSON.stringify(box)}`);
  return bars.map((b) => `${b.kind} ${b.count}`).join(", ");
}

async function rosterRows(page, expected) {
  const rows = await rosterTable(page);
  assertEqual(rows.length, listed.length, "roster rows");
  const perReviewer = (list) => {
    const counts = {};
    for (const name of list) {
      counts[name] = (counts[name] || 0) + 1;
    }
    return counts;
  };
  assertEqual(
    perReviewer(rows.map((r) => r.reviewer).sort()),
    perReviewer(listed.map((r) => r.reviewer ?? "(no reviewer)").sort()),
    "reviews per reviewer",
  );
  // Every review of --list is one row, by its path:line.
  const places = new Set(rows.map((r) => r.note));
  for (const review of listed) {
    assert(places.has(`${review.path}:${review.line}`), `no row for ${review.path}:${review.line}`);
  }
  // The reviewer table agrees.
  const tallies = await page.locator("#reviewer-table tbody tr").count();
  assertEqual(tallies, expected.reviewers.size + (listed.some((r) => r.reviewer === null) ? 1 : 0), "reviewer table rows");
  return `${rows.length} rows, ${tallies} reviewers`;
}

async function findingTables(page, expected) {
  const missingRows = await page.locator("#missing-table tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      note: row.cells[2].textContent.trim(),
      missing: row.cells[3].textContent.split(", ").length,
    })),
  );
  assertEqual(
    missingRows.map((r) => r.note).sort(),
    [...expected.missingReviews].sort(),
    "reviews in the missing-sections table vs missing-section findings",
  );
  assertEqual(
    missingRows.reduce((sum, r) => sum + r.missing, 0),
    expected.missingSections,
    "missing sections listed vs missing-section findings",
  );
  const midLine = await page
    .locator("#mid-line-table tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.cells[2].textContent.trim()));
  assertEqual(midLine.sort(), [...expected.midLineReviews].sort(), "mid-line table vs entry-starts-mid-line findings");
  assertEqual(midLine.length, SEED_MID_LINE, "the seed's mid-line reviews");
  // The seed has no duplicate: the section says so instead of an empty table.
  assertEqual(expected.duplicates, 0, "duplicate-review findings on the seed");
  assertEqual(await page.locator("#duplicate-table").count(), 0, "no duplicate table");
  const heading = (await page.locator("#duplicates h2").textContent()).trim();
  assertEqual(heading, "Duplicates (0)", "duplicates heading");
  // Papers reviewed by several people: three of Decision Transformer.
  const shared = await page.locator("#shared-table tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({ title: row.cells[0].textContent, links: row.querySelectorAll("a.note").length })),
  );
  const decision = shared.find((p) => p.title.startsWith("Decision Transformer"));
  assert(decision && decision.links === 3, `Decision Transformer: ${JSON.stringify(decision)}`);
  return `${missingRows.length} reviews missing ${expected.missingSections} sections, ${midLine.length} mid-line, ${shared.length} shared papers`;
}

async function linksResolve(page) {
  const links = await page.locator("a.note").evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.href, text: a.textContent, line: Number(a.getAttribute("data-line")) })),
  );
  assert(links.length >= listed.length, `only ${links.length} review links`);
  const byPlace = new Map(listed.map((r) => [`${r.path}:${r.line}`, r]));
  const lines = new Map();
  for (const link of links) {
    assert(link.href.startsWith("file:///"), `link ${link.href} is not a local file`);
    const file = fileURLToPath(link.href);
    assert(fs.existsSync(file) && fs.statSync(file).isFile(), `link ${link.text} -> ${file}: no such file`);
    if (!lines.has(file)) {
      lines.set(file, fs.readFileSync(file, "utf8").split("\n"));
    }
    // The line shown holds the review: its reviewer's name at its column.
    const review = byPlace.get(link.text);
    assert(review, `link text ${link.text} is no review of --list`);
    assert(
      path.resolve(file) === path.resolve(process.env.REPORT_REPO, review.path),
      `link ${link.text} opens ${file}`,
    );
    const text = lines.get(file)[link.line - 1] ?? "";
    if (review.reviewer !== null) {
      const at = [...text].slice(review.column - 1).join("");
      assert(at.startsWith(review.reviewer), `line ${link.line} of ${file} does not start ${review.reviewer} at column ${review.column}`);
    }
  }
  return `${links.length} links, all to existing notes at the review's line`;
}

async function sorting(page) {
  const before = await rosterTable(page);
  // Title, A to Z.
  await page.locator("#roster-table thead th", { hasText: "Title" }).locator("button").click();
  const byTitle = await rosterTable(page);
  assert(JSON.stringify(byTitle) !== JSON.stringify(before), "clicking Title changed nothing");
  assertEqual(byTitle.map((r) => r.note).sort(), before.map((r) => r.note).sort(), "rows kept");
  const unsorted = await page.evaluate((titles) => {
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
    return titles.findIndex((t, i) => i > 0 && collator.compare(titles[i - 1], t) > 0);
  }, byTitle.filter((r) => r.title !== "(no title)").map((r) => r.title));
  assertEqual(unsorted, -1, "first title out of order after sorting by Title");
  assertEqual(
    await page.locator("#roster-table thead th", { hasText: "Title" }).getAttribute("aria-sort"),
    "ascending",
    "aria-sort after one click",
  );
  // Findings, then again: most findings first.
  const findingsHeader = page.locator("#roster-table thead th", { hasText: "Findings" });
  await findingsHeader.locator("button").click();
  const ascending = (await rosterTable(page)).map((r) => r.findings);
  assert(ascending.every((n, i) => i === 0 || ascending[i - 1] <= n), `Findings ascending: ${ascending}`);
  await findingsHeader.locator("button").click();
  const descending = (await rosterTable(page)).map((r) => r.findings);
  assert(descending.every((n, i) => i === 0 || descending[i - 1] >= n), `Findings descending: ${descending}`);
  assertEqual(await findingsHeader.getAttribute("aria-sort"), "descending", "aria-sort after two clicks");
  assert(descending[0] > descending[descending.length - 1], "the seed's findings per review all equal?");
  return `Title A→Z (first "${byTitle[0].title.slice(0, 30)}…"), Findings ${ascending[0]}→${ascending.at(-1)} then ${descending[0]}→${descending.at(-1)}`;
}

async function rosterTable(page) {
  return page.locator("#roster-table tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      reviewer: row.cells[0].textContent.trim(),
      title: row.cells[1].textContent.trim(),
      note: row.cells[2].textContent.trim(),
      findings: Number(row.cells[row.cells.length - 1].textContent),
    })),
  );
}

async function koreanRenders(page) {
  // Which fonts Chromium really drew the first reviewer's name with (the
  // DevTools protocol knows): a Hangul face the stylesheet names, not a
  // last-resort fallback, and no glyph left to one.
  const cell = "#roster-table tbody tr:first-child td:first-child";
  const name = (await page.locator(cell).textContent()).trim();
  assert(/[\uAC00-\uD7A3]/.test(name), `first reviewer "${name}" has no Hangul`);
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert(family.trim().endsWith("sans-serif"), `font-family ends ${family.slice(-30)}`);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: cell });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const named = fonts.filter((font) => family.includes(font.familyName));
    const glyphs = fonts.reduce((sum, font) => sum + font.glyphCount, 0);
    assert(fonts.length > 0 && named.length === fonts.length, `"${name}" drawn with ${JSON.stringify(fonts)}, not the stack's fonts`);
    assertEqual(glyphs, [...name].length, `glyphs drawn for "${name}"`);
    return `"${name}" drawn with ${fonts.map((f) => f.familyName).join(", ")}`;
  } finally {
    await cdp.detach();
  }
}

async function withoutScript(browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(reportUrl);
    const rows = await page.locator("#roster-table tbody tr").count();
    assertEqual(rows, listed.length, "roster rows without JavaScript");
    assertEqual(await page.locator("#roster-table thead button").count(), 0, "sort buttons without JavaScript");
    return `${rows} rows, plain headers`;
  } finally {
    await context.close();
  }
}

async function print(page) {
  await page.emulateMedia({ media: "print" });
  const navDisplay = await page.locator("nav").evaluate((nav) => getComputedStyle(nav).display);
  assertEqual(navDisplay, "none", "nav in print");
  const headerGroup = await page
    .locator("#roster-table thead")
    .evaluate((thead) => getComputedStyle(thead).display);
  assertEqual(headerGroup, "table-header-group", "roster header repeats on each printed page");
  await page.pdf({ path: pdfPath, format: "A4", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const pdf = fs.readFileSync(pdfPath, "latin1");
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert(pages >= 2, `PDF has ${pages} pages`);
  return `A4 PDF, ${pages} pages, ${path.relative(process.env.REPORT_REPO, pdfPath)}`;
}

// --- Running them -----------------------------------------------------------------

async function main() {
  const expected = expectations();
  const browser = await launchChromium(chromium);
  let passed = 0;
  let failed = 0;
  const check = async (name, run) => {
    try {
      const detail = await run();
      passed += 1;
      console.log(`ok ${name}: ${detail}`);
    } catch (error) {
      failed += 1;
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      console.log(`FAILED ${name}: ${message}`);
    }
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every request the page makes, and the ones that would leave the page's
    // own file: all are blocked and counted, and the count must stay 0.
    const requests = [];
    const blocked = [];
    const problems = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === reportUrl) {
        return route.continue();
      }
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.goto(reportUrl, { waitUntil: "load" });

    await check("summary counts match --list and --check JSON", () => summaryCounts(page, expected));
    await check("coverage chart: one bar per section kind, counts from --list", () => chartBars(page));
    await check("roster: one row per review, per reviewer as --list", () => rosterRows(page, expected));
    await check("missing sections, mid-line, duplicates, shared papers match the findings", () =>
      findingTables(page, expected),
    );
    await check("every review link opens an existing note at the review's line", () => linksResolve(page));
    await check("Hangul renders with a system font", () => koreanRenders(page));
    await check("clicking a header sorts the roster (and again reverses it)", () => sorting(page));
    await check("the page reads without JavaScript", () => withoutScript(browser));
    await check("print stylesheet: no navigation, header rows repeat, PDF", () => print(page));
    await check("full-page screenshot", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath, fullPage: true });
      const size = fs.statSync(screenshotPath).size;
      // The first screen alone: what docs/report.png in the README is a copy of.
      const top = path.join(path.dirname(pdfPath), "report-top.png");
      await page.screenshot({ path: top, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1250 } });
      return `${path.relative(process.env.REPORT_REPO, screenshotPath)} (${Math.round(size / 1024)} KB), ${path.relative(process.env.REPORT_REPO, top)}`;
    });
    await check("no network: no request but the page itself, none blocked, no console errors", async () => {
      const others = requests.filter((url) => url !== reportUrl);
      assertEqual(others, [], "requests other than the report");
      assertEqual(blocked, [], "blocked requests");
      assertEqual(problems, [], "console errors and page errors");
      return `${requests.length} request (the report), 0 blocked`;
    });
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
