/** Written by the workbench's build (webpack.workbench.config.js, src/scripts/sampleRead.ts). */
declare module "@generated/sampleRead" {
  import type { ReadFile } from "../hosts/browser/protocol";
  const read: ReadFile;
  export default read;
}
