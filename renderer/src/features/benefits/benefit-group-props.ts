import type { BenefitSpec } from '#engine';

/** One undoable edit of the benefit; typing into one field is one step. */
export type SetBenefit = (label: string, recipe: (x: BenefitSpec) => void) => void;

/** What each group of the benefit editor works on. */
export interface BenefitGroupProps {
  benefit: BenefitSpec;
  set: SetBenefit;
  /** The engine's message for a field of this benefit (`coverage.fullYear`), if any. */
  issue: (field: string) => string | undefined;
}
