/**
 * partnershipFigures and partnershipFiguresExport: auditors and Modern Slavery leads, for the
 * areas their organisation works in (figures.service.ts decides). Anyone else, or another area,
 * is FORBIDDEN, the same answer for an area that does not exist.
 */
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { ValidationError } from '../../errors.ts';
import { exportFigures, figuresAreaFor, partnershipFigures } from './figures.service.ts';
import { FiguresExportFormat, FiguresExportRef, FiguresPeriodInput, PartnershipFiguresRef } from './figures.types.ts';

const forbidden = () => new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } });

builder.queryFields((t) => ({
  partnershipFigures: t.field({
    type: PartnershipFiguresRef,
    description:
      'An area\'s partnership figures for a period, by month or quarter. Counts under the threshold are shown as "fewer than N" and others withheld so none can be worked out (auditors and leads of the area).',
    args: {
      areaCode: t.arg.string({ required: true }),
      period: t.arg({ type: FiguresPeriodInput, required: true }),
      threshold: t.arg.int({ description: "At least the partnership's (default 5); never below 3." }),
    },
    authScopes: { anyRole: ['AUDITOR', 'LEAD'] },
    errors: { types: [ValidationError], directResult: true, union: { name: 'PartnershipFiguresResult' } },
    resolve: async (_root, { areaCode, period, threshold }, { viewer }) => {
      const area = await figuresAreaFor(viewer, areaCode);
      if (!area) throw forbidden();
      return partnershipFigures(area, { period, threshold });
    },
  }),
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
      return exportFigures(viewer, requestId, area, { period, format, threshold, k });
    },
  }),
}));
