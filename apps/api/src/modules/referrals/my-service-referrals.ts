/** The support service's list of the referrals sent to it while they are open or accepted. */
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { IncomingReferral } from './service-referral.types.ts';
import { incomingReferralsWhere } from '../cases/case-access.ts';

builder.queryField('myServiceReferrals', (t) =>
  t.prismaConnection(
    {
      type: IncomingReferral,
      cursor: 'id',
      description: 'Open and accepted referrals to your organisation’s services, newest first.',
      authScopes: { signedIn: true },
      totalCount: (_root, _args, { viewer }) => prisma.serviceReferral.count({ where: incomingReferralsWhere(viewer) }),
      resolve: (query, _root, _args, { viewer }) =>
        prisma.serviceReferral.findMany({
          ...query,
          where: incomingReferralsWhere(viewer),
          orderBy: [{ referredAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'IncomingReferralConnection' },
    { name: 'IncomingReferralEdge' },
  ),
);
