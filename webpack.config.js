/* Build of the task pane, the ribbon's function file and the manifest (see README: intranet hosting). */
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest, DEV_BASE_URL } = require('./scripts/manifest-url.cjs');
const { contentSecurityPolicy } = require('./scripts/page-policy.cjs');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// The Word and PDF readers are copied next to the pane by version (src/documents/docx.ts and pdf.ts build the same paths).
const PDFJS_VERSION = require('pdfjs-dist/package.json').version;
const MAMMOTH_VERSION = require('mammoth/package.json').version;
const LOCAL_OFFICE_DIR = 'office-js';

/** Copies @microsoft/office-js's dist/ next to the build, outside webpack's memory (it is ~90 MB). */
class CopyOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('CopyOfficeJsPlugin', (compilation) => {
      const from = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
      fs.cpSync(from, path.join(compilation.outputOptions.path, LOCAL_OFFICE_DIR), { recursive: true });
    });
  }
}

/** Dev-server HTTPS options from office-addin-dev-certs, or null where certificates cannot be made. */
async function httpsOptions() {
  if (process.env.WP_HTTP === '1') return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 20000));
    return await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
  } catch (error) {
    console.warn(
      '\n[工作要点台账] 无法创建本机 HTTPS 开发证书，开发服务器改用 HTTP：Excel 需要 HTTPS，本机只能在浏览器中预览。\n' +
        '[Work-Points Tracker] Could not create HTTPS dev certificates; serving plain HTTP. Excel needs HTTPS, so this machine can only preview the pane in a browser.\n' +
        `  (${error && error.message ? error.message : error})\n`,
    );
    return null;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const localOffice = process.env.OFFICE_JS === 'local';
  const baseUrl = (process.env.ADDIN_BASE_URL || DEV_BASE_URL).replace(/\/+$/, '');
  const https = dev && argv.env && argv.env.WEBPACK_SERVE ? await httpsOptions() : null;
  const officeJsUrl = localOffice ? `${LOCAL_OFFICE_DIR}/office.js` : OFFICE_CDN;
  // Every page carries the policy (scripts from us and the Office.js origin only; see scripts/page-policy.cjs).
  const csp = contentSecurityPolicy({ localOffice, dev });

  return {
    mode: dev ? 'development' : 'production',
    // Production publishes no source maps beside the code (they would expose the sources on the intranet server).
    devtool: dev ? 'eval-cheap-module-source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/excel/ribbonCommands.ts',
    },
    output: {
      path: path.resolve(__dirname, process.env.WP_OUT_DIR || 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        officeJsUrl,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: ['commands'],
        inject: false,
        officeJsUrl,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
        inject: false,
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The pane's loader and IE 11 message script, as written (ES5, not bundled).
          { from: 'src/taskpane/static/legacy.js', to: 'legacy.js' },
          // PDF.js as pdfjs-dist builds it, loaded by src/documents/pdf.ts when a PDF is opened: not bundled, so
          // webpack neither parses nor minifies its 1.8 MB again; .js so that every web server sends it as script.
          {
            from: 'node_modules/pdfjs-dist/legacy/build/pdf.min.mjs',
            to: `pdfjs/${PDFJS_VERSION}/pdf.min.js`,
            info: { minimized: true },
          },
          {
            from: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs',
            to: `pdfjs/${PDFJS_VERSION}/pdf.worker.min.js`,
            info: { minimized: true },
          },
          // mammoth's own browser build, run by src/documents/docx.ts when a .docx is opened (not bundled, as above).
          {
            from: 'node_modules/mammoth/mammoth.browser.min.js',
            to: `mammoth/${MAMMOTH_VERSION}/mammoth.browser.min.js`,
            info: { minimized: true },
          },
          // The character maps of Chinese PDFs whose fonts carry no encoding of their own.
          { from: 'node_modules/pdfjs-dist/cmaps/*GB*.bcmap', to: 'pdfjs/cmaps/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), baseUrl),
          },
        ],
      }),
      ...(localOffice ? [new CopyOfficeJsPlugin()] : []),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      allowedHosts: 'all',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};
