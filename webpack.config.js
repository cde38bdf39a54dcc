// @ts-check
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
/** Where `npm run build` points the manifest: the HTTPS host that serves dist/. */
const PROD_URL = (process.env.DRIEHOEK_URL || 'https://driehoek.example.nl/').replace(/\/?$/, '/');
const PORT = Number(process.env.PORT || 3000);

/**
 * office-addin-dev-certs' certificates when they are installed (Windows, macOS,
 * or after `npm run certs`); plain http on localhost
 * otherwise, which the standalone page and the browser tests need no more than.
 */
function devServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return { type: 'http' };
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { type: 'https', options: { key, cert, ca } };
}

/** The pane's page with one more address it may post to: the live test's runner (scripts/test-excel.js). */
function liveTestPage() {
  const html = fs.readFileSync('./src/pane/taskpane.html', 'utf8').replace("connect-src 'self'", "connect-src 'self' https://localhost:4201");
  return new HtmlWebpackPlugin({ filename: 'livetest.html', templateContent: html, chunks: ['livetest'], scriptLoading: 'defer' });
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const page = (filename, template, chunks) => new HtmlWebpackPlugin({ filename, template, chunks, scriptLoading: 'defer' });
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/pane/index.tsx',
      commands: './src/commands/commands.ts',
      melding: './src/commands/melding.ts',
      // npm run test:excel only: the real pane driven by test/excel/scenario.ts.
      ...(env.livetest && { livetest: './test/excel/livetest.tsx' }),
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // The one TypeScript transform; type checking is `npm run typecheck`.
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { onlyCompileBundledFiles: true, transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { noEmit: false } },
        },
      ],
    },
    plugins: [
      page('taskpane.html', './src/pane/taskpane.html', ['taskpane']),
      page('index.html', './src/standalone/index.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      page('melding.html', './src/commands/melding.html', ['melding']),
      ...(env.livetest ? [liveTestPage()] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/uitvoeringsprogramma-2021.xlsx', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // The development manifest points at localhost; the built one at the production host.
            transform: (content) =>
              production ? content.toString().replaceAll(DEV_URL, PROD_URL).replaceAll(DEV_URL.slice(0, -1), PROD_URL.slice(0, -1)) : content,
          },
        ],
      }),
    ],
    // The spreadsheet library stays inside the lazy "xlsx" chunk instead of a shared vendor chunk.
    optimization: { splitChunks: { chunks: 'async', cacheGroups: { defaultVendors: false, default: false } } },
    performance: { hints: false },
    stats: production ? 'normal' : 'errors-warnings',
    infrastructureLogging: { level: 'warn' },
    devServer: {
      static: false,
      port: PORT,
      server: devServer(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};
