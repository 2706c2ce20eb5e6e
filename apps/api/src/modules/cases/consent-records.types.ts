/**
 * Case.consentRecords: each consent answer as recorded, with how it was made informed (the
 * resources used to explain the NRM, whether legal advice was offered: X-12). Read from the
 * case's CONSENT_RECORDED events, which hold them; the case facts keep only the current answer.
 */
import { getResource } from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import type { CaseEvent as CaseEventRow, Person as PersonRow } from '../../generated/prisma/client.ts';
import { Person } from '../orgs/orgs.types.ts';
import { ResourceType } from '../pathways/resources.types.ts';
import { Case } from './case.types.ts';
import { ConsentAnswer, type ConsentAnswer as Answer } from './case-record-consent.ts';

interface ConsentData {
  nrm?: Answer | null;
  shareDetails?: Answer | null;
  explainedWith?: string[];
  legalAdviceOffered?: boolean | null;
}
const data = (e: CaseEventRow) => e.data as ConsentData;

const ConsentRecord = builder.objectRef<CaseEventRow & { actor: PersonRow }>('ConsentRecord').implement({
  description: 'One consent answer as recorded, and how it was made informed.',
  fields: (t) => ({
    nrm: t.field({ type: ConsentAnswer, nullable: true, resolve: (e) => data(e).nrm ?? null }),
    shareDetails: t.field({ type: ConsentAnswer, nullable: true, resolve: (e) => data(e).shareDetails ?? null }),
    explainedWith: t.field({
      type: [ResourceType],
      description: 'Resources used to explain the NRM (e.g. the NRM Explanatory Booklet).',
      resolve: (e) =>
        (data(e).explainedWith ?? []).flatMap((id) => {
          const r = getResource(id);
          return r ? [r] : [];
        }),
    }),
    legalAdviceOffered: t.boolean({
      nullable: true,
      description: 'Whether independent legal advice was offered; null when not recorded.',
      resolve: (e) => data(e).legalAdviceOffered ?? null,
    }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
    recordedBy: t.field({ type: Person, resolve: (e) => e.actor }),
  }),
});

builder.objectField(Case, 'consentRecords', (t) =>
  t.field({
    type: [ConsentRecord],
    description: 'Consent answers as recorded, oldest first (capacity-only records left out).',
    resolve: async (row) => {
      const events = await prisma.caseEvent.findMany({
        where: { caseId: row.id, kind: 'CONSENT_RECORDED' },
        orderBy: [{ occurredAt: 'asc' }, { seq: 'asc' }],
        include: { actor: true },
      });
      return events.filter((e) => data(e).nrm || data(e).shareDetails);
    },
  }),
);
