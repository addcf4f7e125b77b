import { describe, expect, it } from 'vitest';
import {
  InputError,
  MESSAGE_CATALOG,
  formatIssueIn,
  issueMessage,
  parseJsonText,
  readCountry,
  readScenario,
  runScenario,
  type Issue,
} from '#engine';
import { languageFromEnv } from '../../src/cli/cli-io';
import { fileBenefit, fileScenario, flatCountry } from '../helpers/fixtures';
import { readInline, runIssues, scenarioIssues } from '../helpers/input-checks';

/** Every issue is coded, its code is in the catalogue, and its English text is the template's. */
function expectCoded(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect(i.code, `${i.path}: ${i.message}`).toBeDefined();
    expect(MESSAGE_CATALOG.en[i.code!], i.code).toBeDefined();
    expect(issueMessage(i, 'en')).toBe(i.message);
  }
}

describe('engine messages in the user language', () => {
  it('a scenario whose coverage is full before it starts: English, French and Spanish', () => {
    // coverage.fullYear 2069 < startYear 2070 (the defect report's "must be >= startYear 2070").
    const issues = scenarioIssues(
      fileScenario([
        fileBenefit({ coverage: { startYear: 2070, start: 0, fullYear: 2069, full: 1 } }),
      ]),
    );
    const issue = issues.find((i) => i.path === 'benefits[0].coverage.fullYear')!;
    expect(issue).toEqual({
      path: 'benefits[0].coverage.fullYear',
      message: 'must be >= startYear 2070',
      code: 'scenario.atLeastStartYear',
      params: { startYear: 2070 },
    });
    expect(issueMessage(issue, 'fr')).toBe('doit être >= startYear 2070');
    expect(issueMessage(issue, 'es')).toBe('debe ser >= startYear 2070');
    expectCoded(issues);
  });

  it("zod's checks carry codes too: a negative rate and a list where a number belongs", () => {
    const issues = scenarioIssues(
      fileScenario([fileBenefit({ adminRate: -0.5, ages: [0, [14]] })]),
    );
    expectCoded(issues);
    const admin = issues.find((i) => i.path === 'benefits[0].adminRate')!;
    expect(admin.code).toBe('validation.mustBeAtLeast');
    expect(admin.params).toEqual({ min: '0', found: '-0.5' });
    expect(admin.message).toBe('must be >= 0, found -0.5');
    expect(issueMessage(admin, 'fr')).toBe('doit être >= 0 ; trouvé : -0.5');
    const age = issues.find((i) => i.path === 'benefits[0].ages[1]')!;
    expect(age.message).toBe('must be a number, found a list');
    expect(issueMessage(age, 'fr')).toBe('doit être un nombre ; trouvé : une liste');
    expect(issueMessage(age, 'es')).toBe('debe ser un número; se encontró una lista');
  });

  it('a percentage written for a fraction keeps its hint in every language', () => {
    // 20 for a share of at most 1: "write 20% as 0.2".
    const issues = scenarioIssues(fileScenario([fileBenefit({ adminRate: 20 })]));
    const admin = issues.find((i) => i.path === 'benefits[0].adminRate')!;
    expect(admin.message).toMatch(/write 20% as 0\.2$/);
    // French and Spanish write the fraction with a decimal comma (see locale-numbers.test.ts).
    expect(issueMessage(admin, 'fr')).toMatch(/écrivez 20 % sous la forme 0,2$/);
    expect(issueMessage(admin, 'es')).toMatch(/escriba 20 % como 0,2$/);
  });

  it('country files: a rate band and an unknown field, with its suggestion, in French', () => {
    const r = readCountry(flatCountry({ povertyLien: 1, rates: { poverty: [[0, 200, 0.5]] } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectCoded(r.issues);
    expect(r.issues.map((i) => formatIssueIn(i, 'fr'))).toEqual([
      'rates.poverty[0][1]: doit être un âge entier de 0 à 100 ; trouvé : 200',
      'povertyLien: champ inconnu ; vouliez-vous dire « povertyLine » ?',
    ]);
  });

  it('costing refusals and warnings are coded: years without population, debt past the ceiling', () => {
    // The flat country has population 2025-2030, so a scenario to 2032 cannot cost 2031-2032.
    const issues = runIssues(fileScenario([fileBenefit()], { years: [2025, 2032] }));
    expectCoded(issues);
    expect(formatIssueIn(issues[0]!, 'fr')).toBe(
      'years: la population de XFL couvre 2025-2030, donc 2031-2032 ne peut pas être chiffré ; la population n’est jamais extrapolée : raccourcissez le scénario ou complétez les données de population',
    );
    // A benefit for the disabled in a country that gives no health spending: one warning, coded.
    const { scenario, country } = readInline(
      fileScenario([fileBenefit({ kind: 'disability', function: 'disability' })]),
    );
    const result = runScenario(scenario, country);
    expect(result.warningIssues.map((w) => `${w.path}: ${w.message}`)).toEqual(result.warnings);
    expectCoded(result.warningIssues);
    expect(result.warningIssues.map((w) => formatIssueIn(w, 'fr'))).toEqual([
      'spendingPctGdp: aucune dépense actuelle n’est donnée pour disability ; l’écart avec la dépense actuelle y compte tout le coût',
    ]);
  });

  it('provenance: "extended after" is coded and shown in French', () => {
    // The flat country's macro data stop in 2025; the costing runs to 2030, so GDP is extended.
    const { scenario, country } = readInline(fileScenario([fileBenefit()]));
    const gdp = runScenario(scenario, country).provenance.find((p) => p.field === 'macro.gdp')!;
    expect(gdp.derivation).toBe(
      'extended after 2025: GDP[t] = GDP[t-1] (1+g) (1+pi) with the last g and pi',
    );
    expect(gdp.derivationMessage).toEqual({
      code: 'provenance.gdpExtended',
      params: { lastYear: 2025 },
    });
    const fr = { path: '', message: '', ...gdp.derivationMessage! };
    expect(issueMessage(fr, 'fr')).toBe(
      'prolongé après 2025 : PIB[t] = PIB[t-1] (1+g) (1+pi) avec les derniers g et pi',
    );
  });

  it('custom formulas: a refused name, and an error met while evaluating, in French', () => {
    const custom = (formula: Record<string, string>) =>
      fileScenario([fileBenefit({ id: 'c', kind: 'custom', ages: [0, 100], formula })]);
    const [unknown] = runIssues(custom({ eligible: 'pop(0, 4) * banana' }));
    expect(unknown!.code).toBe('expr.unknownName');
    expect(unknown!.message).toMatch(/^unknown name "banana"; names you can use: /);
    expect(issueMessage(unknown!, 'fr')).toMatch(/^nom inconnu "banana" ; noms utilisables : /);
    // pop()'s sex is only checked when it runs: the error quotes the formula's own, translated.
    const [evaluated] = runIssues(custom({ eligible: 'pop(0, 4, "women")' }));
    expect(evaluated!.path).toBe('benefits[0].formula.eligible');
    expect(evaluated!.message).toBe(
      'cannot be evaluated for 2025: pop(): sex must be "all", "female" or "male", found "women"',
    );
    expect(issueMessage(evaluated!, 'fr')).toBe(
      'ne peut pas être évaluée pour 2025 : pop() : le sexe doit être "all", "female" ou "male" ; trouvé : "women"',
    );
  });

  it('JSON syntax errors name the line and column in the language', () => {
    let error: unknown;
    try {
      parseJsonText('{\n  "a": 1,\n}');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const [issue] = (error as InputError).issues;
    expect(issue!.message).toBe(
      'not valid JSON at line 3, column 1: a field name in double quotes was expected',
    );
    expect(issueMessage(issue!, 'es')).toBe(
      'JSON no válido en la línea 3, columna 1: se esperaba un nombre de campo entre comillas dobles',
    );
  });

  it('an issue without a code keeps its English text in every language', () => {
    const plain = { path: 'x', message: 'something only said in English' };
    expect(issueMessage(plain, 'fr')).toBe('something only said in English');
    expect(readScenario(fileScenario([fileBenefit()])).ok).toBe(true);
  });
});

describe('the command line language from the environment', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG; anything else is English', () => {
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' })).toBe('es');
    expect(languageFromEnv({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });
});
