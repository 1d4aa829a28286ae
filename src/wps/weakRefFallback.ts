/**
 * tabster (Fluent UI's focus manager) calls `new WeakRef` unconditionally; WeakRef came with Chromium 84 and cannot
 * be polyfilled (core-js has none). On an older WPS browser this stand-in holds its target strongly: the pane keeps a
 * few detached elements alive longer, instead of failing to render.
 */
class StrongRef<T extends object> {
  constructor(private readonly target: T) {}
  deref(): T | undefined {
    return this.target;
  }
}

export function installWeakRefFallback(global: { WeakRef?: unknown } = globalThis): void {
  if (typeof global.WeakRef !== "function") global.WeakRef = StrongRef;
}
