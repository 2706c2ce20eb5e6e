/** areaOversightAdd: a platform admin lets a person with the AREA_OVERSIGHT role oversee an area's cases (audited). */
import { builder } from '../../builder.ts';
import { AreaOversightInput, AreaOversightPayload, areaOversightErrors, changeOversight } from './area-oversight.ts';

builder.mutationField('areaOversightAdd', (t) =>
  t.field({
    type: AreaOversightPayload,
    description:
      'Let a person holding the AREA_OVERSIGHT role oversee every case of the area and receive its escalations (platform admins only; audited). Adding an overseer again changes nothing.',
    args: { input: t.arg({ type: AreaOversightInput, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: { types: areaOversightErrors, directResult: true, union: { name: 'AreaOversightAddResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      changeOversight('add', { areaId: input.areaId.id, personId: input.personId.id }, { viewer: viewer!, requestId }),
  }),
);
