/**
 * GraphQL for the referral: the pack on the case (`Case.referralPack(kind)`), the indicators and
 * evidence recorded for it, the submission details on NrmReferral / DutyToNotify, the decision's
 * link to its referral, and the form and indicator catalogue as reference data.
 */
import {
  CURRENT_INDICATORS,
  CURRENT_NRM_FORM,
  suggestExploitationTypes,
  type AnswerValue,
  type PackField,
  type PackSection,
  type PackStep,
  type PackWarning,
} from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { EvidenceKind as EvidenceKindValues } from '../../generated/prisma/enums.ts';
import { Case } from '../cases/case.types.ts';
import { Decision, DutyToNotify, NrmReferral } from '../cases/case-records.types.ts';
import { casePack, type CasePack } from './referral-pack.service.ts';

export const ReferralPackKind = builder.enumType('ReferralPackKind', {
  values: ['NRM', 'DUTY_TO_NOTIFY', 'RECONSIDERATION'] as const,
});
const FieldStatus = builder.enumType('ReferralFieldStatus', {
  values: {
    ANSWERED: { description: 'Answered and valid.' },
    MISSING: { description: 'Not answered (see `required`).' },
    NOT_APPLICABLE: { description: 'Its branch is not taken, or it is withheld from an anonymised pack.' },
    INVALID: { description: 'Answered, but the answer does not fit the form (see `message`).' },
  } as const,
});
const WarningCode = builder.enumType('ReferralPackWarningCode', {
  values: [
    'DTN_NOT_FOR_CHILDREN',
    'DTN_AFTER_CONSENT',
    'NRM_NEEDS_CONSENT',
    'CONSENT_TO_SHARE_MISMATCH',
    'SEEMS_IDENTIFYING',
    'TEXT_TOO_LONG',
  ] as const,
});
export const EvidenceKind = builder.enumType('EvidenceKind', { values: Object.values(EvidenceKindValues) });

/** An answer as text (lists joined, ticks as yes/no). */
export function displayValue(value: AnswerValue | null): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

const Field = builder.objectRef<PackField>('ReferralPackField').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: "The form's own field key." }),
    label: t.exposeString('label'),
    type: t.exposeString('type'),
    required: t.exposeBoolean('required'),
    status: t.field({ type: FieldStatus, resolve: (f) => f.status }),
    value: t.string({ nullable: true, resolve: (f) => displayValue(f.value) }),
    values: t.stringList({
      nullable: true,
      description: 'For multiple-choice answers, each option chosen.',
      resolve: (f) => (Array.isArray(f.value) ? [...f.value] : null),
    }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'Where the answer came from: `answers`, or what the case holds (e.g. `case.givenName`).',
    }),
    identifying: t.exposeBoolean('identifying'),
    redacted: t.exposeBoolean('redacted', { description: 'An identifying answer the viewer may not see.' }),
    withheld: t.exposeBoolean('withheld', { description: 'Left out because the pack is anonymised.' }),
    message: t.exposeString('message', { nullable: true }),
  }),
});
const Step = builder.objectRef<PackStep>('ReferralPackStep').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: "The form's page path." }),
    title: t.exposeString('title'),
    fields: t.field({ type: [Field], resolve: (s) => s.fields }),
  }),
});
const Section = builder.objectRef<PackSection>('ReferralPackSection').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    title: t.exposeString('title'),
    complete: t.exposeBoolean('complete'),
    steps: t.field({ type: [Step], resolve: (s) => s.steps }),
  }),
});
const Missing = builder.objectRef<CasePack['missing'][number]>('ReferralPackMissing').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    stepId: t.exposeString('stepId'),
  }),
});
const Warning = builder.objectRef<PackWarning>('ReferralPackWarning').implement({
  fields: (t) => ({
    code: t.field({ type: WarningCode, resolve: (w) => w.code }),
    key: t.exposeString('key', { nullable: true }),
    message: t.exposeString('message'),
  }),
});
const PackIndicator = builder.objectRef<CasePack['indicators'][number]>('ReferralPackIndicator').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    text: t.exposeString('text'),
    section: t.exposeString('section', { description: '003 section: 5.1, 5.2 or 5.3.' }),
    note: t.exposeString('note', { description: 'Where and how it was noticed.' }),
  }),
});
const PackEvidence = builder.objectRef<CasePack['evidence'][number]>('ReferralPackEvidence').implement({
  fields: (t) => ({
    kind: t.field({ type: EvidenceKind, resolve: (e) => e.kind as never }),
    description: t.exposeString('description'),
    documentDate: t.expose('documentDate', { type: 'Date', nullable: true }),
  }),
});
const ReconsiderationEvent = builder.objectRef<{ kind: string; occurredAt: Date }>('ReconsiderationEvent').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});
const Reconsideration = builder
  .objectRef<NonNullable<CasePack['reconsideration']>>('ReconsiderationContext')
  .implement({
    fields: (t) => ({
      decisionType: t.exposeString('decisionType'),
      decidedOn: t.expose('decidedOn', { type: 'Date' }),
      eventsSinceReferral: t.field({ type: [ReconsiderationEvent], resolve: (r) => r.eventsSinceReferral }),
      newIndicators: t.field({
        type: [PackIndicator],
        resolve: (r) => r.newIndicators.map((i) => ({ ...i, section: '' })),
      }),
    }),
  });

