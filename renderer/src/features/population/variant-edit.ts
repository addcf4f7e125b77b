import type { DemographyVariantFile } from '#engine';

/**
 * Edits of a scenario's `demography` block in its file form (formats.md): which way fertility and
 * migration are changed, switching between the ways, and dropping what is left empty, so the file
 * says only what the user chose.
 */

export type FertilityMode = 'country' | 'multiplier' | 'path';
export type MigrationMode = 'country' | 'multiplier' | 'perYear';

export function fertilityMode(d: DemographyVariantFile): FertilityMode {
  if (d.fertility?.tfr !== undefined) return 'path';
  if (d.fertility?.tfrMultiplier !== undefined) return 'multiplier';
  return 'country';
}

export function migrationMode(d: DemographyVariantFile): MigrationMode {
  if (d.netMigration?.perYear !== undefined) return 'perYear';
  if (d.netMigration?.multiplier !== undefined) return 'multiplier';
  return 'country';
}

/** Switches the way fertility changes; `tfr` starts a path at that value. */
export function setFertilityMode(d: DemographyVariantFile, mode: FertilityMode, tfr: number): void {
  if (mode === 'country') delete d.fertility;
  else if (mode === 'multiplier') d.fertility = { tfrMultiplier: d.fertility?.tfrMultiplier ?? 1 };
  else d.fertility = { tfr: d.fertility?.tfr ?? tfr };
}

/** Switches the way net migration changes; `perYear` starts a path at that value. */
export function setMigrationMode(
  d: DemographyVariantFile,
  mode: MigrationMode,
  perYear: number,
): void {
  if (mode === 'country') delete d.netMigration;
  else if (mode === 'multiplier') d.netMigration = { multiplier: d.netMigration?.multiplier ?? 1 };
  else d.netMigration = { perYear: d.netMigration?.perYear ?? perYear };
}

/** A list of one value is written as that value. */
export function pathValue(values: number[]): number | number[] {
  return values.length === 1 ? values[0]! : values;
}
