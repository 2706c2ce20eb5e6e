/**
 * Imports an HSDS 3.0 document (from another Waymark's full export, or a file in the same
 * shape): all of it or nothing. Services are created or updated by id; organisations and
 * areas the database lacks are created from the document, existing ones are left as they are
 * (the partnership's own records win). A service whose content already matches is not
 * touched, so importing the same file twice changes nothing. One audit record per import.
 */
import type { Viewer } from '../context.ts';
import { prisma, type Transaction } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { freeSlug } from '../modules/directory/slug.ts';
import { parseDocument, type ImportProblem, type OrganisationRecord, type ServiceRecord } from './import-parse.ts';

export interface ImportReport {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

type ExistingRow = Prisma.SupportServiceGetPayload<{ include: { eligibility: true; areas: true } }>;

/** Keys sorted at every level, so two records with the same content compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The comparable content of a service (what an import could change). */
function comparable(record: Omit<ServiceRecord, 'lastModified' | 'areas'> & { areas: string[] }) {
  return JSON.stringify(canonical(record));
}

function fromRow(row: ExistingRow) {
  const e = row.eligibility;
  const hasEligibility =
    (e && [e.genders, e.ageGroups, e.nrmStatuses, e.decisionOutcomes, e.exploitationTypes].some((l) => l.length > 0)) ||
    (e &&
      (e.minimumAge !== null || e.maximumAge !== null || e.recourseToPublicFunds !== null || e.conditions !== null));
  return comparable({
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    url: row.url,
    email: row.email,
    phones: row.phones,
    languages: row.languages,
    categories: row.categories,
    status: row.status,
    referralRoute: row.referralRoute,
    referralDetails: row.referralDetails,
    referralViaOrganisationId: row.referralViaOrganisationId,
    areas: row.areas.map((a) => a.code).sort(),
    restricted: row.restricted,
    hidden: row.hidden,
    restrictedDetails: row.restrictedDetails,
    sourceFile: row.sourceFile,
    sourceSection: row.sourceSection,
    lastReviewedAt: row.lastReviewedAt ? row.lastReviewedAt.toISOString().slice(0, 10) : null,
    reviewDueAt: row.reviewDueAt ? row.reviewDueAt.toISOString() : null,
    eligibility:
      hasEligibility && e
        ? {
            genders: e.genders,
            ageGroups: e.ageGroups,
            minimumAge: e.minimumAge,
            maximumAge: e.maximumAge,
            nrmStatuses: e.nrmStatuses,
            decisionOutcomes: e.decisionOutcomes,
            recourseToPublicFunds: e.recourseToPublicFunds,
            exploitationTypes: e.exploitationTypes,
            conditions: e.conditions,
          }
        : null,
  });
}

function fromRecord(record: ServiceRecord) {
  const { lastModified: _ignored, areas, ...rest } = record;
  return comparable({ ...rest, areas: areas.map((a) => a.code).sort() });
}

function serviceData(record: ServiceRecord) {
  return {
    organisationId: record.organisationId,
    name: record.name,
    description: record.description,
    url: record.url,
    email: record.email,
    phones: record.phones,
    languages: record.languages,
    categories: record.categories,
    status: record.status,
    referralRoute: record.referralRoute,
    referralDetails: record.referralDetails,
    referralViaOrganisationId: record.referralViaOrganisationId,
    restricted: record.restricted,
    hidden: record.hidden,
    restrictedDetails: record.restrictedDetails,
    sourceFile: record.sourceFile,
    sourceSection: record.sourceSection,
    lastReviewedAt: record.lastReviewedAt ? new Date(`${record.lastReviewedAt}T00:00:00Z`) : null,
    reviewDueAt: record.reviewDueAt ? new Date(record.reviewDueAt) : null,
    // Keep the exporter's last_modified so a round trip gives the same document.
    updatedAt: record.lastModified ? new Date(record.lastModified) : new Date(),
  };
}

function eligibilityData(e: NonNullable<ServiceRecord['eligibility']>) {
  return {
    ...e,
    genders: e.genders as never[],
    ageGroups: e.ageGroups as never[],
    nrmStatuses: e.nrmStatuses as never[],
    decisionOutcomes: e.decisionOutcomes as never[],
    exploitationTypes: e.exploitationTypes as never[],
  };
}

async function createMissingOrganisations(tx: Transaction, organisations: OrganisationRecord[]) {
  const existing = new Set(
    (
      await tx.organisation.findMany({ where: { id: { in: organisations.map((o) => o.id) } }, select: { id: true } })
    ).map((o) => o.id),
  );
  for (const org of organisations.filter((o) => !existing.has(o.id))) {
    const slug = await freeSlug(org.name, async (s) => (await tx.organisation.count({ where: { slug: s } })) > 0);
    await tx.organisation.create({ data: { ...org, slug } });
  }
}

async function areaIds(tx: Transaction, services: ServiceRecord[]): Promise<Map<string, string>> {
  const wanted = new Map(services.flatMap((s) => s.areas).map((a) => [a.code, a.name]));
  const existing = await tx.area.findMany({
    where: { code: { in: [...wanted.keys()] } },
    select: { id: true, code: true },
  });
  const ids = new Map(existing.map((a) => [a.code, a.id]));
  for (const [code, name] of wanted) {
    if (ids.has(code)) continue;
    const created = await tx.area.create({
      data: { code, name, sourceFile: 'oruk-import', sourceSection: 'Imported from an HSDS 3.0 document' },
    });
    ids.set(code, created.id);
  }
  return ids;
}

export async function importDirectory(
  input: string,
  actor: { viewer: Viewer | null; requestId: string | null },
): Promise<ImportReport> {
  const { services, organisations, problems } = parseDocument(input);
  const report = (extra: Partial<ImportReport> = {}): ImportReport => ({
    ok: problems.length === 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    problems,
    ...extra,
  });
  if (problems.length) return report();

  // References: every organisation must be in the database or in the document.
  const inDocument = new Set(organisations.map((o) => o.id));
  const referenced = [
    ...new Set(services.flatMap((s) => [s.organisationId, s.referralViaOrganisationId ?? []].flat())),
  ];
  const inDatabase = new Set(
    (await prisma.organisation.findMany({ where: { id: { in: referenced } }, select: { id: true } })).map((o) => o.id),
  );
  services.forEach((service, record) => {
    if (!inDocument.has(service.organisationId) && !inDatabase.has(service.organisationId)) {
      problems.push({
        record,
        id: service.id,
        field: 'organization_id',
        reason: 'is not a known organization and the record does not include it',
      });
    }
    const via = service.referralViaOrganisationId;
    if (via && !inDocument.has(via) && !inDatabase.has(via))
      problems.push({
        record,
        id: service.id,
        field: 'attributes',
        reason: 'referral-via names an unknown organization',
      });
  });
  // Only platform admins make an organisation a First Responder (it may then submit NRM referrals
  // and see what First Responders see); a directory import may not do it on the side. The CLI
  // runs with no viewer: the operator on the server, who has the database's own access anyway.
  // An organisation already in the database is never changed by an import, so only new ones count.
  const mayMarkFirstResponders = actor.viewer === null || actor.viewer.roles.includes('PLATFORM_ADMIN');
  if (!mayMarkFirstResponders) {
    const refused = new Set<string>();
    const firstResponders = new Set(organisations.filter((o) => o.isFirstResponder).map((o) => o.id));
    services.forEach((service, record) => {
      const id = service.organisationId;
      if (!firstResponders.has(id) || inDatabase.has(id) || refused.has(id)) return;
      refused.add(id);
      problems.push({
        record,
        id: service.id,
        field: 'organization.attributes',
        reason:
          'marks a new organisation as a First Responder, which only a platform admin may do; ' +
          'import it without the first-responder attribute and ask a platform admin',
      });
    });
  }
  if (problems.length) return report();

  const existing = await prisma.supportService.findMany({
    where: { id: { in: services.map((s) => s.id) } },
    include: { eligibility: true, areas: true },
  });
  const current = new Map(existing.map((row) => [row.id, fromRow(row)]));
  const toCreate = services.filter((s) => !current.has(s.id));
  const toUpdate = services.filter((s) => current.has(s.id) && current.get(s.id) !== fromRecord(s));
  const unchanged = services.length - toCreate.length - toUpdate.length;
  if (toCreate.length === 0 && toUpdate.length === 0) return report({ unchanged });

  await prisma.$transaction(
    async (tx) => {
      await createMissingOrganisations(tx, organisations);
      const areas = await areaIds(tx, [...toCreate, ...toUpdate]);
      for (const record of toCreate) {
        const slug = await freeSlug(
          record.name,
          async (s) => (await tx.supportService.count({ where: { slug: s } })) > 0,
        );
        await tx.supportService.create({
          data: {
            id: record.id,
            slug,
            ...serviceData(record),
            areas: { connect: record.areas.map((a) => ({ id: areas.get(a.code)! })) },
            ...(record.eligibility ? { eligibility: { create: eligibilityData(record.eligibility) } } : {}),
          } as Prisma.SupportServiceUncheckedCreateInput,
        });
      }
      for (const record of toUpdate) {
        await tx.eligibility.deleteMany({ where: { serviceId: record.id } });
        await tx.supportService.update({
          where: { id: record.id },
          data: {
            ...serviceData(record),
            version: { increment: 1 },
            areas: { set: record.areas.map((a) => ({ id: areas.get(a.code)! })) },
            ...(record.eligibility ? { eligibility: { create: eligibilityData(record.eligibility) } } : {}),
          } as Prisma.SupportServiceUncheckedUpdateInput,
        });
      }
      await recordAudit(tx, {
        viewer: actor.viewer,
        requestId: actor.requestId,
        action: 'directory.import',
        entityType: 'SupportService',
        entityId: null,
        data: { created: toCreate.map((s) => s.id), updated: toUpdate.map((s) => s.id) },
      });
    },
    { timeout: 60_000 },
  );
  return report({ created: toCreate.length, updated: toUpdate.length, unchanged });
}
