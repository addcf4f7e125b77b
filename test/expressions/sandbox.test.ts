/**
 * The formula sandbox. A custom formula is parsed by mathjs and every node is checked against an
 * allow-list before anything is compiled, so an escape attempt is refused with a located, plain message
 * and never runs. Formulas that pass but give an unusable number at run time (Infinity, a negative value)
 * are refused with the benefit's path and the year.
 */
import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  FORMULA_NAMES,
  checkScenarioAgainstCountry,
  compileFormula,
  runScenario,
} from '#engine';
import { fileBenefit, fileScenario } from '../helpers/fixtures';
import { expectIssues, readInline, runIssues } from '../helpers/input-checks';

type Part = 'eligible' | 'perBeneficiary';

/** A scenario with one custom benefit (all ages; default amount 25% of the poverty line). */
const custom = (formula: Partial<Record<Part, string>>, years: [number, number] = [2025, 2030]) =>
  fileScenario([fileBenefit({ id: 'c', kind: 'custom', ages: [0, 100], formula })], { years });

/** The message compileFormula refuses `expr` with; fails if it compiles. */
function refused(expr: string): string {
  try {
    compileFormula(expr, FORMULA_NAMES);
  } catch (e) {
    expect(e).toBeInstanceOf(ExpressionError);
    return (e as Error).message;
  }
  throw new Error(`"${expr}" compiled; it should have been refused`);
}

const FUNCTIONS =
  'functions you can use: pop, popRate, rateAvg, min, max, abs, round, floor, ceil, sqrt, exp, log, pow';

/** Each of these is refused when compiled, before any code exists to run. */
const escapes: [expr: string, phrase: string][] = [
  ['import({}, {override: true})', 'unknown function "import"'],
  ['evaluate("1+1")', 'unknown function "evaluate"'],
  ['parse("1")', 'unknown function "parse"'],
  ['compile("1")', 'unknown function "compile"'],
  ['createUnit("foo")', 'unknown function "createUnit"'],
  ['simplify("x")', 'unknown function "simplify"'],
  ['derivative("x^2", "x")', 'unknown function "derivative"'],
  ['f(x) = x^2', 'defining functions is not allowed'],
  ['x = 5', 'assignments are not allowed'],
  ['a = 1; a', 'a formula is one expression: no ";" or line breaks between statements'],
  ['1\n2', 'a formula is one expression'],
  // `f(...)()` does not even parse in mathjs; without the last call it is a call of a property.
  ['cos.constructor("return process")()', 'cannot be read'],
  ['cos.constructor("return process")', 'only named functions can be called'],
  ['pop.constructor', 'property access and objects are not allowed'],
  ['pop["constructor"]', 'property access and objects are not allowed'],
  ['[1,2,3]', 'lists and ranges are not allowed'],
  ['max([1, 2])', 'lists and ranges are not allowed'],
  ['1:10', 'lists and ranges are not allowed'],
  ['{a: 1}', 'property access and objects are not allowed'],
  ['5 cm', 'unknown name "cm"'],
  ['pop(0, 4) to cm', 'the operator "to" is not allowed'],
  ['wealth * 2', 'unknown name "wealth"; names you can use: year, baseYear, yearsSinceBase'],
  ['pi', 'unknown name "pi"'],
  ['pop', 'unknown name "pop"'],
  ['cos(1)', `unknown function "cos"; ${FUNCTIONS}`],
  ['factorial(1e9)', 'unknown function "factorial"'],
  ['1e9!', 'the operator "!" is not allowed'],
  ['5 mod 2', 'the operator "mod" is not allowed'],
  ['2 & 3', 'the operator "&" is not allowed'],
  ['1 < year < 3000', 'chained comparisons such as "a < b < c" are not allowed'],
  ['null', '"null" is not allowed'],
  ['undefined', '"undefined" is not allowed'],
  ['1 +', 'cannot be read: Unexpected end of expression'],
  ['', 'is empty'],
  ['   ', 'is empty'],
  [`${'('.repeat(100)}1${')'.repeat(100)}`, 'nests brackets deeper than 40 levels'],
  [`${'1+'.repeat(2500)}1`, 'is longer than 2000 characters'],
  // Short enough in characters, too big in parts: deep chains that would strain the evaluator.
  [`${'-'.repeat(1999)}1`, 'is too long (2000 parts; at most 400)'],
  [`${'1^'.repeat(999)}1`, 'is too long (1999 parts; at most 400)'],
];

