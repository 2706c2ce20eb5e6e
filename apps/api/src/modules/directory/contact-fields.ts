/** A directory contact's fields as the admin use cases take them: GraphQL inputs, checks, and the columns they become. */
import { builder } from '../../builder.ts';
import { prisma, type Transaction } from '../../db/client.ts';
import { NotFoundError, StaleRecordError, ValidationError, validationErrorFrom } from '../../errors.ts';
import type { Contact as ContactRow, Prisma } from '../../generated/prisma/client.ts';
import type * as enums from '../../generated/prisma/enums.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { Contact, ContactPurpose } from './directory.types.ts';
import { contactInput } from './directory.validation.ts';

export const ContactCreateInput = builder.inputType('ContactCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    purpose: t.field({ type: ContactPurpose, required: true }),
    areaCode: t.string({ description: 'Omit for a national contact.' }),
    organisationId: t.globalID({ for: Organisation }),
    phone: t.string({ description: 'A UK number, e.g. "0800 808 3733", or 999 / 101 / 111.' }),
    email: t.string(),
    url: t.string(),
    hours: t.string(),
    notes: t.string(),
    sourceFile: t.string(),
    sourceSection: t.string(),
  }),
});

export const ContactPatch = builder.inputType('ContactPatch', {
  description: 'Only the fields given change; null clears an optional field (areaCode null makes it national).',
  fields: (t) => ({
    name: t.string(),
    purpose: t.field({ type: ContactPurpose }),
    areaCode: t.string(),
    organisationId: t.globalID({ for: Organisation }),
    phone: t.string(),
    email: t.string(),
    url: t.string(),
    hours: t.string(),
    notes: t.string(),
  }),
});

export const ContactPayload = builder.objectRef<{ contact: ContactRow }>('ContactPayload').implement({
  fields: (t) => ({ contact: t.field({ type: Contact, resolve: (p) => p.contact }) }),
});

export function toFields<T extends { organisationId?: { id: string } | null }>(
  input: T,
): Omit<T, 'organisationId'> & { organisationId?: string | null } {
  const { organisationId, ...rest } = input;
  return organisationId === undefined ? rest : { ...rest, organisationId: organisationId?.id ?? null };
}

export interface ContactFields {
  name: string;
  purpose: enums.ContactPurpose;
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

export const ADMIN_SOURCE = { file: 'waymark-directory-admin', section: 'Entered by a directory admin' };

export async function references(fields: Partial<ContactFields>, prefix: string[]) {
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

export function check(fields: Partial<ContactFields>, prefix: string[], partial: boolean) {
  const parsed = (partial ? contactInput.partial() : contactInput).safeParse(fields);
  if (!parsed.success)
    throw validationErrorFrom(parsed.error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
}

export function scalars(fields: Partial<ContactFields>) {
  const data: Prisma.ContactUncheckedUpdateInput = {};
  if (fields.name) data.name = fields.name.trim();
  for (const key of ['phone', 'email', 'url', 'hours', 'notes'] as const) {
    if (fields[key] !== undefined) data[key] = fields[key]?.trim() || null;
  }
  if (fields.purpose) data.purpose = fields.purpose;
  if (fields.organisationId !== undefined) data.organisationId = fields.organisationId ?? null;
  return data;
}

export async function bumpVersion(
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
