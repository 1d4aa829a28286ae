// What the three builds (Excel add-in, browser workbench, WPS add-in) share.

/**
 * TypeScript through ts-loader: types are checked by `npm run typecheck`, so the loader only transpiles; ES modules let
 * webpack drop what a page does not use.
 */
function typescriptRule(compilerOptions = {}) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", ...compilerOptions } } },
  };
}

/** The seed text (*.txt) bundled as a string. */
const textAssetRule = { test: /\.txt$/, type: "asset/source" };

module.exports = { typescriptRule, textAssetRule };
