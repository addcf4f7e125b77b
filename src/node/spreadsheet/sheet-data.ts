import type { Located, YearRow } from './cell-values';
import type { DemographyCells } from './demography-cells';
import type { MacroKey, SourceAttribute } from './sheet-layout';

/**
 * What a spreadsheet (XLSX or long CSV) holds, cell by cell with locations, before the values are
 * checked: the readers only find the cells, `assembleCountry` reads them.
 */
export interface SheetData {
  /** Where each block starts, for problems with a whole block. */
  blockAt: Record<
    'country' | 'female' | 'male' | 'births' | 'macro' | 'rates' | 'spending' | 'sources',
    string
  >;
  /** Country sheet: field → value, with where the field's name is. */
  country: Map<string, Located & { keyAt: string }>;
  female: Map<number, YearRow>;
  male: Map<number, YearRow>;
  births: Map<number, YearRow>;
  macro: Map<number, { at: string; cells: Map<MacroKey, Located> }>;
  macroHeaderAt: Map<MacroKey, string>;
  rates: { at: string; name: Located; sex: Located; from: Located; to: Located; value: Located }[];
  spending: { at: string; fn: Located; value: Located }[];
  sources: { at: string; attrs: Map<SourceAttribute, Located> }[];
  /** The optional demographic sheets. */
  demography: DemographyCells;
}

export function emptySheetData(
  blockAt: SheetData['blockAt'],
  demography: DemographyCells,
): SheetData {
  return {
    blockAt,
    demography,
    country: new Map(),
    female: new Map(),
    male: new Map(),
    births: new Map(),
    macro: new Map(),
    macroHeaderAt: new Map(),
    rates: [],
    spending: [],
    sources: [],
  };
}
