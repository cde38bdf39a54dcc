#!/usr/bin/env node
'use strict';
// npm start: serves the pane on localhost, with the sample ready, and says how
// to sideload the same build into Excel. Works on Linux, macOS and Windows.
const { spawnSync } = require('node:child_process');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const config = require('../webpack.config.js')({}, { mode: 'development' });

async function main() {
  // Its own signal handling would exit before this script says it stopped.
  const server = new WebpackDevServer({ ...config.devServer, open: false, setupExitSignals: false }, webpack(config));
  stopsWithItsParent(server);
  await server.start();
  const scheme = config.devServer.server.type;
  const base = `${scheme}://localhost:${config.devServer.port}`;
  const lines = [
    '',
    `driehoek draait op ${base}/index.html#voorbeeld`,
    '  Open die pagina in een browser: het voorbeeld (uitvoeringsprogramma 2021) staat klaar.',
    '  Uw werkboek verlaat de computer niet; de pagina stuurt niets over het netwerk.',
    '',
    'In Excel sideloaden (deelvenster op dezelfde build):',
    '  Excel op het web: Start > Invoegtoepassingen > Meer invoegtoepassingen > Mijn invoegtoepassingen >',
    '    Mijn invoegtoepassing uploaden, en kies manifest.xml uit deze map.',
    '  Excel op Windows of Mac: npm run start:desktop',
  ];
  if (scheme !== 'https') {
    lines.push(
      '',
      'Let op: Excel laadt invoegtoepassingen alleen over https. Er zijn nog geen ontwikkelcertificaten;',
      '  installeer ze met "npm run certs" en start opnieuw (npm start).',
    );
  }
  lines.push('', 'Stoppen: Ctrl+C', '');
  process.stdout.write(lines.join('\n'));
}

/**
 * Ctrl+C, a kill, or the end of the npm process that started this one: the
 * server stops with it and says so. npm passes Ctrl+C on, but when npm itself
 * is ended it passes nothing to the shell it runs this script in, nor the
 * shell to this process: so this process watches its parent and its parent's
 * parent (npm), and stops when either is gone.
 */
function stopsWithItsParent(server) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch(() => undefined);
    process.stdout.write('\ndriehoek is gestopt.\n');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop());
  const watched = ancestors();
  setInterval(() => watched.some((pid) => !alive(pid)) && void stop(), 500).unref();
}

/** This process's parent and grandparent (ps exists on Linux and macOS; Windows ends the whole tree itself). */
function ancestors() {
  const parentOf = (pid) => Number(spawnSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).stdout?.trim()) || 0;
  const parent = process.ppid;
  const grand = process.platform === 'win32' ? 0 : parentOf(parent);
  return [parent, grand].filter((pid) => pid > 1);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

main().catch((e) => {
  process.stderr.write(`driehoek kon niet starten: ${e.message}\n`);
  process.exit(1);
});
