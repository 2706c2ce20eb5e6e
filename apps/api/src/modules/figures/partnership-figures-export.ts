/**
 * `partnershipFiguresExport`: the figures as CSV, or the record-level extract in HTCDS field
 * names, k-anonymised. Same readers as partnershipFigures; every export is audited before the
 * file is handed over (when the audit cannot be written, no file leaves).
 */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { toCsv } from './csv.ts';
import { loadFacts } from './figure-facts.ts';
import { figuresAreaFor } from './figures-access.ts';
import { checkRequest, type FiguresRequest } from './figures-policy.ts';
import { FiguresExportFormat, FiguresExportRef, FiguresPeriodInput } from './figures.types.ts';
import { HTCDS_VERSION, htcdsExtract } from './htcds.ts';
import { forbidden, partnershipFigures, type AreaFigures } from './partnership-figures.ts';

export type ExportFormat = 'FIGURES_CSV' | 'HTCDS_CSV';

export interface FiguresExport {
  filename: string;
  mediaType: string;
  content: string;
  /** The HTCDS extract: records released and records dropped to keep every class at k or more. */
  recordsReleased: number | null;
  recordsDropped: number | null;
  standard: string | null;
}

const cellText = (cell: { kind: string; value?: number; threshold?: number } | null) =>
  cell === null
    ? null
    : cell.kind === 'COUNT'
      ? cell.value!
      : cell.kind === 'FEWER_THAN'
        ? `fewer than ${cell.threshold}`
        : 'withheld';

export function figuresCsv(figures: AreaFigures): string {
  const rows: Array<Array<string | number | null>> = [];
  for (const table of figures.tables) {
    const columns = table.columns ?? ['Count'];
    table.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => rows.push([table.id, table.title, table.rows[r]!, columns[c]!, cellText(cell)])),
    );
    table.rowTotals?.forEach((cell, r) => rows.push([table.id, table.title, table.rows[r]!, 'Total', cellText(cell)]));
    table.columnTotals?.forEach((cell, c) => rows.push([table.id, table.title, 'Total', columns[c]!, cellText(cell)]));
    if (table.total) rows.push([table.id, table.title, 'Total', 'Total', cellText(table.total)]);
  }
  for (const time of figures.decisionTimes) {
    const title = `Days from NRM referral to ${time.type === 'RG' ? 'reasonable' : 'conclusive'} grounds decision`;
    rows.push([
      'decisionTimes',
      title,
      time.type,
      'Median',
      time.medianDays ?? `fewer than ${figures.threshold} decisions`,
    ]);
    rows.push([
      'decisionTimes',
      title,
      time.type,
      '90th percentile',
      time.percentile90Days ?? `fewer than ${2 * figures.threshold} decisions`,
    ]);
  }
  return toCsv(['table', 'title', 'row', 'column', 'value'], rows);
}

/** The export, audited before it is handed over: when the audit cannot be written, no file leaves. */
export async function exportFigures(
  { viewer, requestId }: RequestInfo,
  area: { id: string; code: string; name: string },
  request: FiguresRequest & { format: ExportFormat },
  now = new Date(),
): Promise<FiguresExport> {
  const { threshold, k } = checkRequest(request);
  const stem = `waymark-${area.code}-${request.period.from}-to-${request.period.to}`;
  let result: FiguresExport;
  if (request.format === 'FIGURES_CSV') {
    const figures = await partnershipFigures(area, request, now);
    result = {
      filename: `${stem}-figures.csv`,
      mediaType: 'text/csv',
      content: figuresCsv(figures),
      recordsReleased: null,
      recordsDropped: null,
      standard: null,
    };
  } else {
    const facts = await loadFacts(area.id, now);
    const inPeriod = facts.victims.filter(
      (v) => v.openedMonth >= request.period.from && v.openedMonth <= request.period.to,
    );
    const extract = htcdsExtract(inPeriod, k);
    result = {
      filename: `${stem}-htcds.csv`,
      mediaType: 'text/csv',
      content: toCsv(extract.header, extract.rows),
      recordsReleased: extract.rows.length,
      recordsDropped: extract.anonymised.dropped,
      standard: HTCDS_VERSION,
    };
  }
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      viewer,
      requestId,
      action: 'figures.export',
      entityType: 'Area',
      entityId: area.id,
      data: {
        format: request.format,
        period: { ...request.period },
        threshold,
        k,
        recordsReleased: result.recordsReleased,
        recordsDropped: result.recordsDropped,
      },
    }),
  );
  return result;
}

builder.queryFields((t) => ({
  partnershipFiguresExport: t.field({
    type: FiguresExportRef,
    description:
      'The figures as CSV, or the record-level extract in HTCDS field names, k-anonymised (default k = 11). Every export is audited.',
    args: {
      areaCode: t.arg.string({ required: true }),
      period: t.arg({ type: FiguresPeriodInput, required: true }),
      format: t.arg({ type: FiguresExportFormat, required: true }),
      threshold: t.arg.int(),
      k: t.arg.int({ description: "At least the partnership's k (default 11) and the threshold." }),
    },
    authScopes: { anyRole: ['AUDITOR', 'LEAD'] },
    errors: { types: [ValidationError], directResult: true, union: { name: 'PartnershipFiguresExportResult' } },
    resolve: async (_root, { areaCode, period, format, threshold, k }, { viewer, requestId }) => {
      const area = await figuresAreaFor(viewer, areaCode);
      if (!area || !viewer) throw forbidden();
      return exportFigures({ viewer, requestId }, area, { period, format, threshold, k });
    },
  }),
}));
