import type { LocalText } from "../../engine";

/** The 自检 panel's own words (kept beside it: the pane's dictionary is not extended for one panel). */
export const SELF_TEST_TEXT = {
  heading: { zh: "自检", en: "Self-test" },
  intro: {
    zh: "在一张临时工作表上运行简短、无害的探测（结束后删除它），查明本机的 Excel / WPS 与内置浏览器如何回答本工具依赖的问题。不读写您的工作表。",
    en:
      "Runs short, harmless probes on a scratch sheet (deleted afterwards) to find how this Excel / WPS and its browser " +
      "answer the questions the tool depends on. Your sheets are neither read nor written.",
  },
  run: { zh: "运行自检", en: "Run self-test" },
  running: { zh: "正在自检…", en: "Running the self-test…" },
  copy: { zh: "复制", en: "Copy" },
  copyLabel: { zh: "复制自检结果（JSON）", en: "Copy the self-test result (JSON)" },
  copied: { zh: "已复制自检结果（JSON）。", en: "The self-test result (JSON) was copied." },
  copyByHand: {
    zh: "无法自动复制。请在下面的文本框中全选（Ctrl+A）并复制（Ctrl+C）。",
    en: "Could not copy automatically. Select all in the box below (Ctrl+A) and copy (Ctrl+C).",
  },
  jsonLabel: { zh: "自检结果（JSON）", en: "Self-test result (JSON)" },
  sendTo: {
    zh: "请把复制的 JSON 连同所用的 Excel / WPS 版本发给项目维护人（见 docs/real-host-check.md）。",
    en: "Please send the copied JSON with your Excel / WPS version to the project's maintainer (see docs/real-host-check.md).",
  },
  done: { zh: "自检完成：", en: "Self-test finished: " },
  failed: { zh: "自检未能运行：", en: "The self-test could not run: " },
  results: { zh: "各项结果", en: "Results" },
} satisfies Record<string, LocalText>;
