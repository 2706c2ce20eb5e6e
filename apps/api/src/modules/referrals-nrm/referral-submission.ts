/**
 * What a referral records about the pack when it is submitted (outside Waymark, in the Home
 * Office's form): the form version, the SHA-256 of the pack as submitted, whether it was complete
 * and which questions it missed. Submission never fails for an incomplete pack; the timeline
 * carries the completeness report. The competent authority's reference is unique per case.
 */
import type { PackKind } from '@waymark/pathways';
import type { Viewer } from '../../context.ts';
import type { Transaction } from '../../db/client.ts';
import { ValidationError } from '../../errors.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import { casePack, packHash } from './referral-pack.service.ts';

export async function submissionRecord(tx: Transaction, viewer: Viewer, row: CaseRow, kind: PackKind) {
  // Hashed as the First Responder sees it (with identity where they may see it).
  const pack = await casePack(tx, viewer, row, kind);
  const { disclosesIdentity: _ignored, ...content } = pack;
  return {
    formId: pack.formId,
    formVersion: pack.formVersion,
    packHash: packHash(content),
    packComplete: pack.complete,
    packMissing: pack.missing.map((m) => m.key),
  };
}

/** Refuses an authority reference this case already holds (on any of its referrals). */
export async function checkAuthorityReference(tx: Transaction, caseId: string, reference: string | null | undefined) {
  if (reference == null) return null;
  const trimmed = reference.trim();
  if (trimmed.length < 1 || trimmed.length > 100)
    throw new ValidationError([{ path: ['authorityReference'], message: 'must be 1 to 100 characters' }]);
  const [nrm, dtn] = await Promise.all([
    tx.nrmReferral.count({ where: { caseId, authorityReference: trimmed } }),
    tx.dutyToNotify.count({ where: { caseId, authorityReference: trimmed } }),
  ]);
  if (nrm + dtn > 0)
    throw new ValidationError([
      { path: ['authorityReference'], message: 'is already recorded on this case; each referral has its own' },
    ]);
  return trimmed;
}

/** The timeline's completeness report: question keys, never answers. */
export const completenessEvent = (s: Awaited<ReturnType<typeof submissionRecord>>) => ({
  formId: s.formId,
  formVersion: s.formVersion,
  packHash: s.packHash,
  complete: s.packComplete,
  missing: s.packMissing,
});
