import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process, capturing what it prints. */
export async function run(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}
