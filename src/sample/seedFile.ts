import { readFileSync } from "fs";
import * as path from "path";
import type { SheetGrid } from "../engine/grid/types";
import { layoutSeedForms } from "./seedLayout";
import { seedRows } from "./seedText";

/** Node only: the bundled seed text, found from src/ and from the compiled lib/ alike. */
export function readSeedText(): string {
  return readFileSync(path.join(__dirname, "..", "..", "assets", "sample", "seed-changji-2021.txt"), "utf8");
}

/** Node only: the seed's six forms on one sheet, laid out as in Excel. */
export function seedSheet(name = "昌吉州2021"): SheetGrid {
  return layoutSeedForms(seedRows(readSeedText()), { sheet: name, typed: true });
}
