/**
 * Audits reads of identifying data: one `case.read.identifying` event per request that
 * disclosed names, aliases or dates of birth (case-access.ts notes each case), written before
 * the response leaves. If it cannot be written the response is withheld: nobody reads
 * identifying data without a trace. Mutations too: a mutation's reply can show other cases'
 * identity (caseOpen's possibleDuplicates), and its own audit event does not name them.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { logger } from '../../logger.ts';
import { recordAudit } from './audit.service.ts';

/** Off only for the overhead measurement (bench); always on in the server. */
export const readAuditSwitch = { enabled: true };

export const readAuditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const reads = contextValue.identifyingReads;
        if (!reads?.size || !readAuditSwitch.enabled) return;
        const caseIds = [...reads].sort();
        try {
          // One insert, committed before the response leaves; the sealer chains it later.
          await recordAudit(prisma, {
            viewer: contextValue.viewer,
            requestId: contextValue.requestId,
            action: 'case.read.identifying',
            entityType: 'Case',
            entityId: caseIds.length === 1 ? caseIds[0]! : null,
            data: { caseIds },
          });
        } catch (error) {
          logger.error(
            { err: { name: (error as Error)?.name }, requestId: contextValue.requestId },
            'read audit failed; response withheld',
          );
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: 'Something went wrong on our side.',
                  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                },
              ],
            };
          }
          response.http.status = 500;
        }
      },
    };
  },
};
