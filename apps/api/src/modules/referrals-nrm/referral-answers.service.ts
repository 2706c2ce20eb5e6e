/**
 * Recording the referral on a case: answers to the form's questions, indicators seen (each with
 * where it was noticed) and the evidence the First Responder will upload. Each is one changeCase
 * (one transaction, version-checked, evented, audited); a refusal is a ValidationError naming
 * every field at fault and writes nothing. Events and audit rows name the fields changed, never
 * their values.
 */
import {
  checkAnswers,
  CURRENT_INDICATORS,
  CURRENT_NRM_FORM,
  getReferralForm,
  reconsiderationFormV1,
  type AnswerValue,
  type ReferralFormDefinition,
} from '@waymark/pathways';
import { z } from 'zod';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import type { EvidenceKind } from '../../generated/prisma/enums.ts';
import { changeCase, type RequestInfo } from '../cases/case-transaction.ts';
import { allAnswers, recordedAnswers } from './case-answers.ts';

interface Versioned {
  caseId: string;
  expectedVersion: number;
}

/** The form a case's answers follow: the version it was first answered on, else the current one. */
export function formFor(formId: string, pinnedVersion: number | null): ReferralFormDefinition {
  if (formId === reconsiderationFormV1.id) return reconsiderationFormV1;
  return (pinnedVersion !== null && getReferralForm(formId, pinnedVersion)) || CURRENT_NRM_FORM;
}

export async function recordReferralAnswers(
  request: RequestInfo,
  input: Versioned & { answers: Record<string, unknown> },
) {
  const keys = Object.keys(input.answers ?? {});
  if (keys.length === 0)
    throw new ValidationError([{ path: ['answers'], message: 'must answer at least one question' }]);
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current) => {
    const nrm = await allAnswers(tx, current, CURRENT_NRM_FORM.id);
    const recon = await recordedAnswers(tx, current.id, reconsiderationFormV1.id);
    const nrmForm = formFor(CURRENT_NRM_FORM.id, nrm.formVersion);
    const problems = checkAnswers(
      [nrmForm, reconsiderationFormV1],
      { ...nrm.answers, ...recon.answers },
      input.answers,
    );
    if (problems.length)
      throw new ValidationError(
        problems.map((p) => ({ path: ['answers', p.key], message: `${p.code}: ${p.message}` })),
      );

    const changed: string[] = [];
    for (const form of [nrmForm, reconsiderationFormV1]) {
      const mine = keys.filter((k) => form.fields.some((f) => f.key === k));
      if (mine.length === 0) continue;
      const stored = form === nrmForm ? (await recordedAnswers(tx, current.id, form.id)).answers : recon.answers;
      const next: Record<string, AnswerValue> = { ...stored };
      for (const key of mine) {
        const value = input.answers[key] as AnswerValue | null;
        if (JSON.stringify(stored[key] ?? null) === JSON.stringify(value)) continue;
        changed.push(key);
        if (value === null) delete next[key];
        else next[key] = value;
      }
      await tx.referralAnswers.upsert({
        where: { caseId_formId: { caseId: current.id, formId: form.id } },
        create: { caseId: current.id, formId: form.id, formVersion: form.version, answers: next },
        update: { answers: next },
      });
    }
    return {
      events: [
        {
          kind: 'REFERRAL_ANSWERS_RECORDED',
          data: { formId: nrmForm.id, formVersion: nrmForm.version, fields: changed },
        },
      ],
      audit: { action: 'case.recordReferralAnswers', data: { fields: changed } },
    };
  });
}

const indicatorsInput = z.object({
  indicators: z
    .array(
      z.object({
        indicatorId: z.string().refine((id) => CURRENT_INDICATORS.indicators.some((i) => i.id === id), {
          message: 'is not an indicator of the catalogue',
        }),
        note: z
          .string()
          .trim()
          .min(1, 'say where and how you noticed it')
          .max(2_000, 'must be at most 2000 characters'),
      }),
    )
    .max(CURRENT_INDICATORS.indicators.length)
    .refine((list) => new Set(list.map((i) => i.indicatorId)).size === list.length, {
      message: 'names an indicator twice',
    }),
});

/** Replaces the indicators recorded on the case (catalogue of 003 section 5), each with its context. */
export async function recordIndicators(
  request: RequestInfo,
  input: Versioned & { indicators: Array<{ indicatorId: string; note: string }> },
) {
  const { indicators } = parseOrThrow(indicatorsInput.safeParse(input));
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    const before = await tx.caseIndicator.findMany({ where: { caseId: current.id }, select: { indicatorId: true } });
    const had = new Set(before.map((i) => i.indicatorId));
    const wanted = new Set(indicators.map((i) => i.indicatorId));
    await tx.caseIndicator.deleteMany({ where: { caseId: current.id, indicatorId: { notIn: [...wanted] } } });
    for (const { indicatorId, note } of indicators) {
      await tx.caseIndicator.upsert({
        where: { caseId_indicatorId: { caseId: current.id, indicatorId } },
        create: {
          caseId: current.id,
          indicatorId,
          note,
          catalogueVersion: CURRENT_INDICATORS.version,
          recordedAt: now,
          recordedById: request.viewer.personId,
        },
        update: { note },
      });
    }
    const data = {
      catalogueVersion: CURRENT_INDICATORS.version,
      added: [...wanted].filter((id) => !had.has(id)).sort(),
      removed: [...had].filter((id) => !wanted.has(id)).sort(),
    };
    return {
      events: [{ kind: 'INDICATORS_RECORDED', data }],
      audit: { action: 'case.recordIndicators', data },
    };
  });
}

const evidenceInput = z.object({
  documents: z
    .array(
      z.object({
        kind: z.string(),
        description: z.string().trim().min(1, 'describe the document').max(2_000, 'must be at most 2000 characters'),
        documentDate: z
          .date()
          .refine((d) => d.getTime() <= Date.now() + 24 * 3_600_000, 'must not be in the future')
          .nullish(),
      }),
    )
    // The form takes up to 100 files.
    .max(100, 'the form takes at most 100 documents'),
});

/** Replaces the list of documents the First Responder will upload; the files stay with them. */
export async function describeEvidence(
  request: RequestInfo,
  input: Versioned & {
    documents: Array<{ kind: EvidenceKind; description: string; documentDate?: Date | null }>;
  },
) {
  parseOrThrow(evidenceInput.safeParse(input));
  return changeCase(request, input.caseId, input.expectedVersion, async (tx, current, now) => {
    await tx.referralEvidence.deleteMany({ where: { caseId: current.id } });
    for (const doc of input.documents) {
      await tx.referralEvidence.create({
        data: {
          caseId: current.id,
          kind: doc.kind,
          description: doc.description.trim(),
          documentDate: doc.documentDate ?? null,
          recordedAt: now,
          recordedById: request.viewer.personId,
        },
      });
    }
    const data = { count: input.documents.length, kinds: [...new Set(input.documents.map((d) => d.kind))].sort() };
    return { events: [{ kind: 'EVIDENCE_DESCRIBED', data }], audit: { action: 'case.describeEvidence', data } };
  });
}
