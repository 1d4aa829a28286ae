/**
 * Rows of ../shared/domain/real-rows.md (copied to test/golden/real-rows.md), each laid into a form and checked whole:
 * every row with a target and an actual gets a verdict a person would give, and manual review only where a person
 * could not judge either.
 */
import { checkWorkbook, type CellValue, type FindingCode, type IndicatorStatus, type SheetGrid } from "../../src/engine";

type Row = [name: string, level2: string, target: CellValue, actual: CellValue, weight: CellValue, score: CellValue, reason: CellValue];
interface Expect {
  status: IndicatorStatus | IndicatorStatus[];
  computed?: number | null;
  codes?: FindingCode[];
}

const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const level1Of = (level2: string) => (/效益|可持续/.test(level2) ? "效益指标" : /满意/.test(level2) ? "满意度指标" : "产出指标");

function formOf(rows: Row[]): SheetGrid {
  const values: CellValue[][] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["项目名称", "测试项目", null, null, null, null, null, null],
    HEADER,
    ...rows.map(([name, level2, target, actual, weight, score, reason]) => [
      level1Of(level2),
      level2,
      name,
      target,
      actual,
      weight,
      score,
      reason,
    ]),
  ];
  return { name: "表", originRow: 0, originCol: 0, values };
}

const cases: [src: string, row: Row, want: Expect][] = [
  ["S1", ["基建工程委托业务项目数量", "数量指标", "≥50个", 50, 8, 8, null], { status: "met", computed: 8 }],
  ["S1", ["委托业务报告合格率", "质量指标", "≥100百分比", 100, 8, 8, null], { status: "met", computed: 8 }],
  ["S1", ["经费支出合规性", "质量指标", "严格执行相关制度规定", "达成预期指标", 8, 8, null], { status: "met", computed: 8 }],
  ["S1", ["提交报告及时性", "时效指标", "在项目计划完成时间内完成", "达成预期指标", 8, 8, null], { status: "met", computed: 8 }],
  ["S1", ["项目总成本", "成本指标", "≤90万元", 90, 8, 8, null], { status: "met", computed: 8 }],
  ["S1", ["对维护基建市场公平的影响程度", "社会效益指标", "效果明显", "达成预期指标", 10, 10, null], { status: "met", computed: 10 }],
  ["S36", ["补助村(社区)数量", "数量指标", "=8个", 8, 8, 8, null], { status: "met", computed: 8 }],
  ["S36", ["补助资格合规性", "质量指标", "合规", "达成预期指标", 8, 8, null], { status: "met" }],
  ["S36", ["补助经费到位及时性", "时效指标", "及时", "达成预期指标", 8, 8, null], { status: "met" }],
  ["S36", ["项目总成本", "成本指标", "≤202.6万元", 132.9, 10, 10, null], { status: "met", computed: 10 }],
  ["S2", ["指标1:完成中型灌区节水改造项目数量", "数量指标", 1, 1, 10, 10, null], { status: "met", computed: 10 }],
  ["S2", ["指标1:工程质量合格", "质量指标", null, null, 10, 10, null], { status: "manual", codes: ["manual-review"] }],
  ["S2", ["指标1:服务对象满意度", "满意度指标", "90%", "100%", 10, 10, null], { status: "met", computed: 10 }],
  ["S19", ["★补助各类瓜果蔬菜种植面积", "数量指标", "29.5亩", "29.5亩", 20, 20, null], { status: "met", computed: 20 }],
  [
    "S19",
    ["— 其中桃树/苹果树/露天蔬菜/大棚蔬菜", "数量指标", "1.5亩/5亩/20亩/3亩", "1.5亩/5亩/20亩/3亩", null, null, null],
    { status: "met" },
  ],
  ["S19", ["养殖家畜家禽成活率", "质量指标", "95%", "100%", 5, 5, null], { status: "met", computed: 5 }],
  ["S19", ["特色产业带动增加受益农户收入(总收入)", "经济效益指标", "≥11.376万元", "12万元", 20, 20, null], { status: "met", computed: 20 }],
  ["S17", ["安装坡面水标尺", "数量指标", "≥266米", "≥266米", 10, 10, null], { status: "met", computed: 10, codes: ["target-copied"] }],
  ["S17", ["及时(按期)开工率", "时效指标", "≥90%", "≥90%", 10, 10, null], { status: "met", codes: ["target-copied"] }],
  ["S17", ["项目计划总投资", "成本指标", "20万元", "20万元", 10, 10, null], { status: "met", computed: 10 }],
  ["S17", ["群众生产生活条件改善状况", "社会效益指标", "显著提升", "显著提升", 10, 10, null], { status: "met", computed: 10 }],
  [
    "S18",
    ["指标1工程资金金额", "数量指标", 43.2, 37.24, 10, 9, "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"],
    { status: "unmet", computed: 8.62, codes: [] },
  ],
  ["S18", ["指标1安全率", "经济效益指标", 100, 100, 10, 10, 0], { status: "met", computed: 10, codes: [] }],
  ["S20", ["县级储备粮库存粮食明显变质比例", "质量指标", 0, 0, null, null, null], { status: "met" }],
  ["S20", ["粮食储备设备维护及安全性", "质量指标", "高", "高", null, null, null], { status: "met" }],
  ["S20", ["因粮食市场波动引起的粮食安全事件发生数", "社会效益指标", "0起", "0起", null, null, null], { status: "met" }],
  ["S20", ["政策性挂账利息补贴保障率", "质量指标", "100%", "无", null, null, "没有轮换、动用库存"], { status: ["manual", "unmet"] }],
  [
    "S24",
    ["指标1:全县参合人数", "数量指标", 8755, 8676, 15, 13, "建档立卡中有新增死亡人员,导致有偏差"],
    { status: "unmet", computed: 14.86, codes: ["score-mismatch"] },
  ],
  [
    "S24",
    ["指标1:是否解决建档立卡人员看病难贵问题", "社会效益指标", "95%", "95%", 30, 27, null],
    { status: "met", computed: 30, codes: ["score-mismatch", "missing-reason"] },
  ],
  ["S24", ["指标1:配套资金每人每年", "成本指标", "75元", "75元", 10, 10, null], { status: "met", computed: 10 }],
  ["S26", ["保障人数", "数量指标", "2370人", "2370人", 10, 10, null], { status: "met", computed: 10 }],
  ["S26", ["公用经费标准", "质量指标", "符合相关文件要求", "符合相关文件要求", 5, 5, null], { status: "met", computed: 5 }],
  [
    "S26",
    ["公用经费完成时间", "时效指标", "2021年12月完成", "2021年12月完成", 5, 4, null],
    { status: "met", computed: 5, codes: ["score-mismatch", "missing-reason"] },
  ],
  ["S29", ["指标1免费发放原原种", "数量指标", "550万粒", "550万粒", 8, 8, null], { status: "met", computed: 8 }],
  ["S29", ["指标1 2021年11月30日前完成资金支付", "时效指标", "11月底完成", "100%", 8, 8, null], { status: "met", computed: 8 }],
  ["S29", ["指标1种薯采购价格不高于市场价", "成本指标", "是", "是", 8, 8, null], { status: "met", computed: 8 }],
  ["S29", ["指标1病害减少,防治病虫害使用的化学农药量较上年减少", "生态效益指标", "2%", "2%", 8, 8, null], { status: "met", computed: 8 }],
  [
    "S29",
    ["持续完善马铃薯种薯繁育体系", "可持续影响指标", "是", "基本达到", 8, 7, "加强技术指导,加大宣传力度;加大项目支持力度"],
    { status: "unmet", codes: ["score-mismatch"] },
  ],
  ["S30", ["一、示范区建立", "数量指标", "≧20000亩", "20000亩", 15, 15, null], { status: "met", computed: 15 }],
  ["S30", ["三、土样植株化验", "数量指标", "≧60个", "105个", 5, 5, null], { status: "met", computed: 5 }],
  ["S30", ["示范区配方肥到位率", "质量指标", "≧80%", "85.6%", 10, 10, null], { status: "met", computed: 10 }],
  ["S31", ["造林面积", "数量指标", "1.2万亩", "1.2万亩", 10, 10, null], { status: "met", computed: 10 }],
  ["S31", ["当期完成", "时效指标", "90%", " 100%", 7, 7, null], { status: "met", computed: 7 }],
  ["S31", ["造林补助", "成本指标", "每亩300", "每亩300", 6, 6, null], { status: "met", computed: 6 }],
  [
    "S31",
    ["木材销售收入", "经济效益指标", "1100万元", "1093万元", 6, 5, null],
    { status: "unmet", computed: 5.96, codes: ["score-mismatch", "missing-reason"] },
  ],
  ["S31", ["提高就业率", "社会效益指标", " 显著", " 显著", 6, 6, null], { status: "met", computed: 6 }],
  ["S16", ["河道保洁服务费", "成本指标", "15万元。", "按合同10.5万元。", 10, 10, null], { status: "met", computed: 10 }],
  [
    "S16",
    ["辖区企业满意率", "满意度指标", "辖区企业满意率达95%以上。", "辖区企业满意率达95%以上。", 10, 10, null],
    { status: "met", computed: 10 },
  ],
  ["S16", ["时效", "时效指标", "2020年全年。", "2020年全年。", 10, 10, null], { status: "met", computed: 10 }],
  ["S37", ["演出设备成本", "成本指标", "2万元", "2万元", 20, 18, "x"], { status: "met", computed: 20, codes: ["score-mismatch"] }],
  ["S33", ["森林火灾受害率", "质量指标", 0.9, 0, 10, 10, null], { status: "met", computed: 10 }],
  ["S33", ["主要林业有害生物成灾率", "质量指标", 0.4, 0.1, 10, 10, null], { status: "met", computed: 10 }],
];

