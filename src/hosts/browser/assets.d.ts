/** Files the workbench's build bundles: text as its content (asset/source), a workbook as a data: URL (asset/inline). */
declare module "*.txt" {
  const text: string;
  export default text;
}

declare module "*.xlsx" {
  const dataUrl: string;
  export default dataUrl;
}
