import { builder } from '../../builder.ts';
import type { Viewer as ViewerShape } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { Role } from '../orgs/orgs.types.ts';

export const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The person making the request, in the organisation they act for.',
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      resolve: (query, viewer) => prisma.person.findUniqueOrThrow({ ...query, where: { id: viewer.personId } }),
    }),
    organisation: t.prismaField({
      type: 'Organisation',
      resolve: (query, viewer) =>
        prisma.organisation.findUniqueOrThrow({ ...query, where: { id: viewer.organisation.id } }),
    }),
    roles: t.field({ type: [Role], resolve: (viewer) => viewer.roles }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: 'Who is signed in; null when nobody is.',
    resolve: (_root, _args, context) => context.viewer,
  }),
);
