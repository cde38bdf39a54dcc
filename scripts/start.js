#!/usr/bin/env node
'use strict';
// npm start: serves the pane on localhost, with the sample ready, and says how
// to sideload the same build into Excel. Works on Linux, macOS and Windows.
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const config = require('../webpack.config.js')({}, { mode: 'development' });

async function main() {
  const server = new WebpackDevServer({ ...config.devServer, open: false }, webpack(config));
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

main().catch((e) => {
  process.stderr.write(`driehoek kon niet starten: ${e.message}\n`);
  process.exit(1);
});
