/** What the case as a whole holds, for the engine's rules across tracks (caseWideRefusal). */
import type { CaseRecords } from '@waymark/pathways';
import type { Transaction } from '../../db/client.ts';

export async function caseRecords(tx: Transaction, caseId: string): Promise<CaseRecords> {
  return { nrmReferrals: await tx.nrmReferral.count({ where: { caseId } }) };
}
