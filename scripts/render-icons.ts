/**
 * `npm run icons`: renders build/icon.svg to the files electron-builder takes from build/ — icon.png
 * (1024 px, from which it makes what a target lacks), icons/<n>x<n>.png for Linux, icon.ico for
 * Windows and icon.icns for macOS — with Debian's Chromium (playwright-core). Run it again after
 * editing the SVG, and commit what it writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../src/node/chromium';
import { icnsFile, icoFile, ICNS_TYPES, type SizedPng } from './icon-containers';

const build = fileURLToPath(new URL('../build/', import.meta.url));
/** The sizes Linux desktops look for (hicolor theme), up to the 1024 px macOS uses. */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

async function renderPng(page: Page, svg: string, size: number): Promise<Uint8Array> {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  // The page has no DOM types here: decode() is called on the element by name.
  await page
    .locator('img')
    .evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function main(): Promise<void> {
  const svg = readFileSync(join(build, 'icon.svg'), 'utf8');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const images: SizedPng[] = [];
    for (const size of LINUX_SIZES) images.push({ size, png: await renderPng(page, svg, size) });
    mkdirSync(join(build, 'icons'), { recursive: true });
    for (const { size, png } of images)
      writeFileSync(join(build, 'icons', `${size}x${size}.png`), png);
    const at = (sizes: readonly number[]) => images.filter((i) => sizes.includes(i.size));
    writeFileSync(join(build, 'icon.png'), at([1024])[0]?.png ?? new Uint8Array());
    writeFileSync(join(build, 'icon.ico'), icoFile(at(ICO_SIZES)));
    writeFileSync(join(build, 'icon.icns'), icnsFile(at(Object.keys(ICNS_TYPES).map(Number))));
    console.log(`Wrote build/icon.png, icon.ico, icon.icns and ${images.length} build/icons/*.png`);
  } finally {
    await browser.close();
  }
}

await main();
