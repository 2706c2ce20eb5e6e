/** Directory admin mutations for contacts; same shape as the service mutations. */
import { builder } from '../../builder.ts';
import { NotFoundError, StaleRecordError, ValidationError } from '../../errors.ts';
import type { Contact as ContactRow } from '../../generated/prisma/client.ts';
import { Organisation } from '../orgs/orgs.types.ts';
import { archiveContact, createContact, updateContact, type ContactFields } from './contacts.service.ts';
import { ADMINS } from './directory.mutations.ts';
import { Contact, ContactPurpose } from './directory.types.ts';

const ContactCreateInput = builder.inputType('ContactCreateInput', {
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

const ContactPatch = builder.inputType('ContactPatch', {
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

const ContactPayload = builder.objectRef<{ contact: ContactRow }>('ContactPayload').implement({
  fields: (t) => ({ contact: t.field({ type: Contact, resolve: (p) => p.contact }) }),
});

function toFields<T extends { organisationId?: { id: string } | null }>(
  input: T,
): Omit<T, 'organisationId'> & { organisationId?: string | null } {
  const { organisationId, ...rest } = input;
  return organisationId === undefined ? rest : { ...rest, organisationId: organisationId?.id ?? null };
}

builder.mutationFields((t) => ({
  contactCreate: t.field({
    type: ContactPayload,
    args: { input: t.arg({ type: ContactCreateInput, required: true }) },
    authScopes: ADMINS,
    errors: { types: [ValidationError], directResult: true, union: { name: 'ContactCreateResult' } },
    resolve: async (_root, { input }, { viewer, requestId }) => ({
      contact: await createContact({ viewer: viewer!, requestId }, toFields(input) as ContactFields),
    }),
  }),
  contactUpdate: t.field({
    type: ContactPayload,
    args: {
      id: t.arg.globalID({ for: Contact, required: true }),
      expectedVersion: t.arg.int({ required: true }),
      patch: t.arg({ type: ContactPatch, required: true }),
    },
    authScopes: ADMINS,
    errors: {
      types: [ValidationError, NotFoundError, StaleRecordError],
      directResult: true,
      union: { name: 'ContactUpdateResult' },
    },
    resolve: async (_root, { id, expectedVersion, patch }, { viewer, requestId }) => ({
      contact: await updateContact(
        { viewer: viewer!, requestId },
        id.id,
        expectedVersion,
        toFields(patch) as Partial<ContactFields>,
      ),
    }),
  }),
  contactArchive: t.field({
    type: ContactPayload,
    args: { id: t.arg.globalID({ for: Contact, required: true }), expectedVersion: t.arg.int({ required: true }) },
    authScopes: ADMINS,
    errors: { types: [NotFoundError, StaleRecordError], directResult: true, union: { name: 'ContactArchiveResult' } },
    resolve: async (_root, { id, expectedVersion }, { viewer, requestId }) => ({
      contact: await archiveContact({ viewer: viewer!, requestId }, id.id, expectedVersion),
    }),
  }),
}));
