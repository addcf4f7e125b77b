import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A rectangle in screen coordinates, as Electron's Rectangle. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs (window-state.json in the user-data folder). */
export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

/** The window's size on a first run, and the smallest the layout allows. */
export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
export const MIN_SIZE = { width: 1024, height: 700 } as const;

/**
 * How much of the title bar must lie on a display for the window to count as visible: enough to be
 * grabbed with the mouse and dragged back.
 */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 30;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The saved state if the file holds one, else null (a missing, edited or damaged file is no error). */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { bounds, maximized } = data as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  return {
    bounds: { x: x as number, y: y as number, width: width as number, height: height as number },
    maximized: maximized === true,
  };
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Whether a grabbable strip of the window's title bar lies inside the display's work area. */
function titleBarVisible(bounds: Bounds, workArea: Bounds): boolean {
  const titleBar = { ...bounds, height: Math.min(bounds.height, GRAB_HEIGHT) };
  const o = overlap(titleBar, workArea);
  return o.width >= Math.min(GRAB_WIDTH, bounds.width) && o.height >= titleBar.height;
}

/** The window centred on the display, no larger than it and no smaller than the layout allows. */
function centredOn(workArea: Bounds, size: { width: number; height: number }): Bounds {
  const width = Math.min(Math.max(size.width, MIN_SIZE.width), workArea.width);
  const height = Math.min(Math.max(size.height, MIN_SIZE.height), workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved place if its title bar is still on one of the displays' work
 * areas (a monitor may have been unplugged or rearranged since), its size cut to that display;
 * otherwise the saved size (or the default) centred on the primary display. `workAreas[0]` is the
 * primary display's.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Bounds[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { bounds: centredOn(primary, DEFAULT_SIZE), maximized: false };
  const size = {
    width: Math.max(saved.bounds.width, MIN_SIZE.width),
    height: Math.max(saved.bounds.height, MIN_SIZE.height),
  };
  const wanted = { ...saved.bounds, ...size };
  const home = workAreas.find((area) => titleBarVisible(wanted, area));
  if (!home) return { bounds: centredOn(primary, size), maximized: saved.maximized };
  return {
    bounds: {
      ...wanted,
      width: Math.min(size.width, home.width),
      height: Math.min(size.height, home.height),
    },
    maximized: saved.maximized,
  };
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null; // first run: no file yet
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state)}\n`);
}
