// The browser workbench: dist/workbench.html, its script and the engine (run as a Web Worker) under dist/workbench/.
// `npx webpack -c webpack.workbench.config.js` (production) or `--mode development`.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { typescriptRule, textAssetRule } = require("./webpack.shared");

const dist = path.resolve(__dirname, "dist");

/** Shared by the page and the worker: TypeScript (types are checked by `npm run typecheck`), bundled assets, no Node built-ins. */
function common(mode) {
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Modules shared with the command line import fs/path; nothing the browser runs reaches them.
      fallback: { fs: false, path: false, os: false },
    },
    module: {
      // exceljs's browser build is one self-contained, minified file: parsing and minifying it again only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        // The engine's modules only declare: the page, which imports a few of its names, gets those, not the whole engine.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        typescriptRule({ sourceMap: mode === "development" }),
        textAssetRule,
        { test: /\.xlsx$/, type: "asset/inline" },
      ],
    },
    plugins: [
      // exceljs's browser build and our .xlsx reader use Buffer; the page has none.
      new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
    ],
    performance: { hints: false },
  };
}

/**
 * What the engine reads of the bundled sample, read now by the engine's own reader (src/scripts/sampleRead.ts): the page
 * opens the sample with it, so that neither the page nor the worker needs exceljs for its first screen.
 */
function sampleReadFile() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-sample-read-")), "sampleRead.json");
  const script = path.join(__dirname, "src", "scripts", "sampleRead.ts");
  execFileSync(process.execPath, [require.resolve("tsx/cli"), script, out], { cwd: __dirname, stdio: "inherit" });
  return out;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const base = common(mode);
  const engineEntry = { ...base, entry: "./src/hosts/browser/engineEntry.ts" };
  const engineOutput = { path: path.join(dist, "workbench"), publicPath: "", globalObject: "self", clean: false };
  // Mostly exceljs, minified already (minifying it again costs a minute); our part stays readable.
  const engineOptimization = { minimize: false, splitChunks: false };
  return [
    {
      ...engineEntry,
      // The Web Worker: the engine at once, exceljs and the readers (a chunk of their own) at the first file read.
      name: "workbench-engine",
      target: "webworker",
      entry: { "workbench.engine": engineEntry.entry },
      output: { ...engineOutput, filename: "[name].js", chunkFilename: "workbench.engine.[name].js" },
      optimization: engineOptimization,
    },
    {
      ...engineEntry,
      // The same engine as one page script, for where no worker can start (opened from disk).
      name: "workbench-engine-page",
      target: "web",
      entry: { "workbench.engine.page": engineEntry.entry },
      output: { ...engineOutput, filename: "[name].js" },
      optimization: engineOptimization,
      plugins: [...base.plugins, new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    },
    {
      ...base,
      name: "workbench-page",
      target: "web",
      entry: { workbench: "./src/workbench/index.tsx" },
      resolve: { ...base.resolve, alias: { "@generated/sampleRead$": sampleReadFile() } },
      output: {
        path: dist,
        filename: "workbench/[name].js",
        chunkFilename: "workbench/[name].chunk.js",
        // Relative, so that the page works from any folder of any static server, and from disk.
        publicPath: "",
        clean: false,
      },
      plugins: [
        ...base.plugins,
        new HtmlWebpackPlugin({
          template: "./src/workbench/workbench.html",
          filename: "workbench.html",
          chunks: ["workbench"],
          inject: "body",
          scriptLoading: "defer",
        }),
      ],
    },
  ];
};
