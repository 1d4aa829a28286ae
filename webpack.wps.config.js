/* The WPS add-in's bundle (npm run build:wps): entry page + task pane, everything local, nothing from the network. */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { RUNTIMES, typescriptRule, packagesRule } = require("./webpack.shared");
const { guardScripts } = require("./src/pageGuard");
const { version } = require("./package.json");

const ADDIN_NAME = "selfeval";

module.exports = (env = {}) => ({
  mode: env.development ? "development" : "production",
  devtool: false,
  // The oldest WPS Chromium (69) parses ES2018; Babel lowers our code and the packages' to it, with core-js polyfills.
  target: ["web", `es${RUNTIMES.wps.ecmaVersion}`],
  // `--env only=index` builds the entry page alone (the package test does, to stay quick).
  entry: env.only === "index" ? { index: "./src/wps/index.ts" } : { index: "./src/wps/index.ts", taskpane: "./src/wps/taskpane.tsx" },
  output: {
    path: path.resolve(__dirname, env.outDir || path.join("dist", "wps", `${ADDIN_NAME}_${version}`)),
    filename: "[name].js",
    publicPath: "",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [typescriptRule({ target: "ES2020", moduleResolution: "node" }, RUNTIMES.wps), packagesRule(RUNTIMES.wps)],
  },
  plugins: [
    new webpack.DefinePlugin({
      __SELFEVAL_SEED__: JSON.stringify(fs.readFileSync(path.join(__dirname, "assets", "sample", "seed-changji-2021.txt"), "utf8")),
    }),
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./assets/wps/index.html",
      chunks: ["index"],
      inject: "body",
      scriptLoading: "blocking",
    }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./assets/wps/taskpane.html",
      chunks: ["taskpane"],
      inject: "body",
      scriptLoading: "blocking",
      templateParameters: { guard: guardScripts({ host: "wps", ecmaVersion: RUNTIMES.wps.ecmaVersion }) },
    }),
    // The ribbon's PNG icons are drawn into images/ by src/scripts/wps/packageWps.ts (npm run build:wps).
    new CopyWebpackPlugin({ patterns: [{ from: "assets/wps/ribbon.xml" }, { from: "assets/wps/manifest.xml" }] }),
  ],
  performance: { hints: false },
});
module.exports.ADDIN_NAME = ADDIN_NAME;
