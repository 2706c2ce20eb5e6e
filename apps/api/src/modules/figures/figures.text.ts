/**
 * Published figures as plain text tables, for the command line (`pnpm figures:report`). Shows
 * only what the API publishes, with the suppression applied to each table.
 */
import type { AreaFigures } from './partnership-figures.ts';
import type { PublishedCell } from './suppression.ts';

const show = (cell: PublishedCell | null | undefined): string =>
  !cell ? '' : cell.kind === 'COUNT' ? String(cell.value) : cell.kind === 'FEWER_THAN' ? `<${cell.threshold}` : 'x';

function grid(lines: string[][]): string {
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] ?? '').length)));
  return lines
    .map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

export function figuresText(figures: AreaFigures): string {
  const out: string[] = [
    `Partnership figures: ${figures.area.name} (${figures.area.code}), ${figures.period.from} to ${figures.period.to}, by ${figures.period.granularity.toLowerCase()}`,
    `Threshold ${figures.threshold}: "<${figures.threshold}" is fewer than ${figures.threshold} (1 to ${figures.threshold - 1}); "x" is withheld so that no small count can be worked out from the totals.`,
    '',
  ];
  for (const t of figures.tables) {
    const columns = t.columns ?? ['Count'];
    const twoWay = t.rowTotals !== null;
    const header = [t.rowHeading, ...columns, ...(twoWay ? ['Total'] : [])];
    const body = t.rows.map((label, r) => [
      label,
      ...t.cells[r]!.map(show),
      ...(twoWay ? [show(t.rowTotals![r])] : []),
    ]);
    if (t.total) body.push(['Total', ...(t.columnTotals ? t.columnTotals.map(show) : []), show(t.total)]);
    const suppression = t.withheld
      ? 'whole table withheld (its counts are too small to publish safely)'
      : `${t.primarySuppressed} shown as fewer than ${figures.threshold}, ${t.secondarySuppressed} withheld to protect them`;
    out.push(`== ${t.title}  [${t.id}]`, `   suppression: ${suppression}`);
    out.push(t.rows.length ? grid([header, ...body]) : '(nothing in this period)', '');
  }
  out.push('== Days from NRM referral to decision');
  for (const d of figures.decisionTimes)
    out.push(
      `   ${d.type}: median ${d.medianDays ?? `not published (fewer than ${figures.threshold} decisions)`}, 90th percentile ${d.percentile90Days ?? `not published (fewer than ${2 * figures.threshold} decisions)`}`,
    );
  return out.join('\n');
}
