/**
 * Case use cases, one transaction each. No GraphQL here: callers pass plain values and get
 * rows or domain errors back.
 */
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import type {
  ConcernKind,
  ExploitationType,
  Gender,
  ImmigrationStatus,
  RecourseToPublicFunds,
} from '../../generated/prisma/enums.ts';
import { createHash } from 'node:crypto';
import type { Case } from '../../generated/prisma/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { integrationTrace } from '../identity/viewer.ts';
import { visibleCasesWhere } from './case-access.ts';
import { TRANSACTION_OPTIONS, type RequestInfo } from './case-transaction.ts';
import { IdempotencyConflictError } from './case-errors.ts';
import { isPotentialVictim, openingFacts } from '@waymark/pathways';
import { ageFactsFromSubject } from './case-facts.ts';
import { namePhonetics } from './phonetics.ts';
import { caseOpenInput } from './case-open.validation.ts';

export interface CaseSubjectInput {
  givenName?: string | null;
  familyName?: string | null;
  aliases?: string[] | null;
  dateOfBirth?: Date | null;
  estimatedAge?: number | null;
  ageUncertain?: boolean | null;
  claimedAge?: number | null;
  reasonToBelieveChild?: boolean | null;
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
  exploitationTypes?: ExploitationType[] | null;
  /** The same key with the same input returns the first result instead of a second case. */
  idempotencyKey?: string | null;
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
      {
        path: ['areaId'],
        message: 'is required: your organisation works in more than one area (or none), so say which pathway applies',
      },
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

/** JSON with object keys sorted at every level, so equal input hashes equally. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    return `{${entries
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function inputHash(input: CaseOpenInput): string {
  const { idempotencyKey: _key, ...rest } = input;
  return createHash('sha256').update(canonical(rest)).digest('hex');
}

async function replay(viewer: Viewer, key: string, hash: string): Promise<Case | null> {
  const existing = await prisma.caseIdempotencyKey.findUnique({
    where: { personId_key: { personId: viewer.personId, key } },
    include: { case: true },
  });
  if (!existing) return null;
  if (existing.inputHash !== hash) throw new IdempotencyConflictError();
  return existing.case;
}

export interface OpenedCase {
  case: Case;
  /** True when an earlier request with the same idempotency key created it. */
  replayed: boolean;
}

/**
 * Records a concern and opens a case with its first event, in one transaction. With an
 * idempotency key, a retry returns the first result (even when the two race).
 */
export async function openCase(
  request: RequestInfo,
  input: CaseOpenInput,
  options: OpenCaseOptions = {},
): Promise<OpenedCase> {
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length < 8 || key.length > 200)) {
    throw new ValidationError([{ path: ['idempotencyKey'], message: 'must be 8 to 200 characters' }]);
  }
  const hash = inputHash(input);
  if (key) {
    const first = await replay(request.viewer, key, hash);
    if (first) return { case: first, replayed: true };
  }
  try {
    return { case: await createCase(request, input, options, key, hash), replayed: false };
  } catch (error) {
    // A concurrent request with the same key won the race: answer as a retry would.
    const first = key && (error as { code?: string }).code === 'P2002' ? await replay(request.viewer, key, hash) : null;
    if (first) return { case: first, replayed: true };
    throw error;
  }
}

