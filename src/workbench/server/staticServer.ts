import { promises as fs } from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { headerPolicy } from "./pagePolicy";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json; charset=utf-8",
};

export interface StaticServer {
  /** The page's address, e.g. http://127.0.0.1:43117/workbench.html */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** Only the loopback by default: the workbench is for this machine. */
  host?: string;
  /** The page "/" leads to. */
  index?: string;
  /**
   * Send the index page's policy (and no framing) with every response: on for the workbench; off to serve the Office
   * add-in's pages, which Office frames and which load office.js from Microsoft's CDN.
   */
  guard?: boolean;
}

/** The file a request path names inside root, or null when it would leave root or is malformed. */
export function fileFor(root: string, urlPath: string, index: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const relative = decoded === "/" || decoded === "" ? index : decoded.replace(/^\/+/, "");
  const full = path.resolve(root, relative);
  const inside = path.relative(path.resolve(root), full);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) return null;
  return full;
}

/**
 * A tiny static file server for the built workbench (dist/): GET and HEAD only, nothing outside root. Every response
 * carries the index page's Content-Security-Policy as a header (see pagePolicy.ts), read when the server starts.
 */
export async function startStaticServer(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const index = options.index ?? "workbench.html";
  const page = await fs.readFile(path.join(root, index), "utf8").catch(() => null);
  const guard =
    options.guard === false
      ? { "X-Content-Type-Options": "nosniff" }
      : { "Content-Security-Policy": headerPolicy(page), "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" };
  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...guard });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    const file = fileFor(root, req.url ?? "/", index);
    if (!file) return send(404, "not found");
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return send(404, "not found");
      const body = await fs.readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": "no-store",
        ...guard,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      send(404, "not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host ?? "127.0.0.1";
      const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
      resolve({
        origin,
        url: `${origin}/${index}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
