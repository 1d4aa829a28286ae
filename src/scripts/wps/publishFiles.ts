/** The files that install the WPS add-in: publish.xml entries (offline and online) and publish.html. */

export interface AddinInfo {
  name: string;
  version: string;
  /** A developer package: WPS then shows its 打开JS调试器 entry (enable="enable_dev"); release packages say "enable". */
  dev?: boolean;
}

const enableOf = (a: AddinInfo) => (a.dev ? "enable_dev" : "enable");

const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The offline package's folder, which WPS looks for beside publish.xml in jsaddons. */
export const offlineFolder = (a: AddinInfo) => `${a.name}_${a.version}`;

/** The publish.xml line of the offline package (an ET add-in whose files sit in jsaddons/<name>_<version>/). */
export function offlineEntry(a: AddinInfo): string {
  const [name, folder, version] = [a.name, offlineFolder(a), a.version].map(escapeXml);
  return `<jsplugin name="${name}" type="et" url="${folder}" version="${version}" enable="${enableOf(a)}" install="null" customDomain=""/>`;
}

/** The publish.xml line of the online variant, served from `url` (ending in "/"). */
export function onlineEntry(a: AddinInfo, url: string): string {
  const name = escapeXml(a.name);
  return `<jspluginonline name="${name}" type="et" url="${escapeXml(url)}" enable="${enableOf(a)}" install="null" customDomain=""/>`;
}

export function publishXml(entries: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<jsplugins>\n${entries.map((e) => `  ${e}\n`).join("")}</jsplugins>\n`;
}

/** Adds `entry` to an existing publish.xml, replacing an earlier entry of the same add-in and keeping all others. */
export function mergePublishXml(existing: string | null, name: string, entry: string): string {
  if (!existing || !/<jsplugins\b[^>]*>/.test(existing)) return publishXml([entry]);
  const literalName = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const same = new RegExp(`\\s*<jsplugin(?:online)?\\b[^>]*\\bname="${literalName}"[^>]*?(?:/>|>[\\s\\S]*?</jsplugin(?:online)?>)`, "g");
  const cleaned = existing.replace(same, "");
  return /<jsplugins\s*\/>/.test(cleaned) ? publishXml([entry]) : cleaned.replace(/<\/jsplugins>/, `  ${entry}\n</jsplugins>`);
}

/** The online variant's landing page: the add-in's URL and the line to put in publish.xml. No script, nothing fetched. */
export function publishHtml(a: AddinInfo, url: string): string {
  const entry = escapeXml(onlineEntry(a, url));
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>自评表校验 WPS 加载项 ${escapeXml(a.version)}</title></head>
<body>
<h1>自评表校验 · SelfEval Checker — WPS 加载项 ${escapeXml(a.version)}</h1>
<p>加载项地址（Add-in URL）：<a id="addin-url" href="${escapeXml(url)}">${escapeXml(url)}</a></p>
<p>在 WPS 的 jsaddons 文件夹中的 publish.xml 的 &lt;jsplugins&gt; 内加入下面一行，然后重启 WPS 表格：</p>
<pre id="publish-entry">${entry}</pre>
<ul>
<li>Windows: <code>%APPDATA%\\kingsoft\\wps\\jsaddons\\publish.xml</code></li>
<li>Linux (麒麟/统信): <code>~/.local/share/Kingsoft/wps/jsaddons/publish.xml</code></li>
</ul>
</body>
</html>
`;
}

/**
 * 专业版 / OEM builds in jsplugins.xml mode: the server list oem.ini points to, with the offline package as a .7z at
 * `packageUrl` (file:///… or http://…). Unverified on real builds: docs/wps.md says what to check.
 */
export function jspluginsXml(a: AddinInfo, packageUrl: string): string {
  const plugin = `<jsplugin name="${escapeXml(a.name)}" type="et" url="${escapeXml(packageUrl)}" version="${escapeXml(a.version)}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${plugin}\n</jsplugins>\n`;
}

/** The lines an administrator adds to WPS's oem.ini (as root on Linux) so that it reads `jspluginsUrl`. */
export function oemIniSnippet(jspluginsUrl: string): string {
  return `[Support]\nJsApiPlugin=true\n\n[Server]\nJSPluginsServer=${jspluginsUrl}\n`;
}
