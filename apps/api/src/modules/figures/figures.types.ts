/**
 * GraphQL shapes of the partnership figures. A cell is a count, "fewer than N" or withheld, with
 * the text to show; nothing here can carry a record, only counts and labels.
 */
import { builder } from '../../builder.ts';
import type { DecisionTime, FigureTable } from './figure-tables.ts';
import type { FiguresExport } from './partnership-figures-export.ts';
import type { AreaFigures } from './partnership-figures.ts';
import type { Period } from './periods.ts';
import type { PublishedCell } from './suppression.ts';

export const FiguresGranularity = builder.enumType('FiguresGranularity', {
  values: {
    MONTH: { description: 'One column per calendar month.' },
    QUARTER: { description: 'One column per quarter.' },
  } as const,
});

export const FiguresExportFormat = builder.enumType('FiguresExportFormat', {
  values: {
    FIGURES_CSV: { description: 'Every published table as CSV rows (table, title, row, column, value).' },
    HTCDS_CSV: {
      description:
        'One row per potential victim in Human Trafficking Case Data Standard field names, k-anonymised (records that cannot reach k are left out).',
    },
  } as const,
});

const FigureCellKind = builder.enumType('FigureCellKind', {
  values: {
    COUNT: { description: 'Published as counted.' },
    FEWER_THAN: { description: 'Between 1 and threshold - 1, shown as "fewer than N".' },
    WITHHELD: { description: 'Not shown, so that a small count elsewhere cannot be worked out from the totals.' },
  } as const,
});

export const FigureCell = builder.objectRef<PublishedCell>('FigureCell').implement({
  fields: (t) => ({
    kind: t.field({ type: FigureCellKind, resolve: (c) => c.kind }),
    value: t.int({
      nullable: true,
      description: 'The count, when published.',
      resolve: (c) => (c.kind === 'COUNT' ? c.value : null),
    }),
    display: t.string({
      description: 'What to show: "12", "fewer than 5" or "withheld".',
      resolve: (c) =>
        c.kind === 'COUNT' ? String(c.value) : c.kind === 'FEWER_THAN' ? `fewer than ${c.threshold}` : 'withheld',
    }),
  }),
});

interface RowView {
  label: string;
  cells: PublishedCell[];
  total: PublishedCell | null;
}

const FigureRow = builder.objectRef<RowView>('FigureRow').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    cells: t.field({ type: [FigureCell], resolve: (r) => r.cells }),
    total: t.field({
      type: FigureCell,
      nullable: true,
      description: 'The row total (two-way tables).',
      resolve: (r) => r.total,
    }),
  }),
});

export const FigureTableRef = builder.objectRef<FigureTable>('FigureTable').implement({
  description: 'One protected table. A one-way table has one column and its total in `total`.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable name, e.g. "concerns", "victimsByGender".' }),
    title: t.exposeString('title'),
    rowHeading: t.exposeString('rowHeading'),
    columnHeading: t.exposeString('columnHeading', { nullable: true }),
    columns: t.stringList({ resolve: (table) => table.columns ?? ['Count'] }),
    rows: t.field({
      type: [FigureRow],
      resolve: (table) =>
        table.rows.map((label, r) => ({ label, cells: table.cells[r]!, total: table.rowTotals?.[r] ?? null })),
    }),
    columnTotals: t.field({ type: [FigureCell], nullable: true, resolve: (table) => table.columnTotals }),
    total: t.field({
      type: FigureCell,
      nullable: true,
      description: 'Null for a table whose counts do not add up (a case may count in several rows).',
      resolve: (table) => table.total,
    }),
    withheld: t.exposeBoolean('withheld', { description: 'The whole table is withheld: its counts are too small.' }),
    primarySuppressed: t.exposeInt('primarySuppressed', { description: 'Counts shown as "fewer than N".' }),
    secondarySuppressed: t.exposeInt('secondarySuppressed', { description: 'Counts withheld to protect them.' }),
  }),
});

const DecisionTimeRef = builder.objectRef<DecisionTime>('DecisionTime').implement({
  description: 'Whole days from the NRM referral to the decision.',
  fields: (t) => ({
    decisionType: t.string({ description: 'RG or CG.', resolve: (d) => d.type }),
    medianDays: t.int({
      nullable: true,
      description: 'Null from fewer decisions than the threshold.',
      resolve: (d) => d.medianDays,
    }),
    percentile90Days: t.int({
      nullable: true,
      description: 'Null from fewer than twice the threshold (a 90th percentile of a few is the slowest one).',
      resolve: (d) => d.percentile90Days,
    }),
  }),
});

const FiguresPeriodRef = builder.objectRef<Period>('FiguresPeriod').implement({
  fields: (t) => ({
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    granularity: t.field({ type: FiguresGranularity, resolve: (p) => p.granularity }),
  }),
});

export const PartnershipFiguresRef = builder.objectRef<AreaFigures>('PartnershipFigures').implement({
  description: "An area's figures for a period (002 section 5), every count protected.",
  fields: (t) => ({
    areaCode: t.string({ resolve: (f) => f.area.code }),
    areaName: t.string({ resolve: (f) => f.area.name }),
    period: t.field({ type: FiguresPeriodRef, resolve: (f) => f.period }),
    threshold: t.exposeInt('threshold', {
      description: 'Counts from 1 to threshold - 1 are shown as "fewer than threshold".',
    }),
    buckets: t.stringList({ description: 'The period columns, e.g. 2026-Q1 or 2026-01.', resolve: (f) => f.buckets }),
    tables: t.field({ type: [FigureTableRef], resolve: (f) => f.tables }),
    decisionTimes: t.field({ type: [DecisionTimeRef], resolve: (f) => f.decisionTimes }),
  }),
});

export const FiguresExportRef = builder.objectRef<FiguresExport>('FiguresExport').implement({
  fields: (t) => ({
    filename: t.exposeString('filename'),
    mediaType: t.exposeString('mediaType'),
    content: t.exposeString('content'),
    recordsReleased: t.exposeInt('recordsReleased', { nullable: true }),
    recordsDropped: t.exposeInt('recordsDropped', {
      nullable: true,
      description: 'Records left out because they could not be hidden among k or more.',
    }),
    standard: t.exposeString('standard', { nullable: true, description: 'Which HTCDS field names the extract uses.' }),
  }),
});

export const FiguresPeriodInput = builder.inputType('FiguresPeriodInput', {
  fields: (t) => ({
    from: t.string({ required: true, description: 'First month, YYYY-MM.' }),
    to: t.string({ required: true, description: 'Last month (included), YYYY-MM.' }),
    granularity: t.field({ type: FiguresGranularity, required: true }),
  }),
});
