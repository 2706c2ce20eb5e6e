/**
 * Audits reads of identifying data: one `case.read.identifying` event per request that
 * disclosed names, aliases or dates of birth (case-access.ts notes each case), written before
 * the response leaves. If it cannot be written the response is withheld: nobody reads
 * identifying data without a trace. A mutation's own audit event already records its actor and
 * case, so the data echoed in its payload is not audited twice.
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
      async willSendResponse({ contextValue, response, operation }) {
        const reads = contextValue.identifyingReads;
        if (!reads?.size || operation?.operation === 'mutation' || !readAuditSwitch.enabled) return;
        const caseIds = [...reads].sort();
        try {
          await prisma.$transaction((tx) =>
            recordAudit(tx, {
              viewer: contextValue.viewer,
              requestId: contextValue.requestId,
              action: 'case.read.identifying',
              entityType: 'Case',
              entityId: caseIds.length === 1 ? caseIds[0]! : null,
              data: { caseIds },
            }),
          );
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
