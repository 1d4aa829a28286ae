/** The command line from the sources, as a process of its own: `node --require tsx/cjs test/cli/bin.ts check …`. */
import { main } from "../../src/cli/main";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
