/**
 * Loads the reference data copied from the seed documents (areas, organisations, contacts,
 * support services) and the demo people and cases. Only missing records are inserted: a
 * record that exists (matched by its code, slug, email or fixed id) is left exactly as it is,
 * so loading twice changes nothing and a directory admin's later edits are never overwritten.
 */
import { areas, contacts, organisations, supportServices } from './data/index.ts';
import { DEMO_PASSWORD, demoCases, demoPeople } from './demo.ts';
import { runDemoMove } from './demo-moves.ts';
import type { Viewer } from '../../apps/api/src/context.ts';
import { prisma } from '../../apps/api/src/db/client.ts';
import { logger } from '../../apps/api/src/logger.ts';
import { sealAuditTrail } from '../../apps/api/src/modules/audit/audit-sealer.ts';
import { openCase } from '../../apps/api/src/modules/cases/case-open.service.ts';
import { enrol } from '../../apps/api/src/modules/cases/case-enrol.ts';
import { hashPassword } from '../../apps/api/src/modules/identity/passwords.ts';

export interface SeedReport {
  areas: number;
  organisations: number;
  contacts: number;
  services: number;
  people: number;
  cases: number;
}

function missing<T>(records: T[], key: (record: T) => string, existing: Iterable<string>): T[] {
  const have = new Set(existing);
  return records.filter((record) => !have.has(key(record)));
}

async function idsBy<K extends string>(rows: Promise<Array<Record<K, string> & { id: string }>>, key: K) {
  return new Map((await rows).map((row) => [row[key], row.id]));
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`seed data refers to unknown ${what} "${key}"`);
  return id;
}

export async function seedReferenceData(): Promise<Omit<SeedReport, 'people' | 'cases'>> {
  const report = { areas: 0, organisations: 0, contacts: 0, services: 0 };
  const existingAreas = await prisma.area.findMany({ select: { code: true } });
  const newAreas = missing(
    areas,
    (a) => a.code,
    existingAreas.map((a) => a.code),
  );
  if (newAreas.length) {
    await prisma.area.createMany({
      data: newAreas.map((a) => ({
        code: a.code,
        name: a.name,
        sourceFile: a.source.file,
        sourceSection: a.source.section,
      })),
    });
  }
  report.areas = newAreas.length;
  const areaIds = await idsBy(prisma.area.findMany({ select: { id: true, code: true } }), 'code');

  const existingOrgs = await prisma.organisation.findMany({ select: { slug: true } });
  const newOrgs = missing(
    organisations,
    (o) => o.slug,
    existingOrgs.map((o) => o.slug),
  );
  for (const org of newOrgs) {
    await prisma.organisation.create({
      data: {
        slug: org.slug,
        name: org.name,
        kind: org.kind,
        isFirstResponder: org.isFirstResponder,
        firstResponderNote: org.firstResponderNote ?? null,
        website: org.website ?? null,
        sourceFile: org.source.file,
        sourceSection: org.source.section,
        areas: { connect: org.areas.map((code) => ({ id: required(areaIds, code, 'area') })) },
      },
    });
  }
  report.organisations = newOrgs.length;
  const orgIds = await idsBy(prisma.organisation.findMany({ select: { id: true, slug: true } }), 'slug');
  // The SPoC is marked on new areas only: an admin's later choice is left alone.
  for (const area of newAreas.filter((a) => a.spocOrganisationSlug)) {
    await prisma.area.update({
      where: { code: area.code },
      data: { spocOrganisationId: required(orgIds, area.spocOrganisationSlug!, 'organisation') },
    });
  }

  const existingContacts = await prisma.contact.findMany({ select: { slug: true } });
  const newContacts = missing(
    contacts,
    (c) => c.slug,
    existingContacts.map((c) => c.slug),
  );
  if (newContacts.length) {
    await prisma.contact.createMany({
      data: newContacts.map((c) => ({
        slug: c.slug,
        name: c.name,
        purpose: c.purpose,
        areaId: c.areaCode ? required(areaIds, c.areaCode, 'area') : null,
        organisationId: c.organisationSlug ? required(orgIds, c.organisationSlug, 'organisation') : null,
        phone: c.phone ?? null,
        email: c.email ?? null,
        url: c.url ?? null,
        hours: c.hours ?? null,
        notes: c.notes ?? null,
        sourceFile: c.source.file,
        sourceSection: c.source.section,
      })),
    });
  }
  report.contacts = newContacts.length;

  const existingServices = await prisma.supportService.findMany({ select: { slug: true } });
  const newServices = missing(
    supportServices,
    (s) => s.slug,
    existingServices.map((s) => s.slug),
  );
  for (const service of newServices) {
    const { eligibility } = service;
    await prisma.supportService.create({
      data: {
        slug: service.slug,
        name: service.name,
        organisationId: required(orgIds, service.organisationSlug, 'organisation'),
        description: service.description,
        url: service.url ?? null,
        email: service.email ?? null,
        phones: service.phones,
        languages: service.languages,
        categories: service.categories,
        referralRoute: service.referralRoute,
        referralDetails: service.referralDetails ?? null,
        referralViaOrganisationId: service.referralViaOrganisationSlug
          ? required(orgIds, service.referralViaOrganisationSlug, 'organisation')
          : null,
        restricted: service.restricted,
        referralRules: service.referralRules ?? [],
        sourceFile: service.source.file,
        sourceSection: service.source.section,
        areas: { connect: service.areas.map((code) => ({ id: required(areaIds, code, 'area') })) },
        eligibility: eligibility
          ? {
              create: {
                genders: eligibility.genders,
                ageGroups: eligibility.ageGroups,
                minimumAge: eligibility.minimumAge ?? null,
                maximumAge: eligibility.maximumAge ?? null,
                nrmStatuses: eligibility.nrmStatuses,
                decisionOutcomes: eligibility.decisionOutcomes,
                recourseToPublicFunds: eligibility.recourseToPublicFunds ?? null,
                exploitationTypes: eligibility.exploitationTypes,
                conditions: eligibility.conditions ?? null,
              },
            }
          : undefined,
      },
    });
  }
  report.services = newServices.length;
  return report;
}

