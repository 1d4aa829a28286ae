// What the three builds (Excel add-in, browser workbench, WPS add-in) share.

/**
 * The oldest engine each host runs our pages in: as browserslist queries (what Babel lowers syntax and adds polyfills
 * for) and as the ECMAScript edition every script the host's build ships must parse as (test/**\/*.integration.test.ts).
 * - excel: ExcelApi 1.14 (manifest.xml) means Office 2021+ or Microsoft 365 from version 2108, which use WebView2
 *   (Chromium-based Edge, kept up to date by Windows) on Windows, and Excel for Mac 16.52+, whose WKWebView is the
 *   system's Safari (14 or later supported). Trident, EdgeHTML and older Safari get the pages' guard message.
 * - wps: the embedded Chromium of WPS; Windows 12.x ships 104, old UOS/Kylin builds as old as 69.
 */
const RUNTIMES = {
  excel: { browsers: ["edge >= 86", "safari >= 14"], ecmaVersion: 2021, polyfills: false },
  wps: { browsers: ["chrome >= 69"], ecmaVersion: 2018, polyfills: true },
};

/**
 * TypeScript through ts-loader: types are checked by `npm run typecheck`, so the loader only transpiles; ES modules let
 * webpack drop what a page does not use. With `runtime`, Babel then lowers the output to that runtime (see babelLoader).
 */
function typescriptRule(compilerOptions = {}, runtime) {
  const ts = { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", ...compilerOptions } } };
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: runtime ? [babelLoader(runtime), ts] : ts,
  };
}

/** Packages Babel must leave alone: the polyfills themselves, and Babel's and webpack's own helpers. */
const NOT_TRANSPILED = /[\\/]node_modules[\\/](core-js|core-js-pure|@babel[\\/]runtime|webpack|webpack-dev-server)[\\/]/;

/**
 * The packages' JavaScript (React, Fluent UI, tabster…) ships as recent as ES2022 (class static blocks, `??=`):
 * Babel lowers it to what `runtime` parses, and for a runtime with polyfills adds the core-js modules each file uses
 * and the runtime lacks.
 */
function packagesRule(runtime) {
  return { test: /\.m?js$/, include: /[\\/]node_modules[\\/]/, exclude: NOT_TRANSPILED, use: babelLoader(runtime) };
}

function babelLoader(runtime) {
  return {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      // CommonJS packages (React) stay CommonJS: an injected polyfill becomes a require, not an import.
      sourceType: "unambiguous",
      // Fluent's classes assign their fields plainly: lowering them as assignments keeps the bundle small.
      assumptions: { setPublicClassFields: true },
      presets: [
        [
          "@babel/preset-env",
          {
            targets: runtime.browsers,
            bugfixes: true,
            modules: false,
            // Chromium 69 runs optional catch bindings and U+2028 in strings, but they are ES2019 syntax: lower them
            // too, so that every shipped script is plain ES2018.
            include: runtime.ecmaVersion < 2019 ? ["transform-optional-catch-binding", "transform-json-strings"] : [],
            ...(runtime.polyfills ? { useBuiltIns: "usage", corejs: require("core-js/package.json").version } : {}),
          },
        ],
      ],
    },
  };
}

/** The seed text (*.txt) bundled as a string. */
const textAssetRule = { test: /\.txt$/, type: "asset/source" };

/** The sample workbook (*.xlsx) bundled as its bytes in base64: what Excel.createWorkbook takes. */
const base64AssetRule = { test: /\.xlsx$/, type: "asset/inline", generator: { dataUrl: (content) => content.toString("base64") } };

module.exports = { RUNTIMES, typescriptRule, packagesRule, textAssetRule, base64AssetRule };
