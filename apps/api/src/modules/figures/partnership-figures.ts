/**
 * `partnershipFigures(areaCode, period)`: an area's figures for a period (002 section 5), for
 * auditors and Modern Slavery leads of the area (figures-access.ts). Anyone else, or another
 * area, is FORBIDDEN, the same answer for an area that does not exist. Not an identifying read
 * (figure-facts.ts), so not audited.
 */
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { ValidationError } from '../../errors.ts';
import { loadFacts } from './figure-facts.ts';
import { buildFigures, type Figures } from './figure-tables.ts';
import { figuresAreaFor } from './figures-access.ts';
import { checkRequest, type FiguresRequest } from './figures-policy.ts';
import { FiguresPeriodInput, PartnershipFiguresRef } from './figures.types.ts';
import type { Period } from './periods.ts';

export const forbidden = () =>
  new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } });

export interface AreaFigures extends Figures {
  area: { code: string; name: string };
  period: Period;
}

export async function partnershipFigures(
  area: { id: string; code: string; name: string },
  request: FiguresRequest,
  now = new Date(),
): Promise<AreaFigures> {
  const { threshold } = checkRequest(request);
  const facts = await loadFacts(area.id, now);
  return {
    area: { code: area.code, name: area.name },
    period: request.period,
    ...buildFigures(facts, request.period, threshold),
  };
}

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
}));