describe("real rows from published forms", () => {
  it.each(cases)("%s %j", (_src, row, want) => {
    const { report } = checkWorkbook({ sheets: [formOf([row])] });
    expect(report.tables).toHaveLength(1);
    const [r] = report.tables[0].indicators;
    const statuses = Array.isArray(want.status) ? want.status : [want.status];
    expect(statuses).toContain(r.status);
    if (want.computed !== undefined) expect(r.computedScore).toBe(want.computed);
    const codes = report.issues.filter((f) => f.row === r.row).map((f) => f.code);
    if (!statuses.includes("manual")) expect(codes).not.toContain("manual-review");
    // One row alone cannot meet the 50/30/10 weights: weight-structure is the form's business, not the row's.
    const rowCodes = codes.filter((c) => c !== "score-empty" && c !== "weight-structure");
    if (want.codes) expect(rowCodes.sort()).toEqual([...want.codes].sort());
  });
});

describe("the split columns of Sichuan and Hebei forms (指标性质 | 指标值 | 度量单位)", () => {
  const grid = (rows: CellValue[][]): SheetGrid => ({
    name: "四川",
    originRow: 0,
    originCol: 0,
    values: [
      ["项目名称", "测试"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"],
      ...rows,
    ],
  });
  it.each([
    [["产出指标", "时效指标", "安全警示标志设置及时率", "=", 100, "%", 100, 5, 5], "met", 5],
    [["产出指标", "质量指标", "环境治理亮化美化率", "≥", 90, "%", 93, 10, 10], "met", 10],
    [["产出指标", "成本指标", "安全隐患排查成本预算", "=", 6, "万元", 6, 5, 5], "met", 5],
    [["产出指标", "成本指标", "成本控制数", "≤", 30, "万元", "完成", 90, 90], "met", 90],
    [["效益指标", "可持续影响指标", "铁路沿线环境及安全整治管理机制健全性", "定性", "优良中低差", null, "优", 10, 10], "met", 10],
    [["产出指标", "质量指标", "符合条件申报对象覆盖率", ">=", 98, "%(百分比)", "100%", 25, 25], "met", 25],
  ] as [CellValue[], IndicatorStatus, number][])("%j", (row, status, computed) => {
    const { report } = checkWorkbook({ sheets: [grid([row])] });
    const [r] = report.tables[0].indicators;
    expect(r.status).toBe(status);
    expect(r.computedScore).toBe(computed);
  });
});
