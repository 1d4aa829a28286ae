import { createExcelHost } from "../hosts/excel/excelHost";
import { associateActions, officeExcelEnv, whenOfficeReady } from "../hosts/excel/officeEnv";
import { ribbonActions } from "../hosts/excel/ribbon";

/** The ribbon's function file: registers runCheck, fillScores, clearMarks and undoFill once Office is ready. */
void whenOfficeReady().then(() => associateActions(ribbonActions(createExcelHost(officeExcelEnv()))));
