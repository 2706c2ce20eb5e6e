/**
 * The envelope every change to a case runs in: one transaction that loads the case the viewer
 * may see, checks `expectedVersion` (optimistic concurrency), bumps the version, does the work,
 * appends the case events and the audit row. Anything thrown rolls all of it back, so a
 * rejected change leaves no trace.
 */
import type { RequestInfo } from '../../context.ts';
import { prisma, type Transaction } from '../../db/client.ts';
import { NotFoundError, NotPermittedError, StaleCaseError } from '../../errors.ts';
import type { Case, Prisma } from '../../generated/prisma/client.ts';
import type { CaseEventKind } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { integrationTrace } from '../identity/viewer.ts';
import { memberMayChange, teamCasesWhere, visibleCasesWhere, type ChangeWeight } from './case-access.ts';
import { CaseClosedError } from './case-errors.ts';
import { nextDeadlineAfter } from './stored-deadline.ts';
import { isUuid } from '../../uuid.ts';

export type { RequestInfo };

/** What every case change names: the case and the version the caller last read. */
export interface Versioned {
  caseId: string;
  expectedVersion: number;
}

export interface CaseChange {
  /** Events to append, in order; each records who, which organisation, when and what changed. */
  events: Array<{ kind: CaseEventKind; data: Prisma.InputJsonObject; occurredAt?: Date }>;
  /** Extra columns to set on the case in the same statement as the version bump. */
  update?: Prisma.CaseUpdateManyMutationInput;
  /** What the audit row says changed (ids and names, never personal values). */
  audit: { action: string; data?: Record<string, unknown> };
}

export interface ChangeOptions {
  /** Reopening is the one change a closed case accepts. */
  allowClosed?: boolean;
  /**
   * Only the owning organisation may make this change (an invited organisation sees the case,
   * it does not run it): 'lead' for its leads alone (who is on the team, closing, reopening),
   * 'staff' for its leads and caseworkers (a referral, which carries the person's names).
   */
  owner?: 'lead' | 'staff';
  /**
   * Which cases the viewer may change by this use case, from case-access.ts; by default the
   * cases whose team they are on (answering a hand-over: handOverReceiverWhere).
   */
  changeable?: Prisma.CaseWhereInput;
  /** What the change does, for a case-team member's purpose (case-access.ts); default 'work'. */
  weight?: ChangeWeight;
  now?: Date;
}

// PGlite runs a transaction's statements one at a time; allow for a slow machine.
export const TRANSACTION_OPTIONS = { timeout: 20_000, maxWait: 20_000 } as const;

export async function changeCase(
  { viewer, requestId }: RequestInfo,
  caseId: string,
  expectedVersion: number,
  work: (tx: Transaction, current: Case, now: Date) => Promise<CaseChange>,
  options: ChangeOptions = {},
): Promise<Case> {
  const now = options.now ?? new Date();
  // A malformed id names no case; say so rather than let the database reject the cast.
  if (!isUuid(caseId)) throw new NotFoundError('Case');
  return prisma.$transaction(async (tx) => {
    // Lock the case row first: a concurrent change waits here, then reads the committed version
    // and gets StaleCaseError, instead of checking an old version against newer tracks (READ
    // COMMITTED gives each statement a fresh snapshot).
    await tx.$queryRaw`SELECT 1 FROM "Case" WHERE "id" = ${caseId}::uuid FOR UPDATE`;
    const current = await tx.case.findFirst({
      where: { AND: [{ id: caseId }, options.changeable ?? teamCasesWhere(viewer)] },
    });
    if (!current) {
      // Seen through area oversight: say it is read only rather than pretend it is not there.
      const seen = await tx.case.count({ where: { AND: [{ id: caseId }, visibleCasesWhere(viewer)] } });
      if (seen)
        throw new NotPermittedError('Area oversight sees this case but never changes it; ask the owning organisation.');
      throw new NotFoundError('Case');
    }
    if (options.owner) {
      const ours = current.owningOrganisationId === viewer.organisation.id;
      if (!ours || (options.owner === 'lead' && !viewer.roles.includes('LEAD')))
        throw new NotPermittedError(
          options.owner === 'lead'
            ? 'Only a lead of the organisation that owns the case may do this; ask them.'
            : 'Only the organisation that owns the case may do this; ask its lead or caseworker.',
        );
    }
    if (current.owningOrganisationId !== viewer.organisation.id && !options.changeable) {
      const grant = await tx.caseTeamGrant.findFirst({
        where: { caseId, organisationId: viewer.organisation.id, status: 'ACTIVE' },
        select: { purpose: true },
      });
      if (!memberMayChange(grant?.purpose ?? null, options.weight ?? 'work'))
        throw new NotPermittedError(
          options.weight === 'submission'
            ? 'Only the owning organisation or the case team’s lead First Responder submits to the Home Office; give them what you have.'
            : 'A support provider on the case team sees the case and adds notes; ask the owning organisation to record this.',
        );
    }
    if (current.version !== expectedVersion) throw new StaleCaseError(current.version);
    if (current.status === 'CLOSED' && !options.allowClosed) throw new CaseClosedError();
    const change = await work(tx, current, now);
    // Whatever the work moved (tracks, facts, the date of birth, the status), the stored next
    // deadline follows in the same statement as the version bump (stored-deadline.ts). Every
    // change's `update` holds plain values, so the case as it will be is the two merged.
    const deadline = await nextDeadlineAfter(tx, { ...current, ...change.update } as Case, now);
    // The WHERE on version makes a concurrent change lose: under PostgreSQL the second
    // writer waits for the first, re-reads the row and matches nothing.
    const [bumped] = await tx.case.updateManyAndReturn({
      where: { id: caseId, version: expectedVersion },
      data: { ...change.update, ...deadline, version: { increment: 1 } },
    });
    if (!bumped) {
      const latest = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
      throw new StaleCaseError(latest.version);
    }
    const version = expectedVersion + 1;
    for (const event of change.events) {
      await tx.caseEvent.create({
        data: {
          caseId,
          kind: event.kind,
          actorId: viewer.personId,
          organisationId: viewer.organisation.id,
          // A real-world date recorded after the fact (issue 12 item 7); recordedAt stays now.
          occurredAt: event.occurredAt ?? now,
          recordedAt: now,
          caseVersion: version,
          data: { ...(event.data as object), ...integrationTrace(viewer) } as Prisma.InputJsonObject,
        },
      });
    }
    await recordAudit(tx, {
      viewer,
      requestId,
      action: change.audit.action,
      entityType: 'Case',
      entityId: caseId,
      data: { version, ...change.audit.data },
    });
    return bumped;
  }, TRANSACTION_OPTIONS);
}
