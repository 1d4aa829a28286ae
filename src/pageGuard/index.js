// Builds the inline <script> tags that start every Excel and WPS page (see guard.es5.js). Used by the webpack configs.
const fs = require("fs");
const path = require("path");

const GUARD_SOURCE = fs
  .readFileSync(path.join(__dirname, "guard.es5.js"), "utf8")
  .replace(/^\/\*[\s\S]*?\*\/\s*/, "")
  .trim()
  .replace(/;$/, "");

/**
 * One expression per ECMAScript edition a runtime's bundles are lowered to: it parses only on an engine that parses
 * that edition (object rest/spread and async generators are ES2018; `??=` is ES2021, `?.` ES2020), and is true there.
 */
const PROBES = {
  2018:
    "(function () { const { a, ...rest } = { a: 1, b: 2 }; async function* g() {} " +
    "return typeof g === 'function' && ({ ...rest }).b === 2; })()",
  2021: "(function () { const o = {}; o.a ??= { b: 1 }; return o?.a?.b === 1; })()"
};

/** What each host's guard says, Chinese first. */
const MESSAGES = {
  excel: {
    zh:
      "此版本的 Office 用旧的浏览器内核（如 Internet Explorer、旧版 Edge）运行加载项，无法运行自评表校验。" +
      "请改用 Microsoft 365 或 Office 2021 及以上版本（Windows 上须装有 Microsoft Edge WebView2 运行时），" +
      "或 WPS 表格的自评表校验加载项，或在 Edge、Chrome、Firefox 中打开下面的校验工作台：",
    en:
      "This Office runs add-ins in an old browser engine (such as Internet Explorer or Edge Legacy), which cannot run SelfEval Checker. " +
      "Use Microsoft 365 or Office 2021 or later (on Windows with the Microsoft Edge WebView2 runtime), the SelfEval Checker add-in " +
      "for WPS Spreadsheets, or the workbench below in Edge, Chrome or Firefox:"
  },
  wps: {
    zh:
      "此版本 WPS 的内置浏览器过旧（需 Chromium 69 或更新），无法显示自评面板。" +
      "请升级 WPS Office，或在 Edge、Chrome、Firefox 中使用自评表校验的网页版校验工作台（workbench.html）。",
    en:
      "The browser built into this WPS version is too old (Chromium 69 or later is needed) to show the pane. " +
      "Update WPS Office, or use SelfEval Checker's workbench (workbench.html) in Edge, Chrome or Firefox."
  }
};

/** `<` in inline JSON would let a string close the script element. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The guard and its probe for a page of `host` whose bundles parse as `ecmaVersion`.
 * `functions` (a ribbon function file): the ribbon functions to answer, and `dialog` the page that shows the message.
 * `workbench`: a sibling page offered as the alternative (the Excel build writes workbench.html beside the pane).
 */
function guardScripts({ host, ecmaVersion, functions, dialog, workbench }) {
  const probe = PROBES[ecmaVersion];
  if (!probe) throw new Error(`no guard probe for ES${ecmaVersion}`);
  const options = { message: MESSAGES[host], ...(functions ? { functions, dialog } : {}), ...(workbench ? { workbench } : {}) };
  return `<script>${GUARD_SOURCE}(window, document, ${inlineJson(options)});</script>\n    <script>selfevalGuard.ok = ${probe};</script>`;
}

module.exports = { guardScripts, GUARD_SOURCE, PROBES, MESSAGES };