async function createCase(
  { viewer, requestId }: RequestInfo,
  input: CaseOpenInput,
  options: OpenCaseOptions,
  key: string | null,
  hash: string,
) {
  const valid = parseOrThrow(caseOpenInput.safeParse(input));
  const areaId = await resolveArea(viewer, input.areaId);
  const { subject } = valid;
  const now = options.now ?? new Date();
  const identifiedAt = valid.identifiedAt ?? now;

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
        identifiedAt,
        givenName: subject?.givenName ?? null,
        familyName: subject?.familyName ?? null,
        aliases: subject?.aliases ?? [],
        namePhonetics: namePhonetics([subject?.givenName, subject?.familyName, ...(subject?.aliases ?? [])]),
        dateOfBirth: subject?.dateOfBirth ?? null,
        estimatedAge: subject?.estimatedAge ?? null,
        ageUncertain: subject?.ageUncertain ?? false,
        claimedAge: subject?.claimedAge ?? null,
        reasonToBelieveChild: subject?.reasonToBelieveChild ?? null,
        gender: input.subject?.gender ?? null,
        nationality: subject?.nationality ?? null,
        languages: subject?.languages ?? [],
        interpreterNeeded: subject?.interpreterNeeded ?? false,
        immigrationStatus: input.subject?.immigrationStatus ?? null,
        recourseToPublicFunds: input.subject?.recourseToPublicFunds ?? null,
        // What the concern is about and any immediate risk reach every pathway (999 first); only a
        // potential victim has age facts (the engine says which).
        facts: {
          ...openingFacts({ concernKind: input.concernKind, immediateRisk: valid.immediateRisk }),
          ...(isPotentialVictim(input.concernKind) ? ageFactsFromSubject(subject, now) : {}),
        },
        exploitationTypes: [...new Set(input.exploitationTypes ?? [])],
        // No track yet, so no clock (caseEnrol starts one, through changeCase, which stores it).
        nextDueAt: null,
        deadlineRecomputeAt: null,
      },
    });
    if (key)
      await tx.caseIdempotencyKey.create({
        data: { key, personId: viewer.personId, inputHash: hash, caseId: created.id },
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
          concern: valid.concern,
          identifiedAt: identifiedAt.toISOString(),
          immediateRisk: valid.immediateRisk ?? null,
          ...integrationTrace(viewer),
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
  }, TRANSACTION_OPTIONS);
}

/** What a duplicate check compares: the names and date of birth as recorded (or about to be). */
export interface DuplicateProbe {
  givenName?: string | null;
  familyName?: string | null;
  aliases?: readonly string[] | null;
  dateOfBirth?: Date | null;
  /** A case not to report (the one just opened). */
  excludeId?: string;
}

/**
 * Cases the viewer can already see that may be about the same person: the same date of birth,
 * the same family name, a name that is one of the other's aliases (either way round), all
 * case-insensitive, or names that sound alike (Double Metaphone) where the dates of birth do
 * not rule it out. A warning for the caseworker, never a block; only cases whose identity the
 * viewer may see are considered, so it reveals nothing new (and the subjects returned are
 * audited as reads). Used after opening (caseOpen's payload) and before (`possibleDuplicates`).
 */
export async function possibleDuplicates(viewer: Viewer, probe: DuplicateProbe): Promise<Case[]> {
  const aliases = probe.aliases ?? [];
  const full = [probe.givenName, probe.familyName].filter(Boolean).join(' ');
  const names = [probe.familyName, full, ...aliases].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
  const phonetics = namePhonetics([probe.givenName, probe.familyName, ...aliases]);
  const dateOfBirth = probe.dateOfBirth ?? null;
  if (!dateOfBirth && names.length === 0 && phonetics.length === 0) return [];
  const candidates = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT "id"::text AS id FROM "Case"
     WHERE "id"::text <> ${probe.excludeId ?? ''}
       AND ("dateOfBirth" = ${dateOfBirth}::date
         OR lower("familyName") = ANY(${names}::text[])
         OR lower(concat_ws(' ', "givenName", "familyName")) = ANY(${names}::text[])
         OR EXISTS (SELECT 1 FROM unnest("aliases") AS alias WHERE lower(alias) = ANY(${names}::text[]))
         -- Sounds alike, unless both dates of birth are known and differ.
         OR ("namePhonetics" && ${phonetics}::text[]
             AND ("dateOfBirth" IS NULL OR ${dateOfBirth}::date IS NULL OR "dateOfBirth" = ${dateOfBirth}::date)))
     LIMIT 200`;
  if (candidates.length === 0) return [];
  // Only cases whose identity the viewer may see (mayReadIdentity: the owning organisation):
  // a match on a case they see redacted would confirm the name or date of birth they typed.
  return prisma.case.findMany({
    where: {
      AND: [
        visibleCasesWhere(viewer),
        { owningOrganisationId: viewer.organisation.id },
        { id: { in: candidates.map((c) => c.id) } },
      ],
    },
    orderBy: { openedAt: 'desc' },
    take: 10,
  });
}
