import { scenarioStyle } from './compare-charts';

/** The line, marker and colour a scenario has in every chart: a key that also reads in grey. */
export function SeriesSwatch({ index }: { index: number }) {
  const s = scenarioStyle(index);
  const marker =
    s.point === 'circle' ? (
      <circle cx="18" cy="7" r="4" fill={s.color} />
    ) : s.point === 'rect' ? (
      <rect x="14" y="3" width="8" height="8" fill={s.color} />
    ) : s.point === 'triangle' ? (
      <polygon points="18,2 23,11 13,11" fill={s.color} />
    ) : (
      <path d="M14 3 L22 11 M22 3 L14 11" stroke={s.color} strokeWidth="2.5" />
    );
  return (
    <svg className="cmp-swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
      <line
        x1="1"
        y1="7"
        x2="35"
        y2="7"
        stroke={s.color}
        strokeWidth="3"
        strokeDasharray={s.dash.length ? s.dash.join(' ') : undefined}
      />
      {marker}
    </svg>
  );
}