describe('escape attempts are refused when compiled', () => {
  it.each(escapes)('%j', (expr, phrase) => {
    expect(refused(expr)).toContain(phrase);
  });

  it('refuses them through the costing with a located message, for either part of the formula', () => {
    for (const part of ['eligible', 'perBeneficiary'] as const) {
      for (const [expr, phrase] of escapes.slice(0, 12)) {
        expectIssues(runIssues(custom({ [part]: expr })), [
          [`benefits[0].formula.${part}`, phrase],
        ]);
      }
    }
  });

  it('locates each refused formula at its own benefit when several are wrong', () => {
    const { scenario, country } = readInline(
      fileScenario([
        fileBenefit({ id: 'ok', kind: 'custom', formula: { eligible: 'pop(0, 4)' } }),
        fileBenefit({ id: 'e', kind: 'custom', formula: { eligible: 'evaluate("1")' } }),
        fileBenefit({
          id: 'p',
          kind: 'custom',
          formula: { eligible: 'pop(0, 4)', perBeneficiary: 'x = 5' },
        }),
      ]),
    );
    const checked = checkScenarioAgainstCountry(scenario, country);
    expectIssues(checked.issues, [
      ['benefits[1].formula.eligible', 'unknown function "evaluate"'],
      ['benefits[2].formula.perBeneficiary', 'assignments are not allowed'],
    ]);
  });

  it('refuses a 5,000-character formula when the scenario is read', () => {
    const long = `${'1+'.repeat(2500)}1`; // 5,001 characters
    expect(long.length).toBe(5001);
    const r = (() => {
      try {
        return readInline(custom({ eligible: long }));
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(r).toBe('benefits[0].formula.eligible: must be at most 2000 characters long');
  });
});

describe('formulas that compile but give an unusable value are refused at run time, naming the year', () => {
  const runtime: [formula: Partial<Record<Part, string>>, path: string, phrase: string][] = [
    // 10^400 overflows to Infinity.
    [
      { eligible: '10^400' },
      'benefits[0].formula.eligible',
      'gives Infinity for 2025; eligible persons must be a finite number >= 0',
    ],
    [
      { perBeneficiary: '10^400' },
      'benefits[0].formula.perBeneficiary',
      'gives Infinity for 2025; the amount per beneficiary must be a finite number >= 0',
    ],
    [{ eligible: 'exp(1000)' }, 'benefits[0].formula.eligible', 'gives Infinity for 2025'],
    [{ eligible: '1 / 0' }, 'benefits[0].formula.eligible', 'gives Infinity for 2025'],
    [{ eligible: '0 / 0' }, 'benefits[0].formula.eligible', 'gives NaN for 2025'],
    [{ eligible: 'sqrt(-1)' }, 'benefits[0].formula.eligible', 'gives NaN for 2025'],
    [{ eligible: 'log(0)' }, 'benefits[0].formula.eligible', 'gives -Infinity for 2025'],
    [
      { eligible: '-5' },
      'benefits[0].formula.eligible',
      'gives -5 for 2025; eligible persons must be a finite number >= 0',
    ],
    [
      { perBeneficiary: '100 - 50 * yearsSinceBase' },
      'benefits[0].formula.perBeneficiary',
      'gives -50 for 2028',
    ],
    // Fine until 2027, then 10^400 from 2028.
    [
      { eligible: 'year < 2028 ? 1 : 10^400' },
      'benefits[0].formula.eligible',
      'gives Infinity for 2028',
    ],
    [{ eligible: '"abc"' }, 'benefits[0].formula.eligible', 'gives the text "abc" for 2025'],
    [{ eligible: 'year > 2000' }, 'benefits[0].formula.eligible', 'gives true for 2025'],
    [
      { eligible: '"a" + "b"' },
      'benefits[0].formula.eligible',
      'cannot be evaluated for 2025: Cannot convert "a" to a number',
    ],
    // Our own functions check their arguments.
    [
      { eligible: 'pop(0, 1e9)' },
      'benefits[0].formula.eligible',
      'cannot be evaluated for 2025: pop(): toAge must be a whole number from 0 to 100, found 1000000000',
    ],
    [
      { eligible: 'pop(0.5, 4)' },
      'benefits[0].formula.eligible',
      'pop(): fromAge must be a whole number from 0 to 100, found 0.5',
    ],
    [
      { eligible: 'pop("0", 4)' },
      'benefits[0].formula.eligible',
      'pop(): fromAge must be a whole number from 0 to 100, found "0"',
    ],
    [
      { eligible: 'pop(20, 10)' },
      'benefits[0].formula.eligible',
      'pop(): toAge 10 is below fromAge 20',
    ],
    [
      { eligible: 'pop(0, 10, "women")' },
      'benefits[0].formula.eligible',
      'pop(): sex must be "all", "female" or "male", found "women"',
    ],
    [
      { eligible: 'pop(0, 10, "female", 1)' },
      'benefits[0].formula.eligible',
      'pop() takes 2 or 3 arguments (see its description), found 4',
    ],
    [
      { eligible: 'pop()' },
      'benefits[0].formula.eligible',
      'pop() takes 2 or 3 arguments (see its description), found 0',
    ],
    [
      { eligible: 'popRate("wealth", 0, 10)' },
      'benefits[0].formula.eligible',
      'popRate(): the rate must be one of "disability", "orphanhood", "poverty", "pensionCoverage", "laborForceParticipation", "unemployment", "healthCoverage", found "wealth"',
    ],
    [
      { eligible: 'popRate("disability", 15)' },
      'benefits[0].formula.eligible',
      'popRate() takes 3 or 4 arguments (see its description), found 2',
    ],
    [
      { perBeneficiary: 'rateAvg("poverty", 0, 100, "all", 1) * povertyLine' },
      'benefits[0].formula.perBeneficiary',
      'rateAvg() takes 3 or 4 arguments (see its description), found 5',
    ],
  ];

  it.each(runtime)('%j', (formula, path, phrase) => {
    expectIssues(runIssues(custom(formula)), [[path, phrase]]);
  });

  it('names the first year of the scenario, not the base year, when the scenario starts later', () => {
    expectIssues(runIssues(custom({ eligible: '-1' }, [2027, 2030])), [
      ['benefits[0].formula.eligible', 'gives -1 for 2027'],
    ]);
  });
});

describe('nothing leaks out of the sandbox', () => {
  it('still costs a normal scenario correctly after every escape attempt', () => {
    for (const [expr] of escapes) {
      try {
        compileFormula(expr, FORMULA_NAMES);
      } catch {
        // refused, as tested above
      }
      try {
        runIssues(custom({ eligible: expr }));
      } catch {
        // the few that are caught by the reader instead (too long) are tested above
      }
    }
    const { scenario, country } = readInline(
      custom({ eligible: 'pop(0, 4)', perBeneficiary: 'povertyLine * 0.5' }),
    );
    const r = runScenario(scenario, country);
    // pop(0, 4) = 5 ages x 2 sexes x 1,000 = 10,000 every year.
    expect(r.benefits[0]!.eligible).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    // 2026: 12,000 x 1.05 x 0.5 = 6,300; cost 10,000 x 6,300 = 63,000,000.
    expect(r.benefits[0]!.benefitPerBeneficiary[1]).toBeCloseTo(6300, 9);
    expect(r.benefits[0]!.cost[1]).toBeCloseTo(63_000_000, 4);
    // The mathjs functions a formula may use still work, and the blocked ones are still blocked.
    expect(
      compileFormula('max(2, 3) + min(4, 5) + pow(2, 3)', FORMULA_NAMES).evaluate(new Map()),
    ).toBe(15);
    expect(refused('import({}, {override: true})')).toContain('unknown function "import"');
    expect(refused('evaluate("1")')).toContain('unknown function "evaluate"');
  });

  it('leaves the global objects alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const functionBefore = Object.getOwnPropertyNames(Function.prototype).sort();
    for (const [expr] of escapes) {
      try {
        compileFormula(expr, FORMULA_NAMES);
      } catch {
        // refused
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(functionBefore);
  });

  it('compiles a formula to code that reads only the scope it is given', () => {
    const code = compileFormula('year - baseYear', FORMULA_NAMES);
    expect(
      code.evaluate(
        new Map<string, unknown>([
          ['year', 2030],
          ['baseYear', 2025],
        ]),
      ),
    ).toBe(5);
    expect(
      code.evaluate(
        new Map<string, unknown>([
          ['year', 2040],
          ['baseYear', 2025],
        ]),
      ),
    ).toBe(15);
  });

  it('shares no values between countries that use the same formula', () => {
    // The compiled formula is cached by its text; the values come from each run's own scope.
    const small = readInline(custom({ eligible: 'population' }));
    const big = readInline(
      fileScenario(
        [fileBenefit({ id: 'c', kind: 'custom', formula: { eligible: 'population' } })],
        {
          country: (() => {
            const c = small.country;
            const twice = (rows: number[][]) => rows.map((row) => row.map((v) => 2 * v));
            return {
              ...c,
              population: {
                ...c.population,
                female: twice(c.population.female),
                male: twice(c.population.male),
              },
            };
          })(),
        },
      ),
    );
    // 2 sexes x 101 ages x 1,000 = 202,000; doubled 404,000.
    expect(runScenario(small.scenario, small.country).benefits[0]!.eligible[0]).toBe(202_000);
    expect(runScenario(big.scenario, big.country).benefits[0]!.eligible[0]).toBe(404_000);
    expect(runScenario(small.scenario, small.country).benefits[0]!.eligible[0]).toBe(202_000);
  });
});
