/**
 * What organisationCreate and organisationUpdate share: the input, its checks and the audit
 * data. Platform admins keep organisations; an organisation's own admins keep its people.
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Transaction } from '../../db/client.ts';
import { parseOrThrow, ValidationError } from '../../errors.ts';
import type { OrganisationKind as KindValue } from '../../generated/prisma/enums.ts';
import { text } from '../../validation.ts';
import { Area, Organisation, OrganisationKind } from './orgs.types.ts';

export const ADMIN_SOURCE = { file: 'waymark-platform-admin', section: 'Entered by a platform admin' };

export const OrganisationFieldsInput = builder.inputType('OrganisationFieldsInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: OrganisationKind, required: true }),
    isFirstResponder: t.boolean({ required: true }),
    firstResponderNote: t.string(),
    homeOfficeName: t.string({ description: 'The name on Home Office forms, when it differs.' }),
    website: t.string(),
    areaIds: t.globalIDList({ for: Area, required: true, description: 'Empty: the organisation works nationally.' }),
    emailDomains: t.stringList({
      description: 'People with an address at these domains join on their first OIDC sign-in, with no roles.',
    }),
  }),
});

const fieldsSchema = z.object({
  name: text(200),
  kind: z.string(),
  isFirstResponder: z.boolean(),
  firstResponderNote: text(500).nullish(),
  homeOfficeName: text(200).nullish(),
  website: z.url('must be a web address').max(500).nullish(),
  areaIds: z.array(z.string()).max(50, 'must name at most 50 areas'),
  emailDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(
          /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
          'must be a domain such as council.gov.uk',
        ),
    )
    .max(20, 'must name at most 20 domains')
    .nullish(),
});

export interface OrganisationFields {
  name: string;
  kind: KindValue;
  isFirstResponder: boolean;
  firstResponderNote: string | null;
  homeOfficeName: string | null;
  website: string | null;
  areaIds: string[];
  emailDomains: string[];
}

type FieldsInput = typeof OrganisationFieldsInput.$inferInput;

/** Checked fields, areas known, each email domain mapped to no other organisation. */
export async function checkOrganisationFields(
  tx: Transaction,
  input: FieldsInput,
  organisationId: string | null,
): Promise<OrganisationFields> {
  const parsed = parseOrThrow(fieldsSchema.safeParse({ ...input, areaIds: input.areaIds.map((a) => a.id) }));
  const fields: OrganisationFields = {
    name: parsed.name,
    kind: input.kind,
    isFirstResponder: parsed.isFirstResponder,
    firstResponderNote: parsed.firstResponderNote ?? null,
    homeOfficeName: parsed.homeOfficeName ?? null,
    website: parsed.website ?? null,
    areaIds: [...new Set(parsed.areaIds)],
    emailDomains: [...new Set(parsed.emailDomains ?? [])],
  };
  const problems = [];
  const known = await tx.area.count({ where: { id: { in: fields.areaIds } } });
  if (known !== fields.areaIds.length) problems.push({ path: ['areaIds'], message: 'must name known areas' });
  if (fields.emailDomains.length) {
    const clash = await tx.organisation.count({
      where: {
        emailDomains: { hasSome: fields.emailDomains },
        ...(organisationId ? { id: { not: organisationId } } : {}),
      },
    });
    if (clash) problems.push({ path: ['emailDomains'], message: 'must not be mapped to another organisation' });
  }
  if (problems.length) throw new ValidationError(problems);
  return fields;
}

/** The audit data: which fields, never free-text values. */
export function auditedFields(fields: OrganisationFields) {
  return {
    kind: fields.kind,
    isFirstResponder: fields.isFirstResponder,
    areaIds: fields.areaIds,
    emailDomains: fields.emailDomains,
  };
}

export const OrganisationPayload = builder
  .objectRef<{ organisation: typeof Organisation.$inferType }>('OrganisationPayload')
  .implement({ fields: (t) => ({ organisation: t.field({ type: Organisation, resolve: (p) => p.organisation }) }) });
