import { builder } from '../../builder.ts';
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
