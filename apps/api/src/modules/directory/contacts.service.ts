/**
 * Directory admin use cases for contacts (SPoC, MASH, helplines...), one transaction each with
 * its audit record; updates and archiving check `expectedVersion`.
 */
import type { Transaction } from '../../db.ts';
import { prisma } from '../../db.ts';
import { NotFoundError, StaleRecordError, ValidationError, validationErrorFrom } from '../../errors.ts';
import type { Contact, Prisma } from '../../generated/prisma/client.ts';
import type { ContactPurpose } from '../../generated/prisma/enums.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { RequestInfo } from './directory.service.ts';
import { contactInput } from './directory.validation.ts';
import { freeSlug } from './slug.ts';

export interface ContactFields {
  name: string;
  purpose: ContactPurpose;
  areaCode?: string | null;
  organisationId?: string | null;
  phone?: string | null;
  email?: string | null;
  url?: string | null;
  hours?: string | null;
  notes?: string | null;
  sourceFile?: string | null;
  sourceSection?: string | null;
}

const ADMIN_SOURCE = { file: 'waymark-directory-admin', section: 'Entered by a directory admin' };

async function references(fields: Partial<ContactFields>, prefix: string[]) {
  const problems = [];
  let areaId: string | null | undefined;
  if (fields.areaCode !== undefined) {
    areaId = null;
    if (fields.areaCode) {
      const area = await prisma.area.findUnique({ where: { code: fields.areaCode }, select: { id: true } });
      if (!area) problems.push({ path: [...prefix, 'areaCode'], message: 'is not a known area' });
      areaId = area?.id ?? null;
    }
  }
  if (fields.organisationId) {
    const org = await prisma.organisation.findUnique({ where: { id: fields.organisationId }, select: { id: true } });
    if (!org) problems.push({ path: [...prefix, 'organisationId'], message: 'is not a known organisation' });
  }
  if (problems.length) throw new ValidationError(problems);
  return { areaId };
}

function check(fields: Partial<ContactFields>, prefix: string[], partial: boolean) {
  const parsed = (partial ? contactInput.partial() : contactInput).safeParse(fields);
  if (!parsed.success)
    throw validationErrorFrom(parsed.error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
}

function scalars(fields: Partial<ContactFields>) {
  const data: Prisma.ContactUncheckedUpdateInput = {};
  if (fields.name) data.name = fields.name.trim();
  for (const key of ['phone', 'email', 'url', 'hours', 'notes'] as const) {
    if (fields[key] !== undefined) data[key] = fields[key]?.trim() || null;
  }
  if (fields.purpose) data.purpose = fields.purpose;
  if (fields.organisationId !== undefined) data.organisationId = fields.organisationId ?? null;
  return data;
}

export async function createContact({ viewer, requestId }: RequestInfo, fields: ContactFields): Promise<Contact> {
  check(fields, [], false);
  const { areaId } = await references({ ...fields, areaCode: fields.areaCode ?? null }, []);
  return prisma.$transaction(async (tx) => {
    const created = await tx.contact.create({
      data: {
        ...(scalars(fields) as Prisma.ContactUncheckedCreateInput),
        name: fields.name.trim(),
        purpose: fields.purpose,
        slug: await freeSlug(fields.name, async (slug) => (await tx.contact.count({ where: { slug } })) > 0),
        areaId: areaId ?? null,
        sourceFile: fields.sourceFile ?? ADMIN_SOURCE.file,
        sourceSection: fields.sourceSection ?? ADMIN_SOURCE.section,
      },
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'contact.create',
      entityType: 'Contact',
      entityId: created.id,
      data: { slug: created.slug },
    });
    return created;
  });
}

async function bumpVersion(
  tx: Transaction,
  id: string,
  expectedVersion: number,
  data: Prisma.ContactUncheckedUpdateInput,
) {
  const { count } = await tx.contact.updateMany({
    where: { id, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.contact.findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new NotFoundError('Contact');
    throw new StaleRecordError(current.version);
  }
  return tx.contact.update({ where: { id }, data });
}

export async function updateContact(
  { viewer, requestId }: RequestInfo,
  id: string,
  expectedVersion: number,
  patch: Partial<ContactFields>,
) {
  const given = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<ContactFields>;
  check(given, ['patch'], true);
  const { areaId } = await references(given, ['patch']);
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, {
      ...scalars(given),
      ...(areaId !== undefined ? { areaId } : {}),
    });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'contact.update',
      entityType: 'Contact',
      entityId: id,
      data: { fields: Object.keys(given).sort(), version: updated.version },
    });
    return updated;
  });
}

export async function archiveContact({ viewer, requestId }: RequestInfo, id: string, expectedVersion: number) {
  return prisma.$transaction(async (tx) => {
    const updated = await bumpVersion(tx, id, expectedVersion, { status: 'ARCHIVED' });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'contact.archive',
      entityType: 'Contact',
      entityId: id,
      data: { version: updated.version },
    });
    return updated;
  });
}
