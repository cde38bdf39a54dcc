#!/usr/bin/env node
'use strict';
// npm run test:excel: the live test in desktop Excel. Sideloads a test copy of
// the add-in with Microsoft's office-addin-debugging, whose pane runs
// test/excel/scenario.ts (Valideer, one Herstel, Overzicht maken twice with a
// formula that reads the overview) and posts each step to the small HTTPS
// server here, on port 4201 as in Microsoft's add-in templates. Without
// desktop Excel it says so and skips.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const PORT = 4201;
const TIMEOUT_MS = 10 * 60 * 1000;
const EXCEL = {
  win32: ['C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE', 'C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\EXCEL.EXE'],
  darwin: ['/Applications/Microsoft Excel.app'],
};

if (!(EXCEL[process.platform] ?? []).some((p) => fs.existsSync(p))) {
  process.stdout.write(
    'Geen Excel voor de desktop op deze machine: de live test in Excel slaat zich over. ' +
      'Draai npm run test:excel op Windows of macOS met Excel, of volg de controlelijst voor Excel op het web in de README.\n',
  );
  process.exit(0);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const manifest = testManifest();
const debugging = (cmd, extra = []) => [npx, ['--yes', 'office-addin-debugging', cmd, manifest, 'desktop', ...extra]];
let server;
let timer;

void main();

async function main() {
  // The runner listens before Excel starts, so the pane's first step cannot go unheard.
  server = await resultsServer();
  const [cmd, args] = debugging('start', [
    '--app',
    'excel',
    '--no-debug',
    '--dev-server',
    'npx webpack serve --mode development --env livetest',
    '--dev-server-port',
    '3000',
  ]);
  spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  timer = setTimeout(() => finish(false, 'Geen antwoord van het deelvenster binnen 10 minuten.'), TIMEOUT_MS);
}

/** The manifest with its own id (so it does not replace a sideloaded driehoek) and the live-test page as its pane. */
function testManifest() {
  const xml = fs
    .readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')
    .replace(/<Id>[^<]+<\/Id>/, '<Id>6f1c2a9e-5d4b-4c1e-9a7f-d1e4e5c0b7a3</Id>')
    .replaceAll('https://localhost:3000/taskpane.html', 'https://localhost:3000/livetest.html');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'driehoek-livetest-')), 'manifest.xml');
  fs.writeFileSync(file, xml);
  return file;
}

/** Receives the steps as the pane posts them, prints each, and ends the run on the last. */
async function resultsServer() {
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  let failed = false;
  const s = https.createServer(await getHttpsServerOptions(), (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    if (req.method !== 'POST') return res.end();
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      res.end('ok');
      const step = JSON.parse(body);
      if ('klaar' in step) return finish(step.klaar && !failed, step.klaar ? 'Alle stappen geslaagd in Excel.' : 'De live test faalde in Excel.');
      failed ||= !step.ok;
      process.stdout.write(`${step.ok ? '✓' : '✗'} ${step.stap}: ${step.detail}\n`);
    });
  });
  await new Promise((resolve) => s.listen(PORT, resolve));
  return s;
}

function finish(ok, sentence) {
  clearTimeout(timer);
  process.stdout.write(`${sentence}\n`);
  server.close();
  const [stop, stopArgs] = debugging('stop');
  spawn(stop, stopArgs, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' }).on('exit', () => process.exit(ok ? 0 : 1));
}
