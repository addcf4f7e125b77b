import { describe, expect, it } from 'vitest';
import { renderMessage } from '#engine';

// "found 12.5; write 12.5% as 0.125": a percentage typed where a fraction belongs.
const percentTyped = { found: 12.5, fraction: 0.125 };
// 12,345 persons in 2030: a population given in thousands.
const thousands = { year: 2030, total: 12345 };

describe('numbers in engine messages follow the language', () => {
  it('writes decimals with a comma in French and Spanish', () => {
    expect(renderMessage('rate.mustBeRatePercent', percentTyped, 'fr')).toBe(
      'doit être un taux de 0 à 1 ; trouvé : 12,5 ; les taux et les parts sont des fractions : écrivez 12,5 % sous la forme 0,125',
    );
    expect(renderMessage('rate.mustBeRatePercent', percentTyped, 'es')).toBe(
      'debe ser una tasa de 0 a 1; se encontró 12,5; las tasas y las proporciones son fracciones: escriba 12,5 % como 0,125',
    );
  });

  it('groups large integers by the language but never a year', () => {
    // French groups with a narrow no-break space (U+202F), Spanish with a point; 2030 stays 2030.
    expect(renderMessage('country.populationInThousands', thousands, 'fr')).toBe(
      'le total pour 2030 n’est que de 12\u202f345 personnes : la population doit être en personnes, pas en milliers',
    );
    expect(renderMessage('country.populationInThousands', thousands, 'es')).toMatch(
      /^el total de 2030 .*12\.345 personas/,
    );
  });

  it('keeps the English text exactly as before (the text every issue stores)', () => {
    expect(renderMessage('rate.mustBeRatePercent', percentTyped, 'en')).toBe(
      'must be a rate from 0 to 1, found 12.5; rates and shares are fractions: write 12.5% as 0.125',
    );
    expect(renderMessage('country.populationInThousands', thousands, 'en')).toBe(
      'the total for 2030 is only 12345 persons: population must be in persons, not thousands',
    );
  });

  it('shows every digit the value has, rounding nothing', () => {
    // 0.123456 has six decimals; Intl's default of three would print 0,123.
    expect(renderMessage('rate.mustBeRate', { found: 0.123456 }, 'fr')).toBe(
      'doit être un taux de 0 à 1 ; trouvé : 0,123456',
    );
  });
});
