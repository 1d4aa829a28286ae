/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useStepwise } from "./useStepwise";

type Props = { source: string; total: number };
/** A change of the props, or "task" for one pending timer run; then what the hook returns. */
type Step = [Props | "task", number];

const FIRST = 25;
const STEP = 25;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("useStepwise", () => {
  it.each<[string, Props, number, Step[]]>([
    ["a short list is drawn whole at once", { source: "a", total: 10 }, 10, [["task", 10]]],
    ["exactly the first step: whole at once", { source: "a", total: FIRST }, FIRST, [["task", FIRST]]],
    [
      "a long list grows a step per task, then stops",
      { source: "a", total: 90 },
      FIRST,
      [
        ["task", 50],
        ["task", 75],
        ["task", 90],
        ["task", 90],
      ],
    ],
    [
      "once drawn whole, more of the same source renders at once",
      { source: "a", total: 30 },
      FIRST,
      [
        ["task", 30],
        [{ source: "a", total: 200 }, 200],
      ],
    ],
    ["a short list drawn at once also renders more of it at once", { source: "a", total: 10 }, 10, [[{ source: "a", total: 200 }, 200]]],
    [
      "a new source starts again at the first step",
      { source: "a", total: 30 },
      FIRST,
      [
        ["task", 30],
        [{ source: "b", total: 100 }, FIRST],
        ["task", 50],
      ],
    ],
    [
      "growth of a source still being drawn goes on stepwise",
      { source: "a", total: 60 },
      FIRST,
      [
        [{ source: "a", total: 200 }, FIRST],
        ["task", 50],
      ],
    ],
  ])("%s", (_, initial, expected, steps) => {
    const { result, rerender } = renderHook((p: Props) => useStepwise(p.source, p.total, FIRST, STEP), { initialProps: initial });
    expect(result.current).toBe(expected);
    for (const [change, after] of steps) {
      if (change === "task") act(() => void jest.advanceTimersToNextTimer());
      else rerender(change);
      expect(result.current).toBe(after);
    }
  });
});
