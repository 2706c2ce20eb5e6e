/**
 * Mutations recording the referral on a case: answers, indicators, evidence. Each takes
 * `expectedVersion`, runs in one transaction and returns the case or a typed error.
 */
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { NotFoundError, NotPermittedError, StaleCaseError, ValidationError } from '../../errors.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import type { EvidenceKind as EvidenceKindValue } from '../../generated/prisma/enums.ts';
import { CaseClosedError } from '../cases/case-errors.ts';
import { Case } from '../cases/case.types.ts';
import * as referral from './referral-answers.service.ts';
import { EvidenceKind } from './referrals-nrm.types.ts';

const ERRORS = [ValidationError, NotFoundError, StaleCaseError, CaseClosedError, NotPermittedError];

const Payload = builder.objectRef<{ case: CaseRow }>('CaseReferralPayload').implement({
  description: 'The case after the change (its version has gone up by one).',
  fields: (t) => ({ case: t.field({ type: Case, resolve: (p) => p.case }) }),
});

type Run<I> = (input: I, request: { viewer: NonNullable<Context['viewer']>; requestId: string }) => Promise<CaseRow>;

function mutation<I>(name: string, description: string, input: unknown, run: Run<I>) {
  builder.mutationField(name, (t) =>
    t.field({
      type: Payload,
      description,
      args: { input: t.arg({ type: input as never, required: true }) },
      authScopes: { signedIn: true },
      errors: { types: ERRORS, directResult: true, union: { name: `${name[0]!.toUpperCase()}${name.slice(1)}Result` } },
      resolve: async (_root, args, { viewer, requestId }) => ({
        case: await run((args as { input: I }).input, { viewer: viewer!, requestId }),
      }),
    }),
  );
}

type Versioned = { caseId: { id: string }; expectedVersion: number };
const base = (i: Versioned) => ({ caseId: i.caseId.id, expectedVersion: i.expectedVersion });

const AnswersInput = builder
  .inputRef<Versioned & { answers: Record<string, unknown> }>('CaseRecordReferralAnswersInput')
  .implement({
    fields: (t) =>
      ({
        caseId: t.globalID({ for: Case, required: true }),
        expectedVersion: t.int({ required: true }),
        answers: t.field({
          type: 'JSONObject',
          required: true,
          description:
            "The form's field key -> answer (text, number, true/false, or a list of options); null clears one. Answers Waymark holds elsewhere (names, age, consent...) are refused: record them on the case.",
        }),
      }) as never,
  });
mutation<Versioned & { answers: Record<string, unknown> }>(
  'caseRecordReferralAnswers',
  'Record answers to the Home Office referral form (or a reconsideration request), validated against the form: unknown questions, wrong types, options not offered, text over 15,000 characters and answers to a branch not taken are refused per field, and nothing is written.',
  AnswersInput,
  (input, request) => referral.recordReferralAnswers(request, { ...base(input), answers: input.answers }),
);

const IndicatorInput = builder.inputType('CaseIndicatorInput', {
  fields: (t) => ({
    indicatorId: t.string({ required: true, description: 'An id from indicatorCatalogue.' }),
    note: t.string({ required: true, description: 'Where and how you noticed it.' }),
  }),
});
type IndicatorsIn = Versioned & { indicators: Array<{ indicatorId: string; note: string }> };
const IndicatorsInput = builder.inputRef<IndicatorsIn>('CaseRecordIndicatorsInput').implement({
  fields: (t) =>
    ({
      caseId: t.globalID({ for: Case, required: true }),
      expectedVersion: t.int({ required: true }),
      indicators: t.field({ type: [IndicatorInput], required: true, description: 'Replaces the recorded indicators.' }),
    }) as never,
});
mutation<IndicatorsIn>(
  'caseRecordIndicators',
  'Record the indicators of modern slavery seen (003 section 5), each with a note of where it was noticed; replaces the list. They answer the form’s indicator question and suggest exploitation types.',
  IndicatorsInput,
  (input, request) => referral.recordIndicators(request, { ...base(input), indicators: input.indicators }),
);

const DocumentInput = builder.inputType('ReferralDocumentInput', {
  fields: (t) => ({
    kind: t.field({ type: EvidenceKind, required: true }),
    description: t.string({ required: true }),
    documentDate: t.field({ type: 'Date' }),
  }),
});
type EvidenceIn = Versioned & {
  documents: Array<{ kind: EvidenceKindValue; description: string; documentDate?: Date | null }>;
};
const EvidenceInput = builder.inputRef<EvidenceIn>('CaseDescribeEvidenceInput').implement({
  fields: (t) =>
    ({
      caseId: t.globalID({ for: Case, required: true }),
      expectedVersion: t.int({ required: true }),
      documents: t.field({ type: [DocumentInput], required: true, description: 'Replaces the list.' }),
    }) as never,
});
mutation<EvidenceIn>(
  'caseDescribeEvidence',
  'List the documents the First Responder will upload to the Home Office with the referral (kind, description, date); the files stay with them.',
  EvidenceInput,
  (input, request) => referral.describeEvidence(request, { ...base(input), documents: input.documents }),
);