export async function seedDemo(now = new Date()): Promise<Pick<SeedReport, 'people' | 'cases'>> {
  const orgIds = await idsBy(prisma.organisation.findMany({ select: { id: true, slug: true } }), 'slug');
  const existingPeople = await prisma.person.findMany({ select: { email: true } });
  const newPeople = missing(
    demoPeople,
    (p) => p.email,
    existingPeople.map((p) => p.email),
  );
  for (const person of newPeople) {
    await prisma.person.create({
      data: {
        email: person.email,
        displayName: person.displayName,
        memberships: {
          create: person.memberships.map((m) => ({
            role: m.role,
            organisationId: required(orgIds, m.organisationSlug, 'organisation'),
          })),
        },
        areaOversight: person.oversightAreas?.length
          ? {
              create: await Promise.all(
                person.oversightAreas.map(async (code) => ({
                  areaId: (await prisma.area.findUniqueOrThrow({ where: { code } })).id,
                })),
              ),
            }
          : undefined,
      },
    });
  }
  // Demo people sign in with the published demo password (README, start banner); each gets
  // its own salt. Only people without a password: a changed one is left alone.
  const withoutPassword = await prisma.person.findMany({
    where: { email: { in: demoPeople.map((p) => p.email) }, password: null },
    select: { id: true },
  });
  await Promise.all(
    withoutPassword.map(async (person) =>
      prisma.passwordCredential.create({ data: { personId: person.id, hash: await hashPassword(DEMO_PASSWORD) } }),
    ),
  );

  const existingCases = await prisma.case.findMany({
    where: { id: { in: demoCases.map((c) => c.id) } },
    select: { id: true },
  });
  const newCases = missing(
    demoCases,
    (c) => c.id,
    existingCases.map((c) => c.id),
  );
  // Oldest first, so references follow the order the concerns were raised.
  for (const demo of [...newCases].sort((a, b) => b.openedHoursAgo - a.openedHoursAgo)) {
    const person = await prisma.person.findUniqueOrThrow({
      where: { email: demo.openedByEmail },
      include: { memberships: { include: { organisation: true } } },
    });
    const membership = person.memberships[0]!;
    const viewer: Viewer = {
      personId: person.id,
      displayName: person.displayName,
      organisation: membership.organisation,
      roles: person.memberships.map((m) => m.role),
    };
    const area = await prisma.area.findUniqueOrThrow({ where: { code: demo.areaCode } });
    const openedAt = new Date(now.getTime() - demo.openedHoursAgo * 3_600_000);
    const request = { viewer, requestId: 'seed' };
    const { case: opened } = await openCase(
      request,
      {
        concernKind: demo.concernKind,
        areaId: area.id,
        concern: demo.concern,
        identifiedAt: openedAt,
        immediateRisk: demo.immediateRisk ?? null,
        subject: demo.subject
          ? {
              ...demo.subject,
              dateOfBirth: demo.subject.dateOfBirth ? new Date(`${demo.subject.dateOfBirth}T00:00:00Z`) : null,
            }
          : null,
      },
      { caseId: demo.id, now: openedAt },
    );
    if (demo.pathway) {
      let version = (await enrol(request, opened.id, opened.version, demo.pathway.id)).version;
      const [track] = await prisma.caseTrack.findMany({ where: { caseId: opened.id } });
      const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
      for (const move of demo.pathway.transitions) {
        version = await runDemoMove(move, {
          request,
          caseId: opened.id,
          trackId: track!.id,
          expectedVersion: version,
          today,
        });
      }
    }
  }
  return { people: newPeople.length, cases: newCases.length };
}

/** Reference data, then (unless turned off) the demo people and cases. */
export async function seedAll(options: { demo: boolean } = { demo: true }): Promise<SeedReport> {
  const reference = await seedReferenceData();
  const demo = options.demo ? await seedDemo() : { people: 0, cases: 0 };
  const report = { ...reference, ...demo };
  // The seed's audit rows are chained before anything else runs (start-up or a test template).
  await sealAuditTrail();
  logger.info({ seeded: report }, 'seed data loaded');
  return report;
}
