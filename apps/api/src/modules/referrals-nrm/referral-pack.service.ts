/**
 * Builds a case's referral pack for the viewer: the NRM referral, the Duty to Notify or the
 * reconsideration request, in the form's order with completeness (packages/pathways buildPack).
 * Identifying answers reach only viewers with need and each disclosure is noted for the read
 * audit; an anonymised Duty to Notify carries no identity for anyone. A pack the viewer may not
 * see is refused as FORBIDDEN, worded the same whether or not it exists.
 */
import { createHash } from 'node:crypto';
import {
  buildPack,
  seemsIdentifying,
  CURRENT_INDICATORS,
  CURRENT_NRM_FORM,
  reconsiderationFormV1,
  type Answers,
  type PackKind,
  type ReferralPack,
} from '@waymark/pathways';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../context.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import { mayReadIdentity } from '../cases/case-access.ts';
import { caseFacts } from '../pathways/engine-adapter.ts';
import { allAnswers, recordedAnswers, type Reader } from './case-answers.ts';
import { formFor } from './referral-answers.service.ts';

export type PackReader = Reader &
  Pick<import('../../db/client.ts').Transaction, 'decision' | 'caseEvent' | 'nrmReferral'>;

export const packForbidden = () =>
  new GraphQLError('You may not see this referral pack.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

export interface ReconsiderationContext {
  decisionType: string;
  decidedOn: Date;
  /** Event kinds and times since the referral (never their contents). */
  eventsSinceReferral: Array<{ kind: string; occurredAt: Date }>;
  newIndicators: Array<{ id: string; text: string; note: string }>;
}

export interface CasePack extends ReferralPack {
  caseId: string;
  caseReference: string;
  /** The form's indicator question rendered from the recorded indicators. */
  indicators: Array<{ id: string; text: string; section: string; note: string }>;
  evidence: Array<{ kind: string; description: string; documentDate: Date | null }>;
  reconsideration: ReconsiderationContext | null;
  /** Whether identifying values were included (so the read is audited). */
  disclosesIdentity: boolean;
}

const catalogueText = new Map(CURRENT_INDICATORS.indicators.map((i) => [i.id, i]));

export async function casePack(db: PackReader, viewer: Viewer, row: CaseRow, kind: PackKind): Promise<CasePack> {
  const facts = caseFacts(row, new Date());
  const [indicatorRows, evidence] = await Promise.all([
    db.caseIndicator.findMany({ where: { caseId: row.id }, orderBy: { indicatorId: 'asc' } }),
    db.referralEvidence.findMany({ where: { caseId: row.id }, orderBy: { recordedAt: 'asc' } }),
  ]);
  const indicators = indicatorRows.map((i) => ({
    id: i.indicatorId,
    text: catalogueText.get(i.indicatorId)?.text ?? i.indicatorId,
    section: catalogueText.get(i.indicatorId)?.section ?? '',
    note: i.note,
    recordedAt: i.recordedAt,
  }));
  const mayIdentify = mayReadIdentity(viewer, row);
  const personNames = [
    row.givenName,
    row.familyName,
    [row.givenName, row.familyName].filter(Boolean).join(' '),
    ...row.aliases,
  ].filter((n): n is string => !!n && n.trim().length > 1);

  let reconsideration: ReconsiderationContext | null = null;
  let form;
  let answers: Answers;
  let sources: Record<string, string> = {};
  if (kind === 'RECONSIDERATION') {
    const negative = await db.decision.findFirst({
      where: { caseId: row.id, result: 'NEGATIVE' },
      orderBy: [{ decidedOn: 'desc' }, { recordedAt: 'desc' }],
    });
    if (!negative) throw packForbidden();
    const referral = await db.nrmReferral.findFirst({ where: { caseId: row.id }, orderBy: { submittedAt: 'desc' } });
    const since = referral?.submittedAt ?? row.openedAt;
    const events = await db.caseEvent.findMany({
      where: { caseId: row.id, occurredAt: { gt: since } },
      orderBy: { occurredAt: 'asc' },
      select: { kind: true, occurredAt: true },
    });
    reconsideration = {
      decisionType: negative.type,
      decidedOn: negative.decidedOn,
      eventsSinceReferral: events,
      newIndicators: indicators.filter((i) => i.recordedAt > since).map(({ id, text, note }) => ({ id, text, note })),
    };
    form = reconsiderationFormV1;
    answers = (await recordedAnswers(db, row.id, form.id)).answers;
  } else {
    const all = await allAnswers(db, row, CURRENT_NRM_FORM.id);
    form = formFor(CURRENT_NRM_FORM.id, all.formVersion);
    answers = all.answers;
    sources = { ...all.sources };
    if (indicators.length) {
      // The form's indicator question, answered from the indicators recorded on the case.
      answers = {
        ...answers,
        'indicators-seen': 'yes',
        'indicators-seen-details': indicators.map((i) => `${i.text}: ${i.note}`).join('\n'),
      };
      sources['indicators-seen'] = sources['indicators-seen-details'] = 'case.indicators';
    }
  }
  const pack = buildPack({
    kind,
    form,
    answers,
    sources,
    consentToShareDetails: typeof facts.consentToShareDetails === 'boolean' ? facts.consentToShareDetails : null,
    personNames,
    mayReadIdentity: mayIdentify,
  });
  const disclosesIdentity = pack.sections.some((s) =>
    s.steps.some((st) => st.fields.some((f) => f.identifying && f.value !== null)),
  );
  return {
    ...pack,
    caseId: row.id,
    caseReference: row.reference,
    // An anonymised notice holds back any note that seems to name someone or give an address.
    indicators: indicators.map(({ id, text, section, note }) => ({
      id,
      text,
      section,
      note: pack.anonymised && seemsIdentifying(note, personNames) ? 'Held back: the note seems identifying' : note,
    })),
    // The Duty to Notify takes no uploads.
    evidence:
      kind === 'NRM'
        ? evidence.map((e) => ({ kind: e.kind, description: e.description, documentDate: e.documentDate }))
        : [],
    reconsideration,
    disclosesIdentity,
  };
}

/** SHA-256 of the pack's content, to show later exactly what was submitted. */
export function packHash(pack: ReferralPack): string {
  return createHash('sha256').update(JSON.stringify(pack)).digest('hex');
}
