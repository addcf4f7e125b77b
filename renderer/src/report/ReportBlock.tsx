import type { ReactNode } from 'react';

/**
 * A heading with its text and a short table, kept on one page when they fit (a heading alone at the
 * foot of a page, its table on the next, reads badly on paper).
 */
export function ReportBlock({
  title,
  text,
  children,
}: {
  title: string;
  text?: string;
  children: ReactNode;
}) {
  return (
    <div className="report-block">
      <h3>{title}</h3>
      {text ? <p>{text}</p> : null}
      {children}
    </div>
  );
}
