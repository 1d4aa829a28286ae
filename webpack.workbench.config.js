// The browser workbench: dist/workbench.html, its script and the engine (run as a Web Worker) under dist/workbench/.
// `npx webpack -c webpack.workbench.config.js` (production) or `--mode development`.
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

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const base = common(mode);
  return [
    {
      ...base,
      // One bundle, started as the Web Worker or loaded as a page script where no worker can start (from disk).
      name: "workbench-engine",
      target: "web",
      entry: { "workbench.engine": "./src/hosts/browser/engineEntry.ts" },
      output: { path: path.join(dist, "workbench"), filename: "[name].js", publicPath: "", globalObject: "self", clean: false },
      // Mostly exceljs, minified already (minifying it again costs a minute); our part stays readable.
      optimization: { minimize: false, splitChunks: false },
    },
    {
      ...base,
      name: "workbench-page",
      target: "web",
      entry: { workbench: "./src/workbench/index.tsx" },
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
        new HtmlWebpackPlugin({ template: "./src/workbench/workbench.html", filename: "workbench.html", inject: "body", scriptLoading: "defer" }),
      ],
    },
  ];
};
