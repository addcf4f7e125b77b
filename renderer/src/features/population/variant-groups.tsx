import { useTranslation } from 'react-i18next';
import type { DemographyVariantFile } from '#engine';
import { NumberField, SelectField } from '../../components/fields';
import { formatNumber } from '../../lib/format';
import type { PopulationOutlook } from '../../workers/population-outlook';
import { ListField } from './ListField';
import {
  fertilityMode,
  migrationMode,
  pathValue,
  setFertilityMode,
  setMigrationMode,
  type FertilityMode,
  type MigrationMode,
} from './variant-edit';

/** What each group of the variant editor works on. */
export interface VariantPartProps {
  variant: DemographyVariantFile;
  /** One undoable edit of the variant; typing into one field is one step. */
  change: (label: string, recipe: (v: DemographyVariantFile) => void) => void;
  /** The engine's message for a field of the variant (`fertility.tfr`), if any. */
  at: (field: string) => string | undefined;
  outlook: PopulationOutlook | null;
  /** The first year the variant changes: the one after the country's base year. */
  firstYear: number;
}

/** Where a path starts: the country's own value of the first year after the base year. */
export function countryStart(series: number[] | undefined, digits: number): number {
  const v = series?.[1] ?? series?.[0] ?? 0;
  return Number(v.toFixed(digits));
}

/** Fertility: the country's, a multiple of it, or a path of total fertility rates. */
export function FertilityGroup({ variant: d, change, at, outlook, firstYear }: VariantPartProps) {
  const { t, i18n } = useTranslation();
  const fMode = fertilityMode(d);
  return (
    <fieldset className="editor__group">
      <legend>{t('population.editor.fertility')}</legend>
      <SelectField<FertilityMode>
        label={t('population.editor.fertilityMode')}
        value={fMode}
        testId="fertility-mode"
        options={(['country', 'multiplier', 'path'] as const).map((m) => ({
          value: m,
          label: t(`population.editor.fertilityModes.${m}`),
        }))}
        onChange={(m) =>
          change('fertilityMode', (v) => setFertilityMode(v, m, countryStart(outlook?.base.tfr, 2)))
        }
      />
      {fMode === 'multiplier' ? (
        <NumberField
          label={t('population.editor.tfrMultiplier')}
          value={d.fertility?.tfrMultiplier ?? 1}
          digits={3}
          unit={t('population.units.timesCountry')}
          help={t('population.editor.tfrMultiplierHelp')}
          error={at('fertility.tfrMultiplier')}
          testId="tfr-multiplier"
          onChange={(x) =>
            change('tfrMultiplier', (v) => void (v.fertility = { tfrMultiplier: x }))
          }
        />
      ) : null}
      {fMode === 'path' ? (
        <ListField
          label={t('population.editor.tfrPath')}
          value={d.fertility?.tfr ?? 0}
          digits={3}
          unit={t('population.units.childrenPerWoman')}
          help={t('population.editor.pathHelp', { year: firstYear })}
          error={at('fertility.tfr')}
          testId="tfr-path"
          onChange={(xs) => change('tfrPath', (v) => void (v.fertility = { tfr: pathValue(xs) }))}
        />
      ) : null}
      {fMode === 'country' ? (
        <p className="field__help">
          {t('population.editor.countryTfr', {
            year: firstYear,
            value: formatNumber(countryStart(outlook?.base.tfr, 2), i18n.language, 2),
          })}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Net migration: the country's, a multiple of it, or persons per year. */
export function MigrationGroup({ variant: d, change, at, outlook, firstYear }: VariantPartProps) {
  const { t, i18n } = useTranslation();
  const mMode = migrationMode(d);
  return (
    <fieldset className="editor__group">
      <legend>{t('population.editor.migration')}</legend>
      <SelectField<MigrationMode>
        label={t('population.editor.migrationMode')}
        value={mMode}
        testId="migration-mode"
        options={(['country', 'multiplier', 'perYear'] as const).map((m) => ({
          value: m,
          label: t(`population.editor.migrationModes.${m}`),
        }))}
        onChange={(m) =>
          change('migrationMode', (v) =>
            setMigrationMode(
              v,
              m,
              Math.round(countryStart(outlook?.base.netMigration, 0) / 100) * 100,
            ),
          )
        }
      />
      {mMode === 'multiplier' ? (
        <NumberField
          label={t('population.editor.migrationMultiplier')}
          value={d.netMigration?.multiplier ?? 1}
          digits={3}
          unit={t('population.units.timesCountry')}
          help={t('population.editor.migrationMultiplierHelp')}
          error={at('netMigration.multiplier')}
          testId="migration-multiplier"
          onChange={(x) =>
            change('migrationMultiplier', (v) => void (v.netMigration = { multiplier: x }))
          }
        />
      ) : null}
      {mMode === 'perYear' ? (
        <ListField
          label={t('population.editor.migrationPerYear')}
          value={d.netMigration?.perYear ?? 0}
          digits={0}
          unit={t('population.units.personsYear')}
          help={t('population.editor.migrationPathHelp', { year: firstYear })}
          error={at('netMigration.perYear')}
          testId="migration-per-year"
          onChange={(xs) =>
            change('migrationPerYear', (v) => void (v.netMigration = { perYear: pathValue(xs) }))
          }
        />
      ) : null}
      {mMode === 'country' ? (
        <p className="field__help">
          {t('population.editor.countryMigration', {
            year: firstYear,
            value: formatNumber(countryStart(outlook?.base.netMigration, 0), i18n.language, 0),
          })}
        </p>
      ) : null}
    </fieldset>
  );
}
