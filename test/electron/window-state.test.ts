import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseWindowState,
  placeWindow,
  readWindowState,
  writeWindowState,
  type Bounds,
} from '../../electron/main/window-state';

/** A 1920×1080 primary display whose work area loses a 40 px task bar at the bottom. */
const primary: Bounds = { x: 0, y: 0, width: 1920, height: 1040 };
/** A 1280×1024 second display to the primary's right. */
const right: Bounds = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('where the window opens (placeWindow)', () => {
  it('opens at the default size, centred, on a first run', () => {
    // 1440×900 on 1920×1040: x = (1920 − 1440) / 2 = 240, y = (1040 − 900) / 2 = 70.
    expect(placeWindow(null, [primary])).toEqual({
      bounds: { x: 240, y: 70, width: 1440, height: 900 },
      maximized: false,
    });
  });

  it('goes back where it was left, on the second display, maximised if it was', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1100, height: 800 }, maximized: true };
    expect(placeWindow(saved, [primary, right])).toEqual(saved);
  });

  it('comes back to the primary display when its display is gone, keeping its size', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1100, height: 800 }, maximized: false };
    // Centred on the primary: x = (1920 − 1100) / 2 = 410, y = (1040 − 800) / 2 = 120.
    expect(placeWindow(saved, [primary])).toEqual({
      bounds: { x: 410, y: 120, width: 1100, height: 800 },
      maximized: false,
    });
  });

  it('keeps a window whose title bar can still be grabbed, and moves one whose bar cannot', () => {
    // 150 px of the title bar left on screen (1770 + 150 = 1920): at least 100 px, it stays.
    const grabbable = { bounds: { x: 1770, y: 10, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(grabbable, [primary]).bounds.x).toBe(1770);
    // 50 px left (1870 + 50 = 1920): too little to grab, so it is centred: (1920 − 1200) / 2 = 360.
    const lost = { bounds: { x: 1870, y: 10, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(lost, [primary]).bounds.x).toBe(360);
    // Title bar above the top of the work area (y = −20): not reachable, centred: (1040 − 800) / 2.
    const above = { bounds: { x: 100, y: -20, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(above, [primary]).bounds.y).toBe(120);
  });

  it('fits a window saved on a larger display, and never goes below the minimum size', () => {
    const tall = { bounds: { x: 1920, y: 0, width: 2560, height: 1400 }, maximized: false };
    // Its title bar is on the right display (1280×1024): cut to that display's size.
    expect(placeWindow(tall, [primary, right]).bounds).toEqual({
      x: 1920,
      y: 0,
      width: 1280,
      height: 1024,
    });
    const tiny = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    // The layout's minimum, 1024×700, at the saved place.
    expect(placeWindow(tiny, [primary]).bounds).toEqual({ x: 10, y: 10, width: 1024, height: 700 });
  });
});

describe('the saved window state (window-state.json)', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through the file, and a missing or damaged file counts as no state', () => {
    dir = mkdtempSync(join(tmpdir(), 'spf-window-'));
    const file = join(dir, 'nested', 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    const state = { bounds: { x: -1200, y: 30, width: 1100, height: 760 }, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds": {"x": 1, "y": 2, "width": "wide"');
    expect(readWindowState(file)).toBeNull();
  });

  it('accepts only four finite numbers, and reads a missing maximised flag as false', () => {
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":1100,"height":800}}')).toEqual({
      bounds: { x: 1, y: 2, width: 1100, height: 800 },
      maximized: false,
    });
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":"1100","height":800}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":1e999,"height":800}}')).toBeNull();
    expect(parseWindowState('null')).toBeNull();
    expect(parseWindowState('[]')).toBeNull();
  });
});
