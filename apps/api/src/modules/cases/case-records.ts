/** What the case as a whole holds, for the engine's rules across tracks (caseWideRefusal). */
import type { CaseRecords } from '@waymark/pathways';
import type { Transaction } from '../../db/client.ts';

export async function caseRecords(tx: Transaction, caseId: string): Promise<CaseRecords> {
  const [nrmReferrals, meeting] = await Promise.all([
    tx.nrmReferral.count({ where: { caseId } }),
    // The latest held STRAT/MARM meeting that named a lead First Responder (003 8.5).
    tx.meeting.findFirst({
      where: { caseId, kind: { in: ['STRAT', 'MARM'] }, heldAt: { not: null }, leadFirstResponderId: { not: null } },
      orderBy: [{ heldAt: 'desc' }, { id: 'asc' }],
      select: { leadFirstResponder: { select: { id: true, name: true } } },
    }),
  ]);
  const lead = meeting?.leadFirstResponder;
  return { nrmReferrals, meetingLead: lead ? { organisationId: lead.id, name: lead.name } : null };
}
