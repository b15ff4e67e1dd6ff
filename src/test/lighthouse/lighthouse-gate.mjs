#!/usr/bin/env node
// Lighthouse for tinta's quality gate (src/test/java/dev/tinta/quality/LighthouseIT.java).
//
//   node lighthouse-gate.mjs [--preset mobile|desktop] [--reports DIR] NAME=URL ...
//
// Starts one headless Debian Chromium ($CHROMIUM, default /usr/bin/chromium) with a fresh profile,
// runs Lighthouse 12.2.3 on each URL in turn (13.x needs Node 22), and prints one line of JSON:
//   {"lighthouse": "12.2.3", "userAgent": ..., "preset": "mobile", "pages": [
//     {"name", "url", "seconds", "scores": {"performance": 0-100 or null, ...},
//      "failing": [{"category", "id", "title", "score": 0-100 or null, "displayValue"}],
//      "errored": [audit ids that could not run], "warnings": [...], "error": "..."}]}
// "failing" lists the audits that count in a category's score and scored under 90 or could not run
// (score null, displayValue the error). With --reports each page's full report is saved as
// NAME.report.json and NAME.report.html there.
// The default preset is mobile (Lighthouse's own default, and PageSpeed Insights'): a Moto G
// Power sized screen, simulated slow 4G and a 4x slower CPU.
// Exit status: 0 when every page was measured (whatever its scores), 2 when one could not be.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseVersion = createRequire(import.meta.url)('lighthouse/package.json').version;

let preset = 'mobile';
let reports = null;
const pages = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--preset') preset = args[++i];
  else if (args[i] === '--reports') reports = args[++i];
  else {
    const eq = args[i].indexOf('=');
    if (eq <= 0) usage();
    pages.push({ name: args[i].slice(0, eq), url: args[i].slice(eq + 1) });
  }
}
if (!pages.length || !['mobile', 'desktop'].includes(preset)) usage();
if (reports) fs.mkdirSync(reports, { recursive: true });

function usage() {
  console.error('usage: node lighthouse-gate.mjs [--preset mobile|desktop] [--reports DIR] NAME=URL ...');
  process.exit(2);
}

/** What one Lighthouse result says: category scores, failing weighted audits, audits in error. */
function summarize(lhr) {
  const scores = {};
  const failing = [];
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    scores[c] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!(ref.weight > 0) || !audit) continue;
      // An audit that counts and could not run leaves its category without a score.
      const errored = audit.scoreDisplayMode === 'error';
      if (errored || (audit.score != null && audit.score < 0.9)) {
        failing.push({
          category: c,
          id: audit.id,
          title: audit.title,
          score: audit.score == null ? null : Math.round(audit.score * 100),
          displayValue: (errored ? audit.errorMessage : audit.displayValue) ?? null,
        });
      }
    }
  }
  // Lighthouse 12.2.3 cannot read a few trace events of current Chromium: some diagnostics error
  // out. Listed so a weighted audit in error would be noticed.
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => a.id);
  return { scores, failing, errored, warnings: (lhr.runWarnings ?? []).map(String) };
}

const result = { lighthouse: lighthouseVersion, userAgent: null, preset, pages: [] };
// A throw-away folder per run: Chromium's profile and its TMPDIR, removed at the end.
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tinta-lighthouse-'));
fs.mkdirSync(path.join(runDir, 'profile'));
fs.mkdirSync(path.join(runDir, 'tmp'));
let chrome;
let errors = 0;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    userDataDir: path.join(runDir, 'profile'),
    envVars: { ...process.env, TMPDIR: path.join(runDir, 'tmp') },
    logLevel: 'silent',
    chromeFlags: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Only the local test server answers: a page cannot reach out.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  for (const page of pages) {
    const started = Date.now();
    const out = { name: page.name, url: page.url };
    try {
      const flags = {
        port: chrome.port,
        output: ['json', 'html'],
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        // Only the report's element thumbnails need it; it costs about a second a page.
        disableFullPageScreenshot: true,
      };
      const run = await lighthouse(page.url, flags, preset === 'desktop' ? desktopConfig : undefined);
      if (reports) {
        fs.writeFileSync(path.join(reports, `${page.name}.report.json`), run.report[0]);
        fs.writeFileSync(path.join(reports, `${page.name}.report.html`), run.report[1]);
      }
      result.userAgent ??= run.lhr.environment?.hostUserAgent ?? null;
      if (run.lhr.runtimeError) {
        out.error = `${run.lhr.runtimeError.code}: ${run.lhr.runtimeError.message}`;
      }
      Object.assign(out, summarize(run.lhr));
    } catch (e) {
      out.error = String(e?.message ?? e).split('\n')[0];
    }
    if (out.error) errors++;
    out.seconds = Math.round((Date.now() - started) / 100) / 10;
    result.pages.push(out);
  }
} catch (e) {
  result.error = String(e?.stack ?? e);
  errors++;
} finally {
  try {
    await chrome?.kill();
  } catch {}
  fs.rmSync(runDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
process.exitCode = errors ? 2 : 0;
