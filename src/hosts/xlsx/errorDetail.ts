/**
 * Chinese for the English details that libraries and the system give (JSZip, pako, saxes, exceljs, Node's errno codes):
 * the Chinese message says what went wrong in Chinese, the English twin keeps the library's words.
 */

/** "2:114: undefined entity." → "（第 2 行第 114 列）". */
function xmlPosition(detail: string): string {
  const at = /^(\d+):(\d+):/.exec(detail);
  return at ? `（第 ${at[1]} 行第 ${at[2]} 列）` : "";
}

const LIBRARY: readonly [RegExp, (detail: string) => string][] = [
  [/size mismatch|more than its declared size/i, () => "压缩数据的实际大小与声明的不符"],
  [/encrypted zip/i, () => "压缩包中的文件被加密"],
  [/central dir|corrupted zip|end of data reached|missing \d+ bytes|unexpected signature|zip64/i, () => "zip 压缩包的结构不完整或已损坏"],
  [/already merged/i, () => "合并单元格区域互相重叠"],
  [/<mergeCell> tag/i, () => "合并单元格的定义长得异常"],
  [/worksheet name|sheet name/i, () => "工作表名称不合法或重复"],
  [/out of bounds|invalid (?:column|row|address|cell)/i, () => "单元格地址超出范围或格式不对"],
  [/entity/i, (d) => `XML 中有未定义或不合法的实体引用${xmlPosition(d)}`],
  [/^\d+:\d+:/, (d) => `XML 格式错误${xmlPosition(d)}`],
  [
    /invalid|incorrect header|unexpected end of file|crc|compression .*unknown|unknown compression|too many length/i,
    () => "压缩数据已损坏",
  ],
  [/cannot read propert|is not a function|is not iterable|undefined|null/i, () => "内部结构不完整，无法解析"],
];

/** A library's English error detail, said in Chinese (without the English). */
export function libraryDetail(detail: string): string {
  for (const [pattern, say] of LIBRARY) if (pattern.test(detail)) return say(detail);
  return "内部结构无法解析";
}

const SYSTEM: Record<string, string> = {
  ENOENT: "文件或文件夹不存在",
  EACCES: "没有权限",
  EPERM: "操作不被允许",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘配额已满",
  EISDIR: "这是一个文件夹",
  ENOTDIR: "路径中的某一段不是文件夹",
  EROFS: "文件系统是只读的",
  ELOOP: "符号链接形成了循环",
  EMFILE: "同时打开的文件过多",
  ENFILE: "同时打开的文件过多",
  EBUSY: "文件正被占用",
  EIO: "读写出错",
  ENAMETOOLONG: "路径过长",
  EFBIG: "文件过大",
  ENXIO: "设备不存在或管道没有读取方",
  EAGAIN: "资源暂时不可用",
};

/** A system error's detail ("ENOSPC: no space left on device, write") in Chinese, keeping the code ("磁盘空间不足 ENOSPC"). */
export function systemDetail(detail: string): string {
  const code = /\b(E[A-Z]{2,})\b/.exec(detail)?.[1];
  if (code && SYSTEM[code]) return `${SYSTEM[code]}，${code}`;
  if (code) return `系统错误 ${code}`;
  return libraryDetail(detail);
}
