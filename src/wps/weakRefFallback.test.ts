import { installWeakRefFallback } from "./weakRefFallback";

describe("installWeakRefFallback", () => {
  it("gives an engine without WeakRef one whose deref returns the target", () => {
    const engine: { WeakRef?: unknown } = {};
    installWeakRefFallback(engine);
    const target = { id: 1 };
    const Ref = engine.WeakRef as new (t: object) => { deref(): object | undefined };
    expect(new Ref(target).deref()).toBe(target);
  });

  it("leaves a native WeakRef alone", () => {
    const engine: { WeakRef?: unknown } = { WeakRef };
    installWeakRefFallback(engine);
    expect(engine.WeakRef).toBe(WeakRef);
  });
});
