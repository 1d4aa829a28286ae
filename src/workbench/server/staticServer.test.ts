import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { fileFor, startStaticServer, type StaticServer } from "./staticServer";

describe("fileFor", () => {
  const root = path.resolve(os.tmpdir(), "root");
  it.each<[string, string | null]>([
    ["/", path.join(root, "workbench.html")],
    ["/workbench/workbench.js?v=1", path.join(root, "workbench", "workbench.js")],
    ["/%E8%A1%A8.xlsx", path.join(root, "表.xlsx")],
    ["/../secret", null],
    ["/%2e%2e/secret", null],
    ["/a/../../secret", null],
    ["/%00", null],
    ["/%E0%A4%A", null],
  ])("%s → %s", (url, file) => {
    expect(fileFor(root, url, "workbench.html")).toBe(file);
  });
});

const PAGE_POLICY = "default-src 'none'; script-src 'self'; worker-src 'self' blob:";

describe("startStaticServer", () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "wb-serve-"));
    await fs.mkdir(path.join(dir, "workbench"));
    await fs.writeFile(path.join(dir, "workbench.html"), `<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}"><p>hi</p>`);
    await fs.writeFile(path.join(dir, "workbench", "a.js"), "1");
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each<[string, string, number, string | null]>([
    ["GET", "/", 200, "text/html; charset=utf-8"],
    ["GET", "/workbench.html", 200, "text/html; charset=utf-8"],
    ["GET", "/workbench/a.js", 200, "text/javascript; charset=utf-8"],
    ["HEAD", "/workbench/a.js", 200, "text/javascript; charset=utf-8"],
    ["GET", "/missing.js", 404, null],
    ["GET", "/workbench", 404, null],
    ["POST", "/workbench.html", 405, null],
  ])("%s %s → %d", async (method, url, status, type) => {
    const res = await fetch(server.origin + url, { method });
    expect(res.status).toBe(status);
    if (type) expect(res.headers.get("content-type")).toBe(type);
  });

  it.each([
    ["GET", "/"],
    ["GET", "/workbench/a.js"],
    ["GET", "/missing.js"],
    ["POST", "/workbench.html"],
  ])("%s %s carries the page's policy as a header, framing refused (the worker script included)", async (method, url) => {
    const res = await fetch(server.origin + url, { method });
    expect(res.headers.get("content-security-policy")).toBe(`${PAGE_POLICY}; frame-ancestors 'none'`);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("listens on the loopback only", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/workbench\.html$/);
  });
});
