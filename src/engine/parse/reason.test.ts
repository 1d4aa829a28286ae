import { isPlaceholderReason } from "./reason";
import type { CellValue } from "./types";

describe("isPlaceholderReason", () => {
  it.each<CellValue>([
    null,
    "",
    "   ",
    "无",
    "无 ",
    "无。",
    "无偏差",
    "无偏差。",
    " 无 偏 差 ",
    "暂无",
    "没有偏差",
    "无差异",
    "0",
    0,
    "0.00",
    "/",
    "／",
    "-",
    "—",
    "–",
    "——",
    "--",
    "N/A",
    "n/a",
    "NA",
    "不适用",
    true,
    { error: "#N/A" },
  ])("%j is a placeholder", (cell) => expect(isPlaceholderReason(cell)).toBe(true));

  it.each<CellValue>([
    "剩余收回的车辆保险和维修保养工作拟于2022年6月份开展。",
    "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。",
    "建档立卡中有新增死亡人员,导致有偏差",
    "没有轮换、动用库存",
    "加强技术指导,加大宣传力度;加大项目支持力度",
    "同上",
    "无法按期完成",
  ])("%j is a real reason", (cell) => expect(isPlaceholderReason(cell)).toBe(false));
});
