/**
 * `npm run test:unit`: the engine, the application layer, the pane and the hosts on their fakes — everything but the
 * integration tests, which build bundles, drive Chromium, run LibreOffice or spawn the command line (`npm test` runs all).
 */
const base = require("./jest.config");

const INTEGRATION = [
  "/test/browser/",
  "/test/pages/",
  "/test/wps/package\\.test\\.ts$",
  "/test/legacy/(browser|libreoffice|folder)\\.test\\.ts$",
  "/test/xlsx/libreoffice\\.test\\.ts$",
  "/test/cli/",
  "/test/manifest/",
  "\\.large\\.test\\.tsx?$",
];

/** @type {import('jest').Config} */
module.exports = { ...base, testPathIgnorePatterns: ["/node_modules/", ...INTEGRATION] };
