/**
 * Case use cases, one transaction each. No GraphQL here: callers pass plain values and get
 * rows or domain errors back.
 */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db.ts';
import { ValidationError, validationErrorFrom } from '../../errors.ts';
import type { ConcernKind, Gender, ImmigrationStatus, RecourseToPublicFunds } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseOpenInput } from './cases.validation.ts';

export interface CaseSubjectInput {
  givenName?: string | null;
  familyName?: string | null;
  aliases?: string[] | null;
  dateOfBirth?: Date | null;
  estimatedAge?: number | null;
  ageUncertain?: boolean | null;
  gender?: Gender | null;
  nationality?: string | null;
  languages?: string[] | null;
  interpreterNeeded?: boolean | null;
  immigrationStatus?: ImmigrationStatus | null;
  recourseToPublicFunds?: RecourseToPublicFunds | null;
}

export interface CaseOpenInput {
  concernKind: ConcernKind;
  /** Area whose pathway applies; defaults to the viewer organisation's only area. */
  areaId?: string | null;
  /** What was seen or heard, in writing (000 step 3: concerns are put in writing). */
  concern: string;
  /** When the person was identified; the pathway clocks start here. Defaults to now. */
  identifiedAt?: Date | null;
  immediateRisk?: boolean | null;
  subject?: CaseSubjectInput | null;
}

interface RequestInfo {
  viewer: Viewer;
  requestId: string;
}

/** Year of a moment in Europe/London, so a case opened at 00:30 on 1 January BST/GMT gets the new year. */
function londonYear(moment: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' }).format(moment));
}

export function formatCaseReference(year: number, sequence: number): string {
  return `WM-${year}-${String(sequence).padStart(6, '0')}`;
}

async function resolveArea(viewer: Viewer, areaId: string | null | undefined): Promise<string> {
  if (areaId) {
    const area = await prisma.area.findUnique({ where: { id: areaId }, select: { id: true } });
    if (!area) throw new ValidationError([{ path: ['areaId'], message: 'is not a known area' }]);
    return area.id;
  }
  const areas = await prisma.area.findMany({
    where: { organisations: { some: { id: viewer.organisation.id } } },
    select: { id: true },
    take: 2,
  });
  if (areas.length !== 1) {
    throw new ValidationError([
      { path: ['areaId'], message: 'is required: your organisation works in more than one area (or none), so say which pathway applies' },
    ]);
  }
  return areas[0]!.id;
}

export interface OpenCaseOptions {
  /** Fixed id (demo data, so loading it twice finds the case). */
  caseId?: string;
  /** The moment of opening (demo data opened in the past); defaults to now. */
  now?: Date;
}

/** Records a concern and opens a case with its first event, in one transaction. */
export async function openCase({ viewer, requestId }: RequestInfo, input: CaseOpenInput, options: OpenCaseOptions = {}) {
  const parsed = caseOpenInput.safeParse(input);
  if (!parsed.success) throw validationErrorFrom(parsed.error.issues);
  const areaId = await resolveArea(viewer, input.areaId);
  const { subject } = parsed.data;
  const now = options.now ?? new Date();
  const identifiedAt = parsed.data.identifiedAt ?? now;

  return prisma.$transaction(async (tx) => {
    const year = londonYear(now);
    // Atomic per-year counter: the row lock serialises concurrent openings, so references
    // are unique and gap-free within a committed year.
    const [counter] = await tx.$queryRaw<Array<{ last: number }>>`
      INSERT INTO "CaseReferenceCounter" ("year", "last") VALUES (${year}, 1)
      ON CONFLICT ("year") DO UPDATE SET "last" = "CaseReferenceCounter"."last" + 1
      RETURNING "last"`;
    const created = await tx.case.create({
      data: {
        ...(options.caseId ? { id: options.caseId } : {}),
        reference: formatCaseReference(year, counter!.last),
        concernKind: input.concernKind,
        owningOrganisationId: viewer.organisation.id,
        areaId,
        openedById: viewer.personId,
        openedAt: now,
        givenName: subject?.givenName ?? null,
        familyName: subject?.familyName ?? null,
        aliases: subject?.aliases ?? [],
        dateOfBirth: subject?.dateOfBirth ?? null,
        estimatedAge: subject?.estimatedAge ?? null,
        ageUncertain: subject?.ageUncertain ?? false,
        gender: input.subject?.gender ?? null,
        nationality: subject?.nationality ?? null,
        languages: subject?.languages ?? [],
        interpreterNeeded: subject?.interpreterNeeded ?? false,
        immigrationStatus: input.subject?.immigrationStatus ?? null,
        recourseToPublicFunds: input.subject?.recourseToPublicFunds ?? null,
      },
    });
    await tx.caseEvent.create({
      data: {
        caseId: created.id,
        kind: 'CONCERN_RECORDED',
        actorId: viewer.personId,
        organisationId: viewer.organisation.id,
        occurredAt: now,
        caseVersion: created.version,
        data: {
          concernKind: input.concernKind,
          concern: parsed.data.concern,
          identifiedAt: identifiedAt.toISOString(),
          immediateRisk: parsed.data.immediateRisk ?? null,
        },
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'case.open',
      entityType: 'Case',
      entityId: created.id,
      data: { reference: created.reference, concernKind: input.concernKind },
    });
    return created;
  });
}
