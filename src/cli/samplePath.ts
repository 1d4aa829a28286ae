import * as path from "path";

/** The bundled sample workbook, found from this file: works from src/ (tests), lib/ (built) and an installed package. */
export function bundledSamplePath(): string {
  return path.join(__dirname, "..", "..", "assets", "sample", "sample-changji-2021.xlsx");
}