export const ReferralPack = builder.objectRef<CasePack>('ReferralPack').implement({
  description:
    "A referral as the form asks it: sections, steps and fields in the form's order, each with its status and where the answer came from.",
  fields: (t) => ({
    kind: t.field({ type: ReferralPackKind, resolve: (p) => p.kind }),
    formId: t.exposeString('formId'),
    formVersion: t.exposeInt('formVersion'),
    route: t.exposeString('route', { nullable: true, description: 'NRM_ADULT, NRM_CHILD or DUTY_TO_NOTIFY.' }),
    anonymised: t.exposeBoolean('anonymised'),
    complete: t.exposeBoolean('complete'),
    missing: t.field({ type: [Missing], resolve: (p) => p.missing }),
    warnings: t.field({ type: [Warning], resolve: (p) => p.warnings }),
    sections: t.field({ type: [Section], resolve: (p) => p.sections }),
    indicators: t.field({ type: [PackIndicator], resolve: (p) => p.indicators }),
    evidence: t.field({ type: [PackEvidence], resolve: (p) => p.evidence }),
    reconsideration: t.field({ type: Reconsideration, nullable: true, resolve: (p) => p.reconsideration }),
  }),
});

const TypeSuggestion = builder
  .objectRef<ReturnType<typeof suggestExploitationTypes>>('ExploitationTypeSuggestion')
  .implement({
    description: 'Exploitation types the recorded indicators suggest, against those recorded on the case.',
    fields: (t) => ({
      suggested: t.stringList({ resolve: (s) => s.suggested }),
      notRecorded: t.stringList({ description: 'Suggested but not on the case.', resolve: (s) => s.notRecorded }),
      notIndicated: t.stringList({
        description: 'On the case but suggested by no recorded indicator.',
        resolve: (s) => s.notIndicated,
      }),
      mismatch: t.boolean({ resolve: (s) => s.notRecorded.length > 0 || s.notIndicated.length > 0 }),
    }),
  });

builder.prismaObjectFields(Case, (t) => ({
  referralPack: t.field({
    type: ReferralPack,
    description:
      'The referral pack for the Home Office form (NRM or Duty to Notify) or a reconsideration request. Identifying answers are redacted for viewers without need; an anonymised Duty to Notify never carries identity.',
    args: { kind: t.arg({ type: ReferralPackKind, required: true }) },
    resolve: async (row, { kind }, context) => {
      const pack = await casePack(prisma, context.viewer!, row, kind);
      if (pack.disclosesIdentity) (context.identifyingReads ??= new Set()).add(row.id);
      return pack;
    },
  }),
  exploitationTypeSuggestion: t.field({
    type: TypeSuggestion,
    resolve: async (row) => {
      const rows = await prisma.caseIndicator.findMany({ where: { caseId: row.id }, select: { indicatorId: true } });
      return suggestExploitationTypes(
        CURRENT_INDICATORS,
        rows.map((r) => r.indicatorId),
        row.exploitationTypes,
      );
    },
  }),
}));

const submissionFields = {
  authorityReference: { description: "The competent authority's reference (case team only)." },
} as const;

builder.prismaObjectFields(NrmReferral, (t) => ({
  authorityReference: t.exposeString('authorityReference', { nullable: true, ...submissionFields.authorityReference }),
  formVersion: t.exposeInt('formVersion', { nullable: true }),
  packHash: t.exposeString('packHash', { nullable: true, description: 'SHA-256 of the pack as submitted.' }),
  packComplete: t.exposeBoolean('packComplete', { nullable: true }),
  packMissing: t.exposeStringList('packMissing', { description: 'Keys of the questions the pack missed.' }),
}));

builder.prismaObjectFields(DutyToNotify, (t) => ({
  authorityReference: t.exposeString('authorityReference', { nullable: true, ...submissionFields.authorityReference }),
  formVersion: t.exposeInt('formVersion', { nullable: true }),
  packHash: t.exposeString('packHash', { nullable: true }),
  packComplete: t.exposeBoolean('packComplete', { nullable: true }),
  packMissing: t.exposeStringList('packMissing'),
}));

builder.prismaObjectFields(Decision, (t) => ({
  nrmReferral: t.relation('nrmReferral', { nullable: true, description: 'The referral this decision answers.' }),
}));

const CatalogueIndicator = builder.objectRef<(typeof CURRENT_INDICATORS.indicators)[number]>('Indicator').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    section: t.exposeString('section'),
    group: t.exposeString('group'),
    text: t.exposeString('text'),
    suggests: t.stringList({ resolve: (i) => [...(i.suggests ?? [])] }),
  }),
});
const Catalogue = builder.objectRef<typeof CURRENT_INDICATORS>('IndicatorCatalogue').implement({
  fields: (t) => ({
    version: t.exposeInt('version'),
    source: t.exposeString('source'),
    indicators: t.field({ type: [CatalogueIndicator], resolve: (c) => [...c.indicators] }),
  }),
});

builder.queryFields((t) => ({
  indicatorCatalogue: t.field({
    type: Catalogue,
    description: 'The indicators of modern slavery (003 section 5) caseworkers record on a case.',
    authScopes: { signedIn: true },
    resolve: () => CURRENT_INDICATORS,
  }),
  referralForm: t.field({
    type: 'JSONObject',
    description:
      "The Home Office referral form Waymark follows, as data: id, version, source, fields (the form's keys, types, options, limits, branches) and sections.",
    authScopes: { signedIn: true },
    resolve: () => JSON.parse(JSON.stringify(CURRENT_NRM_FORM)) as Record<string, unknown>,
  }),
}));
