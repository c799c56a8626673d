import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/** jsdom lays nothing out: give every element a phone-sized box so ResponsiveContainer draws its chart. */
export const TEST_WIDTH = 360;
const TEST_HEIGHT = 400;

class StubResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= StubResizeObserver;

Element.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    width: TEST_WIDTH,
    height: TEST_HEIGHT,
    right: TEST_WIDTH,
    bottom: TEST_HEIGHT,
    toJSON: () => ({}),
  };
};

afterEach(() => {
  cleanup();
});
