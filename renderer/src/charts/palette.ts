/**
 * The Okabe-Ito palette: distinguishable with the common forms of colour blindness and on a washed-out
 * projector. Series beyond eight repeat with a dash pattern.
 */
export const PALETTE = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#000000', // black
  '#F0E442', // yellow (last: faint on white)
];

export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

export const GRID = '#d0d4da';
export const TEXT = '#1f2933';
