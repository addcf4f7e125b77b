/**
 * The Fiscal space sheet's notes name the financing options in prose, generated from the vocabulary
 * (FINANCING_OPTION): for today's eight options the generated phrases are the words the notes had
 * when they were written by hand, in the three workbook languages.
 */
import { describe, expect, it } from 'vitest';
import { foreignOptions, notesText, optionsWithRole } from '../../src/node/report/xlsx/notes-text';

describe('the options in the notes, from the vocabulary', () => {
  it('lists the new-revenue options: contributions, tax, illicit flows, then aid (list order)', () => {
    expect(optionsWithRole('en', 'newRevenue')).toBe('Contributions, tax, illicit flows and aid');
    expect(optionsWithRole('fr', 'newRevenue')).toBe('Cotisations, impôts, flux illicites et aide');
    expect(optionsWithRole('es', 'newRevenue')).toBe(
      'Cotizaciones, impuestos, flujos ilícitos y ayuda',
    );
  });

  it('names aid as the one option that is not domestic, with the article French and Spanish need', () => {
    expect(foreignOptions('en', 'excepted')).toBe('aid');
    expect(foreignOptions('fr', 'excepted')).toBe('l’aide');
    expect(foreignOptions('es', 'excepted')).toBe('la ayuda');
    expect(foreignOptions('fr', 'listed')).toBe('aide');
  });

  it('keeps the hand-written notes word for word', () => {
    const en = notesText('en').fiscal;
    expect(en.newRevenueNote).toBe('Contributions, tax, illicit flows and aid.');
    expect(en.domesticNote).toBe('Every option except aid.');
    expect(en.deficitFinancingNote).toBe(
      'Reserves, borrowing and a higher deficit target: they finance a deficit, not the balance.',
    );
    expect(en.fundingGap('LCU')).toBe('Funding gap, excluding aid (LCU)');

    const fr = notesText('fr').fiscal;
    expect(fr.newRevenueNote).toBe('Cotisations, impôts, flux illicites et aide.');
    expect(fr.domesticNote).toBe('Toutes les options sauf l’aide.');
    expect(fr.deficitFinancingNote).toBe(
      'Réserves, emprunt et objectif de déficit relevé : ils financent un déficit, pas le solde.',
    );
    expect(fr.fundingGap('LCU')).toBe('Besoin de financement, hors aide (LCU)');

    const es = notesText('es').fiscal;
    expect(es.newRevenueNote).toBe('Cotizaciones, impuestos, flujos ilícitos y ayuda.');
    expect(es.domesticNote).toBe('Todas las opciones salvo la ayuda.');
    expect(es.deficitFinancingNote).toBe(
      'Reservas, endeudamiento y una meta de déficit más alta: financian un déficit, no el saldo.',
    );
    expect(es.fundingGap('LCU')).toBe('Necesidad de financiamiento, sin la ayuda (LCU)');
  });
});
