// Lint: the recommended rules of ESLint, typescript-eslint and React's hooks, and the layer rule that keeps the
// architecture from eroding: each folder imports only the layers below it (README, "Layout").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Tests and test doubles may reach across layers; product code may not. */
const notTests = ["**/*.test.ts", "**/*.test.tsx", "**/testing/**"];

const UI_LIBRARIES = ["react", "react-dom", "react/*", "@fluentui/*"];
const FILE_LIBRARIES = ["exceljs", "jszip", "fs", "fs/*", "path", "worker_threads", "child_process"];

/** A layer: its files may not import the groups listed (folders by path pattern, or packages). */
function layer(name, files, forbidden) {
  return {
    name: `layer/${name}`,
    files,
    ignores: notTests,
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: forbidden, message: `The ${name} layer may not import this (see README, "Layout").` }] },
      ],
    },
  };
}

const OUTSIDE_ENGINE = ["**/engine/**"];
/** What the engine may not import: it is pure (no host, no UI, no files). */
const ENGINE_OUTSIDE = [
  "**/app/**",
  "**/ui/**",
  "**/hosts/**",
  "**/workbench/**",
  "**/cli/**",
  "**/sample/**",
  ...UI_LIBRARIES,
  ...FILE_LIBRARIES,
];
const ENGINE_STAGES = ["grid", "parse", "recognise", "score", "find", "plan"]; // the engine is entered through src/engine/index.ts only

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-artifacts/**", "**/*.js", "**/*.cjs", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Stripping control characters from cell text and file names is deliberate (terminal and record safety).
      "no-control-regex": "off",
    },
  },
  {
    name: "max-len",
    files: ["**/*.ts", "**/*.tsx"],
    // Prettier breaks code at 140 but not strings and comments: this keeps those within it too.
    rules: { "max-len": ["error", { code: 140, ignoreUrls: true }] },
  },
  layer("engine", ["src/engine/*.ts"], ENGINE_OUTSIDE),
  // The engine's stages, each importing only those before it: grid → parse → recognise → score → find → plan.
  ...ENGINE_STAGES.map((stage, i) =>
    layer(
      `engine/${stage}`,
      [`src/engine/${stage}/**`],
      [...ENGINE_OUTSIDE, ...ENGINE_STAGES.slice(i + 1).map((later) => `**/${later}/**`)],
    ),
  ),
  layer(
    "app",
    ["src/app/**"],
    [...OUTSIDE_ENGINE, "**/ui/**", "**/hosts/**", "**/workbench/**", "**/cli/**", ...UI_LIBRARIES, ...FILE_LIBRARIES],
  ),
  layer("ui", ["src/ui/**"], [...OUTSIDE_ENGINE, "**/hosts/**", "**/workbench/**", "**/cli/**", ...FILE_LIBRARIES]),
  layer(
    "hosts/common",
    ["src/hosts/common/**"],
    [
      ...OUTSIDE_ENGINE,
      "**/ui/**",
      "**/hosts/excel/**",
      "**/hosts/wps/**",
      "**/hosts/browser/**",
      "**/hosts/xlsx/**",
      ...UI_LIBRARIES,
      ...FILE_LIBRARIES,
    ],
  ),
  layer(
    "hosts/excel",
    ["src/hosts/excel/**"],
    [...OUTSIDE_ENGINE, "**/ui/**", "**/hosts/wps/**", "**/hosts/browser/**", "**/hosts/xlsx/**", ...UI_LIBRARIES, ...FILE_LIBRARIES],
  ),
  layer(
    "hosts/wps",
    ["src/hosts/wps/**"],
    [...OUTSIDE_ENGINE, "**/ui/**", "**/hosts/excel/**", "**/hosts/browser/**", "**/hosts/xlsx/**", ...UI_LIBRARIES, ...FILE_LIBRARIES],
  ),
  layer(
    "hosts/xlsx",
    ["src/hosts/xlsx/**"],
    [...OUTSIDE_ENGINE, "**/ui/**", "**/hosts/excel/**", "**/hosts/wps/**", "**/hosts/browser/**", ...UI_LIBRARIES],
  ),
  layer(
    "hosts/browser",
    ["src/hosts/browser/**"],
    [
      ...OUTSIDE_ENGINE,
      "**/ui/**",
      "**/hosts/excel/**",
      "**/hosts/wps/**",
      ...UI_LIBRARIES,
      "fs",
      "fs/*",
      "path",
      "worker_threads",
      "child_process",
    ],
  ),
  // The sample is data for every layer (the seed forms laid out as a sheet): it builds on the engine's grid helpers.
  layer("sample", ["src/sample/**"], ["**/app/**", "**/ui/**", "**/hosts/**", ...UI_LIBRARIES]),
);
