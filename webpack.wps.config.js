/* The WPS add-in's bundle (npm run build:wps): entry page + task pane, everything local, nothing from the network. */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { typescriptRule } = require("./webpack.shared");
const { version } = require("./package.json");

const ADDIN_NAME = "selfeval";

module.exports = (env = {}) => ({
  mode: env.development ? "development" : "production",
  devtool: false,
  target: ["web", "es2017"],
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
    rules: [
      typescriptRule({ target: "ES2017", moduleResolution: "node" }),
    ],
  },
  plugins: [
    new webpack.DefinePlugin({
      __SELFEVAL_SEED__: JSON.stringify(fs.readFileSync(path.join(__dirname, "assets", "sample", "seed-changji-2021.txt"), "utf8")),
    }),
    new HtmlWebpackPlugin({ filename: "index.html", template: "./assets/wps/index.html", chunks: ["index"], inject: "body", scriptLoading: "blocking" }),
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./assets/wps/taskpane.html", chunks: ["taskpane"], inject: "body", scriptLoading: "blocking" }),
    new CopyWebpackPlugin({ patterns: [{ from: "assets/wps/ribbon.xml" }, { from: "assets/wps/images", to: "images" }] }),
  ],
  performance: { hints: false },
});
module.exports.ADDIN_NAME = ADDIN_NAME;
