// Builds the Excel add-in: the task pane and the ribbon's function file, their HTML pages, icons and manifest.
// `npm run build` → dist/ (production, no certificates needed); `npm run dev-server` → https://localhost:3000.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const fs = require("fs");
const { RUNTIMES, typescriptRule, packagesRule, textAssetRule, base64AssetRule } = require("./webpack.shared");
const { guardScripts } = require("./src/pageGuard");

const DEV_URL = "https://localhost:3000/";

/**
 * The URL the add-in is served from in production: ADDIN_BASE_URL, with a trailing slash. Without it a production
 * build fails: a manifest pointing at localhost installs, then shows a blank pane on every other machine.
 */
function productionUrl(env = process.env) {
  const base = (env.ADDIN_BASE_URL || "").trim();
  if (!base)
    throw new Error(
      "未设置 ADDIN_BASE_URL：生产构建须知道加载项的发布地址，例如 ADDIN_BASE_URL=https://your.server/selfeval/ npm run build。\n" +
        "ADDIN_BASE_URL is not set: a production build needs the URL the add-in is served from, " +
        "e.g. ADDIN_BASE_URL=https://your.server/selfeval/ npm run build.",
    );
  if (!/^https:\/\/[^\s"<>]+$/.test(base)) throw new Error(`ADDIN_BASE_URL must be an https URL, got "${base}"`);
  return base.endsWith("/") ? base : `${base}/`;
}

/** The ribbon functions manifest.xml names: the function file's guard answers exactly these. */
function manifestFunctions(xml = fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8")) {
  return Array.from(new Set([...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1].trim())));
}

/** The manifest with every https://localhost:3000/… (and the bare AppDomain) pointing at `url`. */
function rewriteManifest(xml, url) {
  if (url === DEV_URL) return xml;
  const origin = url.replace(/\/$/, "").replace(/^(https:\/\/[^/]+).*$/, "$1");
  return xml.split(DEV_URL).join(url).split("<AppDomain>https://localhost:3000</AppDomain>").join(`<AppDomain>${origin}</AppDomain>`);
}

/** react-dom's own scheduler package folder. */
function reactDomScheduler() {
  return path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom"))] }));
}

/** Every file the build writes that the manifest may point at, relative to dist/. */
const PAGES = ["taskpane.html", "commands.html", "message.html", "help.html"];

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = dev ? DEV_URL : productionUrl();
  const { ecmaVersion } = RUNTIMES.excel;

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      // `--env outDir=…` builds elsewhere (the integration tests do, to leave dist/ alone).
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // The workbench and the WPS package are built into dist/ by their own configs: keep them.
      clean: { keep: /^(workbench|wps)([\\/.]|$)/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Fluent asks for a newer scheduler than react-dom's own: both work with react-dom's, so the pane ships one.
      alias: { scheduler: reactDomScheduler() },
    },
    module: {
      rules: [
        // The engine's modules only declare: a page that imports a few of its names gets those, not the whole engine.
        { test: /[\\/]src[\\/]engine[\\/]/, sideEffects: false },
        typescriptRule({ module: "esnext", target: "es2020", sourceMap: dev }),
        packagesRule(RUNTIMES.excel),
        textAssetRule,
        base64AssetRule,
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI change less often than the add-in: their own file stays cached between releases.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: (chunk) => chunk.name === "taskpane" },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { guard: guardScripts({ host: "excel", ecmaVersion, workbench: "workbench.html" }) },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: {
          guard: guardScripts({ host: "excel", ecmaVersion, functions: manifestFunctions(), dialog: "taskpane.html" }),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          // The ribbon's message dialog: a static page, its text in the query.
          { from: "src/commands/message.html", to: "message.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), url) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
          port: 3000,
          static: false,
        }
      : undefined,
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.manifestFunctions = manifestFunctions;
module.exports.PAGES = PAGES;
module.exports.productionUrl = productionUrl;
module.exports.rewriteManifest = rewriteManifest;
