import type { EngineFailure } from "./protocol";

/** A failure as plain data: HostError and XlsxError keep code and messages; anything else becomes an internal error. */
export function toFailure(e: unknown): EngineFailure {
  const o = e as { name?: unknown; code?: unknown; messages?: { zh?: unknown; en?: unknown }; delta?: EngineFailure["delta"] } | null;
  if (o && typeof o === "object" && o.messages && typeof o.messages.zh === "string" && typeof o.messages.en === "string") {
    return {
      name: typeof o.name === "string" ? o.name : "Error",
      code: typeof o.code === "string" ? o.code : "failed",
      messages: { zh: o.messages.zh, en: o.messages.en },
      ...(o.delta ? { delta: o.delta } : {}),
    };
  }
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return { name: "Error", code: "internal", messages: { zh: `内部错误：${detail}`, en: `Internal error: ${detail}` } };
}
