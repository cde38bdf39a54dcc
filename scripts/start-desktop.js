#!/usr/bin/env node
'use strict';
// npm run start:desktop: sideloads manifest.xml into desktop Excel where it
// exists (Windows, macOS) with Microsoft's office-addin-debugging tool.
const { spawnSync } = require('node:child_process');

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  process.stdout.write(
    'Excel voor de desktop bestaat niet op dit systeem. Gebruik npm start en sideload manifest.xml in Excel op het web ' +
      '(Start > Invoegtoepassingen > Meer invoegtoepassingen > Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden).\n',
  );
  process.exit(0);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const r = spawnSync(npx, ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
