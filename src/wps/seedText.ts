/** The seed's text, put in the bundle by the WPS build (webpack.wps.config.js, DefinePlugin); empty elsewhere. */
declare const __SELFEVAL_SEED__: string | undefined;

export function bundledSeedText(): string {
  return typeof __SELFEVAL_SEED__ === "string" ? __SELFEVAL_SEED__ : "";
}
