import { mergePublishXml, offlineEntry, onlineEntry, publishHtml, publishXml } from "./publishFiles";

const addin = { name: "selfeval", version: "0.1.0" };
const other = `<jspluginonline name="other" type="wps" url="http://127.0.0.1:3889/"/>`;

describe("publish files", () => {
  it.each([
    ["offline", offlineEntry(addin), /^<jsplugin name="selfeval" type="et" url="selfeval_0\.1\.0" version="0\.1\.0"/],
    [
      "online",
      onlineEntry(addin, "http://intranet/addins/selfeval/"),
      /^<jspluginonline name="selfeval" type="et" url="http:\/\/intranet\/addins\/selfeval\/"/,
    ],
  ])("writes the %s entry", (_, entry, pattern) => {
    expect(entry).toMatch(pattern);
    expect(publishXml([entry])).toMatch(/^<\?xml[^>]*\?>\n<jsplugins>\n {2}<jsplugin/);
  });

  it.each([
    ["no file yet", null, [offlineEntry(addin)]],
    ["an empty <jsplugins/>", "<jsplugins/>", [offlineEntry(addin)]],
    ["another add-in's entry, kept", publishXml([other]), [other, offlineEntry(addin)]],
    ["an older entry of ours, replaced", publishXml([other, onlineEntry(addin, "http://old/")]), [other, offlineEntry(addin)]],
  ])("merges into %s", (_, existing, entries) => {
    const merged = mergePublishXml(existing, "selfeval", offlineEntry(addin));
    expect(merged.match(/<jsplugin(online)?\b[^>]*\/>/g)).toEqual(entries);
  });

  it("lists the add-in URL in publish.html, escaped, with no script", () => {
    const html = publishHtml(addin, "http://host/a?b=1&c=2");
    expect(html).toContain('href="http://host/a?b=1&amp;c=2"');
    expect(html).not.toMatch(/<script/i);
  });
});
