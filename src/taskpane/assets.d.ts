/** Text files bundled by webpack as `asset/source` (the seed sample). */
/** A workbook bundled by webpack as its bytes in base64 (webpack.shared.js, base64AssetRule). */
declare module "*.xlsx" {
  const base64: string;
  export default base64;
}

declare module "*.txt" {
  const text: string;
  export default text;
}
