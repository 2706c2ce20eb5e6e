/**
 * What adding and removing a person's oversight of an area share (001 step 3: Bexley's Community
 * Safety Team; 002 section 5: Coventry's Modern Slavery Lead). Oversight lets a person see every
 * case of the area (case-access.ts) and receive the escalations the pathway sends to the area's
 * overseers (notifications/escalations.ts), so only platform admins change it, one transaction
 * with its audit row, and only for a person who holds the AREA_OVERSIGHT role (given within
 * their organisation by its admin): the role says what a person may do, the area says where.
 */
import { builder } from '../../builder.ts';
import type { RequestInfo } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { TRANSACTION_OPTIONS } from '../cases/case-transaction.ts';
import { forgetPerson } from '../identity/credential-cache.ts';
import { Area, Person } from './orgs.types.ts';
import { isUuid } from '../../uuid.ts';

export interface OversightChange {
  areaId: string;
  personId: string;
}

export async function changeOversight(
  kind: 'add' | 'remove',
  input: OversightChange,
  { viewer, requestId }: RequestInfo,
) {
  const areaId = await prisma.$transaction(async (tx) => {
    const area = isUuid(input.areaId) ? await tx.area.findUnique({ where: { id: input.areaId } }) : null;
    if (!area) throw new NotFoundError('Area');
    const person = isUuid(input.personId)
      ? await tx.person.findFirst({
          where: { id: input.personId, deactivatedAt: null },
          select: { id: true, memberships: { where: { role: 'AREA_OVERSIGHT' }, select: { role: true } } },
        })
      : null;
    if (!person) throw new NotFoundError('Person');
    const key = { personId: person.id, areaId: area.id };
    if (kind === 'add') {
      if (person.memberships.length === 0)
        throw new ValidationError([
          {
            path: ['personId'],
            message:
              'does not hold the Area oversight role; an admin of their organisation gives it first, then add the area',
          },
        ]);
      const { count } = await tx.areaOversight.createMany({ data: [key], skipDuplicates: true });
      if (count === 0) return area.id;
    } else {
      const { count } = await tx.areaOversight.deleteMany({ where: key });
      if (count === 0) return area.id;
    }
    await recordAudit(tx, {
      viewer,
      requestId,
      action: kind === 'add' ? 'area.oversightAdd' : 'area.oversightRemove',
      entityType: 'Area',
      entityId: area.id,
      data: { personId: person.id },
    });
    return area.id;
  }, TRANSACTION_OPTIONS);
  // The person's cached viewer carries the areas they oversee (identity/viewer.ts); other
  // processes catch up within the cache's lifetime, as after a role change.
  forgetPerson(input.personId);
  return { areaId };
}

export const AreaOversightInput = builder.inputType('AreaOversightInput', {
  fields: (t) => ({
    areaId: t.globalID({ for: Area, required: true }),
    personId: t.globalID({ for: Person, required: true, description: 'A person holding the AREA_OVERSIGHT role.' }),
  }),
});

export const AreaOversightPayload = builder.objectRef<{ areaId: string }>('AreaOversightPayload').implement({
  fields: (t) => ({
    area: t.prismaField({
      type: 'Area',
      resolve: (query, payload) => prisma.area.findUniqueOrThrow({ ...query, where: { id: payload.areaId } }),
    }),
  }),
});

export const areaOversightErrors = [ValidationError, NotFoundError];
