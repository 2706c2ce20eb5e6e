import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { OrganisationKind as OrganisationKindValues, Role as RoleValues } from '../../generated/prisma/enums.ts';

export const OrganisationKind = builder.enumType('OrganisationKind', { values: Object.values(OrganisationKindValues) });
export const Role = builder.enumType('Role', {
  values: Object.values(RoleValues),
  description: 'What a person may do within an organisation.',
});

export const SeedSource = builder.objectRef<{ file: string; section: string }>('SeedSource').implement({
  description: 'Where a record was copied from in the public source documents.',
  fields: (t) => ({
    file: t.exposeString('file'),
    section: t.exposeString('section'),
  }),
});

export const Area = builder.prismaNode('Area', {
  id: { field: 'id' },
  description: 'A local authority whose referral pathway Waymark follows.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    source: t.field({ type: SeedSource, resolve: (area) => ({ file: area.sourceFile, section: area.sourceSection }) }),
    handOverAnswerHours: t.exposeInt('handOverAnswerHours', {
      description: 'Hours a receiving organisation has to answer a hand-over of a case of this area.',
    }),
    oversightSeesIdentity: t.exposeBoolean('oversightSeesIdentity', {
      description: 'Whether the area’s oversight staff see the person’s identity (audited); false by default.',
    }),
    spocOrganisation: t.relation('spocOrganisation', {
      nullable: true,
      description: 'The Single Point of Contact organisation: where a hand-over goes by default (000 step 3).',
    }),
    // Who oversees an area is staff information that decides who sees every case of it: only the
    // platform admins who change it (areaOversightAdd / areaOversightRemove) read it.
    overseers: t.field({
      type: [Person],
      nullable: true,
      description:
        'People who oversee every case of the area and receive its escalations (they hold AREA_OVERSIGHT), by name; null unless the viewer is a platform admin.',
      select: {
        oversight: {
          where: { person: { deactivatedAt: null, memberships: { some: { role: 'AREA_OVERSIGHT' } } } },
          select: { person: true },
        },
      },
      resolve: (area, _args, { viewer }) =>
        viewer?.roles.includes('PLATFORM_ADMIN')
          ? area.oversight.map((o) => o.person).sort((a, b) => a.displayName.localeCompare(b.displayName))
          : null,
    }),
    oversightCandidates: t.field({
      type: [Person],
      nullable: true,
      description:
        'Active people holding AREA_OVERSIGHT who do not oversee this area yet (for areaOversightAdd); null unless the viewer is a platform admin.',
      resolve: (area, _args, { viewer }) =>
        viewer?.roles.includes('PLATFORM_ADMIN')
          ? prisma.person.findMany({
              where: {
                deactivatedAt: null,
                memberships: { some: { role: 'AREA_OVERSIGHT' } },
                areaOversight: { none: { areaId: area.id } },
              },
              orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
            })
          : null,
    }),
  }),
});

export const Organisation = builder.prismaNode('Organisation', {
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKind }),
    isFirstResponder: t.exposeBoolean('isFirstResponder', {
      description: 'Only staff of First Responder organisations may submit NRM referrals and Duty to Notify.',
    }),
    firstResponderNote: t.exposeString('firstResponderNote', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    homeOfficeName: t.exposeString('homeOfficeName', {
      nullable: true,
      description: 'The name Home Office forms know the organisation by, when it differs.',
    }),
    emailDomains: t.stringList({
      nullable: true,
      description:
        "Domains whose people join on first OIDC sign-in; null unless the viewer is a platform admin or this organisation's admin.",
      select: { id: true, emailDomains: true },
      resolve: (org, _args, { viewer }) =>
        viewer?.roles.includes('PLATFORM_ADMIN') ||
        (viewer?.roles.includes('ORG_ADMIN') && viewer.organisation.id === org.id)
          ? org.emailDomains
          : null,
    }),
    areas: t.relation('areas', {
      description: 'Empty when the organisation works nationally.',
      query: { orderBy: { name: 'asc' } },
    }),
    source: t.field({ type: SeedSource, resolve: (org) => ({ file: org.sourceFile, section: org.sourceSection }) }),
  }),
});

/** Staff of Waymark's member organisations; only their display name is public to colleagues. */
export const Person = builder.prismaNode('Person', {
  id: { field: 'id' },
  fields: (t) => ({
    displayName: t.exposeString('displayName'),
  }),
});
