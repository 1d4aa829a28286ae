/** `npm run workbench`: serves the built workbench (dist/) on this machine only and prints its address. */
import { DIST, ensureWorkbenchBuilt } from "./build";
import { startStaticServer } from "./staticServer";

async function main(): Promise<void> {
  ensureWorkbenchBuilt((line) => process.stderr.write(`${line}\n`));
  const wanted = Number(process.env.PORT ?? 8400);
  const server = await startStaticServer(DIST, { port: wanted }).catch(() => startStaticServer(DIST, { port: 0 }));
  process.stdout.write(`自评表校验工作台 · SelfEval Checker workbench: ${server.url}\n(Ctrl+C to stop)\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
