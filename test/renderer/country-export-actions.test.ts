import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/contract/bridge';
import type { ReportData } from '../../src/contract/report';
import { BridgeCallError, type BridgeCall } from '../../renderer/src/api/bridge-client';
import { createAppStore } from '../../renderer/src/stores/app-store';
import { inlineEngine } from './fake-app';
import trainingCountry from '../../models/training-country/country.json';
import { readCountry } from '#engine';

/** A bridge that records every call and answers from `answers` (an Error is thrown). */
function storeWith(answers: Partial<Record<Channel, unknown>>) {
  const calls: { channel: Channel; request: unknown }[] = [];
  const bridge = (async (channel: Channel, request: unknown) => {
    calls.push({ channel, request });
    await Promise.resolve();
    const answer = answers[channel];
    if (answer instanceof Error) throw answer;
    return answer;
  }) as BridgeCall;
  return { store: createAppStore({ bridge, engine: inlineEngine() }), calls };
}

const refused = new BridgeCallError({ code: 'bad-input', message: 'library is read-only' });

describe('country actions', () => {
  it('keep a copy of a country file in the library, and reject when the library refuses it', async () => {
    const ok = storeWith({ 'countries:import': { code: 'XTA', version: 2, created: false } });
    await ok.store.getState().countryStored('tamboria.json', '{"format":"spf.country/1"}');
    expect(ok.calls).toEqual([
      {
        channel: 'countries:import',
        request: { fileName: 'tamboria.json', text: '{"format":"spf.country/1"}' },
      },
    ]);
    const failing = storeWith({ 'countries:import': refused });
    await expect(failing.store.getState().countryStored('x.json', '{}')).rejects.toBe(refused);
  });

  it("open the desktop's dialog for a country file: the file, or null when cancelled", async () => {
    const file = { name: 'kenya.json', text: '{}' };
    const picked = storeWith({ 'dialog:openFile': file });
    expect(await picked.store.getState().countryFileChosen()).toEqual(file);
    expect(picked.calls[0]!.request).toEqual({ purpose: 'country' });
    const cancelled = storeWith({ 'dialog:openFile': null });
    expect(await cancelled.store.getState().countryFileChosen()).toBeNull();
  });
});

describe('export actions', () => {
  const country = readCountry(trainingCountry);
  if (!country.ok) throw new Error('the training country must read');

  it('ask for the workbook in the given language and answer with the file made', async () => {
    const made = { fileName: 'plan.xlsx', base64: 'UEs=' };
    const { store, calls } = storeWith({ 'report:workbook': made });
    const scenario = { format: 'spf.scenario/1' };
    expect(await store.getState().workbookMade(scenario, country.value, 'fr')).toEqual(made);
    expect(calls).toEqual([
      { channel: 'report:workbook', request: { scenario, country: country.value, lang: 'fr' } },
    ]);
  });

  it('answer with the saved path, or null when the user cancels the save dialog', async () => {
    const saved = storeWith({
      'dialog:saveBinary': { path: '/home/me/plan.xlsx' },
      'report:pdf': { path: '/home/me/plan.pdf' },
    });
    expect(await saved.store.getState().binarySaved('plan.xlsx', 'UEs=')).toBe(
      '/home/me/plan.xlsx',
    );
    const data = { language: 'en' } as ReportData;
    expect(await saved.store.getState().pdfPrinted(data)).toBe('/home/me/plan.pdf');
    expect(saved.calls.map((c) => c.request)).toEqual([
      { defaultName: 'plan.xlsx', base64: 'UEs=' },
      { data },
    ]);
    const cancelled = storeWith({ 'dialog:saveBinary': null, 'report:pdf': null });
    expect(await cancelled.store.getState().binarySaved('plan.xlsx', 'UEs=')).toBeNull();
    expect(await cancelled.store.getState().pdfPrinted(data)).toBeNull();
  });

  it('reject with the bridge error when the privileged side fails', async () => {
    const { store } = storeWith({ 'report:workbook': refused });
    await expect(store.getState().workbookMade({}, country.value, 'en')).rejects.toBe(refused);
  });
});
