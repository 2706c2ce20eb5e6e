/** areaOversightRemove: a platform admin ends a person's oversight of an area (audited); their role stays. */
import { builder } from '../../builder.ts';
import { AreaOversightInput, AreaOversightPayload, areaOversightErrors, changeOversight } from './area-oversight.ts';

builder.mutationField('areaOversightRemove', (t) =>
  t.field({
    type: AreaOversightPayload,
    description:
      'End a person’s oversight of the area: they no longer see its cases or receive its escalations (platform admins only; audited). Their AREA_OVERSIGHT role stays for any other area.',
    args: { input: t.arg({ type: AreaOversightInput, required: true }) },
    authScopes: { anyRole: ['PLATFORM_ADMIN'] },
    errors: { types: areaOversightErrors, directResult: true, union: { name: 'AreaOversightRemoveResult' } },
    resolve: (_root, { input }, { viewer, requestId }) =>
      changeOversight(
        'remove',
        { areaId: input.areaId.id, personId: input.personId.id },
        { viewer: viewer!, requestId },
      ),
  }),
);
