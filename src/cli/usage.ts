import { PROFILE_IDS, PROFILES } from "../engine";
import type { Lang } from "./args";

export function usage(lang: Lang): string {
  const profiles = PROFILE_IDS.map((id) => `    ${id.padEnd(16)}${lang === "en" ? PROFILES[id].name.en : PROFILES[id].name.zh}`).join("\n");
  if (lang === "en") {
    return `selfeval — checks 项目支出绩效自评表 (project-expenditure performance self-evaluation forms) in .xlsx, .xls and WPS .et workbooks

Usage:
  selfeval check [FILE|DIR]... [--json OUT] [--out PATH] [--fill] [--summary OUT.xlsx|OUT.csv] [--opinion OUT.xlsx]
                 [--profile ID] [--lang zh|en] [--strict] [--recursive]

  With no FILE, the bundled sample workbook is checked. A DIR means every .xlsx, .xls and .et directly in it, links
  followed (with --recursive, in its sub-folders too); lock files "~$…", annotated copies "*.checked.xlsx" and other
  files are skipped, each named on stderr with the reason. A summary table follows, progress goes to stderr. With
  several files, each is checked in a worker with a memory and a time limit: one that exceeds them is reported as not
  read, and the others are still checked.

Options:
  --json OUT      write the report as JSON to OUT ("-" = standard output, the text report is then not printed).
                  One input: one report object; several inputs: an array of them.
  --out PATH      write an annotated copy: marked cells filled by severity, notes with the messages.
                  One input: PATH is the copy (or a folder to hold NAME.checked.xlsx);
                  several inputs: PATH is a folder (created if needed) that receives NAME.checked.xlsx per input.
                  An input is never overwritten. The copy of an .xls or .et is an .xlsx (pictures, charts and macros are not carried).
                  The copy carries the reviewer's decisions the input holds (and gets a sheet 审核意见 when there are
                  any, or with --opinion).
  --fill          with --out, also write the computed scores into empty score, 执行率, 执行率得分 and 总分 cells.
  --summary OUT   write one row per form of every input, to sort and filter: file, sheet, project, 主管部门, 实施单位,
                  reported and computed total, their grades (优/良/中/差), errors, warnings, notes, open / accepted /
                  ignored findings and the decision (as stored in the workbook by the add-in or an annotated copy); a
                  file without a form or not read gets one row with the reason. OUT.xlsx (a sheet 汇总) or
                  OUT.csv (UTF-8 with BOM, opens in Excel).
  --opinion OUT   write the 审核意见 of every form to OUT.xlsx: one sheet, each form from a new A4 page, with the
                  totals and grades, each open finding with its arithmetic (accepted and ignored ones counted), the
                  reviewer's notes, the decision ticked, and the date. Neither output ever overwrites an input.
  --profile ID    rule set (default mof-2020):
${profiles}
  --lang zh|en    language of the messages (default zh).
  --strict        exit 1 when any error is found that no reviewer accepted or ignored.
  --recursive, -r with a DIR, also check the workbooks in its sub-folders (links to folders are not followed).
  --help          this text.

Exit status: 0 the check ran (with findings or not); 1 with --strict and errors found;
             2 a file could not be read or written, or the command line is wrong (other files are still checked).
`;
  }
  return `selfeval — 项目支出绩效自评表校验（.xlsx、.xls 和 WPS .et 工作簿）

用法：
  selfeval check [文件|文件夹]... [--json 输出] [--out 路径] [--fill] [--summary 汇总.xlsx|汇总.csv] [--opinion 意见.xlsx]
                 [--profile 规则] [--lang zh|en] [--strict] [--recursive]

  不给文件时校验自带的示例工作簿。给文件夹时校验其中的每个 .xlsx、.xls 和 .et（跟随符号链接；加 --recursive 时包括子
  文件夹）；锁文件“~$…”、标注副本“*.checked.xlsx”和其他文件跳过，并在 stderr 逐个说明原因。最后列出汇总表，进度输出到
  stderr。校验多个文件时，每个文件在有内存和时间上限的后台线程中校验：超出上限的文件记为无法读取，其余照常校验。

选项：
  --json 输出     把报告以 JSON 写入该文件（“-”表示标准输出，此时不再打印文字报告）。
                  一个输入：一个报告对象；多个输入：报告数组。
  --out 路径      写出标注副本：按严重程度给单元格着色，并以批注写明问题。
                  一个输入：路径即副本文件（或用来存放“文件名.checked.xlsx”的文件夹）；
                  多个输入：路径是文件夹（不存在则创建），每个输入写一个“文件名.checked.xlsx”。
                  绝不覆盖输入文件。.xls 和 .et 的副本为 .xlsx 格式（不带原文件的图片、图表和宏）。
                  副本保留输入文件中的审核结论；有审核结论（或同时指定 --opinion）时副本另含“审核意见”工作表。
  --fill          与 --out 同用：把计算出的得分写入空的得分、执行率、执行率得分和总分单元格。
  --summary 输出  写出汇总表，每张自评表一行，便于排序筛选：文件、工作表、项目名称、主管部门、实施单位、填报总分、
                  计算总分、两者的等级（优/良/中/差）、错误、警告、提示、待处理/已接受/已忽略问题数、审核结论
                  （取自工作簿中保存的审核结论）；没有自评表或无法读取的
                  文件各占一行并写明原因。输出为 .xlsx（工作表“汇总”）或 .csv（带 BOM 的 UTF-8，Excel 可直接打开）。
  --opinion 输出  把每张自评表的审核意见写入 .xlsx：同一工作表中每张表另起一页（A4 纵向），含总分与等级、逐条问题
                  及其计算过程（已接受、已忽略的问题只计数）、审核意见、勾选的审核结论和日期。两种输出都绝不覆盖输入文件。
  --profile 规则  评分规则（默认 mof-2020）：
${profiles}
  --lang zh|en    提示语言（默认 zh）。
  --strict        发现未经审核接受或忽略的错误时以状态码 1 退出。
  --recursive, -r 给文件夹时，连同其子文件夹中的工作簿一并校验（不进入指向文件夹的链接）。
  --help          显示本说明。

退出状态：0 校验已完成（无论有无问题）；1 使用 --strict 且发现错误；
          2 有文件无法读取或写入，或命令行有误（其余文件照常校验）。
`;
}
