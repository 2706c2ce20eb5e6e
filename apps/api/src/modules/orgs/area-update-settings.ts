/**
 * areaUpdateSettings: a platform admin sets how an area works across organisations: its Single
 * Point of Contact organisation (where a hand-over goes by default, 000 step 3), whether its
 * oversight staff see identity (001 step 3, 002 section 5; default no), and the hours a
 * receiving organisation has to answer a hand-over. One transaction with its audit row, which
 * names the settings changed and their new values (none of them personal).
 */
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, parseOrThrow, ValidationError } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { forgetPerson } from '../identity/credential-cache.ts';
import type { RequestInfo } from '../cases/case-transaction.ts';
import { TRANSACTION_OPTIONS } from '../cases/case-transaction.ts';
import { Area, Organisation } from './orgs.types.ts';
import { isUuid } from '../../uuid.ts';

/** A week: longer and an unanswered offer is no longer a clock anyone acts on. */
const MAX_ANSWER_HOURS = 168;

export interface AreaSettings {
  areaId: string;
  /** undefined: unchanged; null: no SPoC organisation. */
  spocOrganisationId?: string | null;
  oversightSeesIdentity?: boolean | null;
  handOverAnswerHours?: number | null;
}

export async function updateAreaSettings({ viewer, requestId }: RequestInfo, input: AreaSettings) {
  parseOrThrow(
    z.object({ handOverAnswerHours: z.number().int().min(1).max(MAX_ANSWER_HOURS).nullish() }).safeParse(input),
  );
  const updated = await prisma.$transaction(async (tx) => {
    const area = isUuid(input.areaId) ? await tx.area.findUnique({ where: { id: input.areaId } }) : null;
    if (!area) throw new NotFoundError('Area');
    const data: Prisma.AreaUncheckedUpdateInput = {};
    if (input.spocOrganisationId !== undefined) {
      if (input.spocOrganisationId !== null) {
        const id = input.spocOrganisationId;
        const found = isUuid(id) ? await tx.organisation.count({ where: { id } }) : 0;
        if (!found) throw new ValidationError([{ path: ['spocOrganisationId'], message: 'is not an organisation' }]);
      }
      data.spocOrganisationId = input.spocOrganisationId;
    }
    if (typeof input.oversightSeesIdentity === 'boolean') data.oversightSeesIdentity = input.oversightSeesIdentity;
    if (typeof input.handOverAnswerHours === 'number') data.handOverAnswerHours = input.handOverAnswerHours;
    const updated = await tx.area.update({ where: { id: area.id }, data });
    await recordAudit(tx, {
      viewer,
      requestId,
      action: 'area.updateSettings',
      entityType: 'Area',
      entityId: area.id,
      data: { changed: Object.keys(data).sort(), ...data },
    });
    return updated;
  }, TRANSACTION_OPTIONS);
  // The area's overseers' cached viewers carry whether they see identity here (identity/viewer.ts):
  // a change, above all turning it off, applies to their next request, not after the cache expires.
  if (typeof input.oversightSeesIdentity === 'boolean') {
    const overseers = await prisma.areaOversight.findMany({
      where: { areaId: updated.id },
      select: { personId: true },
    });
    for (const { personId } of overseers) forgetPerson(personId);
  }
  return updated;
}

const AreaUpdateSettingsInput = builder.inputType('AreaUpdateSettingsInput', {
  fields: (t) => ({
    areaId: t.globalID({ for: Area, required: true }),
    spocOrganisationId: t.globalID({
      for: Organisation,
      description: 'The Single Point of Contact organisation; omitted leaves it as it is (clearSpoc removes it).',
    }),
    clearSpoc: t.boolean({ description: 'True: the area has no SPoC organisation (hand-overs must name one).' }),
    oversightSeesIdentity: t.boolean(),
    handOverAnswerHours: t.int({ description: `1 to ${MAX_ANSWER_HOURS}.` }),
  }),
});

const AreaPayload = builder.objectRef<{ areaId: string }>('AreaUpdateSettingsPayload').implement({
  fields: (t) => ({
    area: t.prismaField({
      type: 'Area',
      resolve: (query, payload) => prisma.area.findUniqueOrThrow({ ...query, where: { id: payload.areaId } }),
    }),
  }),
});

builder.mutationField('areaUpdateSettings', (t) =>
  t.field({
    type: AreaPayload,
    description:
      'Set an area’s SPoC organisation, whether its oversight sees identity, and the hand-over answer hours (platform admins only; audited).',
    args: { input: t.arg({ type: AreaUpdateSettingsInput, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'AreaUpdateSettingsResult' },
    },
    resolve: async (_root, { input }, { viewer, requestId }) => {
      const area = await updateAreaSettings(
        { viewer: viewer!, requestId },
        {
          areaId: input.areaId.id,
          spocOrganisationId: input.clearSpoc ? null : (input.spocOrganisationId?.id ?? undefined),
          oversightSeesIdentity: input.oversightSeesIdentity,
          handOverAnswerHours: input.handOverAnswerHours,
        },
      );
      return { areaId: area.id };
    },
  }),
);
