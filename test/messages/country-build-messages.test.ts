/**
 * The country builder's errors and notes in French and Spanish: each keeps its English text (what
 * `spf country build` prints) and a code with its values, rendered in the user's language.
 */
import { describe, expect, it } from 'vitest';
import { formatIssueIn, issueMessage } from '#engine';
import { buildError, built, dataDir, kenyaDataDir } from '../helpers/country-data';

describe('country-build messages in the user’s language', () => {
  it('an --iso3 that is not three letters', async () => {
    const e = await buildError({ iso3: 'KE1', dataDir: dataDir() });
    expect(e.issues).toEqual([
      {
        path: '--iso3',
        message: 'must be a three-letter ISO 3166-1 code such as KEN, found "KE1"',
        code: 'build.iso3',
        params: { found: '"KE1"' },
      },
    ]);
    expect(formatIssueIn(e.issues[0]!, 'fr')).toBe(
      '--iso3: doit être un code ISO 3166-1 de trois lettres comme KEN ; trouvé : "KE1"',
    );
    expect(formatIssueIn(e.issues[0]!, 'es')).toBe(
      '--iso3: debe ser un código ISO 3166-1 de tres letras como KEN; se encontró "KE1"',
    );
  });

  it('a base year outside the IMF GDP years', async () => {
    // The Kenya rows of the WEO extract have GDP for 1990-2029, so 2035 is outside them.
    const e = await buildError({ iso3: 'KEN', dataDir: dataDir(), baseYear: 2035 });
    expect(e.issues[0]!.message).toBe(
      '2035 is outside the years with IMF GDP for KEN (1990-2029 in imf_weo_oct2024_selected.csv)',
    );
    expect(issueMessage(e.issues[0]!, 'fr')).toBe(
      '2035 est hors des années où le FMI donne le PIB de KEN (1990-2029 dans imf_weo_oct2024_selected.csv)',
    );
    expect(issueMessage(e.issues[0]!, 'es')).toBe(
      '2035 está fuera de los años con PIB del FMI para KEN (1990-2029 en imf_weo_oct2024_selected.csv)',
    );
  });

  it('a public data file separated by semicolons, the separator named in the language', async () => {
    const dir = kenyaDataDir({
      wpp2024Indicators: (lines) => lines.map((l) => l.replace(/,/g, ';')).join('\n'),
    });
    const e = await buildError({ iso3: 'KEN', dataDir: dir });
    const issue = e.issues[0]!;
    expect(issue).toMatchObject({
      path: 'row 1',
      message:
        'the columns are separated by semicolons, not commas: save the file as comma-separated CSV',
      code: 'data.csv.separator',
      params: { separator: '@data.csv.semicolons' },
    });
    expect(issueMessage(issue, 'fr')).toBe(
      'les colonnes sont séparées par des points-virgules, pas par des virgules : enregistrez le fichier en CSV séparé par des virgules',
    );
    expect(issueMessage(issue, 'es')).toBe(
      'las columnas están separadas por punto y coma, no por comas: guarde el archivo como CSV separado por comas',
    );
  });

  it('the notes on what was left out: English for the command line, coded for the app', async () => {
    const r = await built('KEN');
    const coverage = r.codedNotes.find((n) => n.path === 'rates.healthCoverage');
    expect(coverage).toEqual({
      path: 'rates.healthCoverage',
      message:
        'no public source; left out (the engine counts everyone as not yet covered, with a warning)',
      code: 'build.note.noHealthCoverage',
    });
    // The printed notes are the coded ones as `field: message`, in the same order.
    expect(r.notes).toEqual(r.codedNotes.map((n) => formatIssueIn(n, 'en')));
    expect(r.notes).toContain(
      'rates.healthCoverage: no public source; left out (the engine counts everyone as not yet covered, with a warning)',
    );
    expect(formatIssueIn(coverage!, 'fr')).toBe(
      'rates.healthCoverage: aucune source publique ; laissé de côté (le moteur compte tout le monde comme pas encore couvert, avec un avertissement)',
    );
    expect(formatIssueIn(coverage!, 'es')).toBe(
      'rates.healthCoverage: no hay fuente pública; se omite (el motor cuenta a todos como aún no cubiertos, con una advertencia)',
    );
  });
});
