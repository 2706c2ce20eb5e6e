/**
 * GET /graphql/referral-pack/:caseId?kind=NRM|DUTY_TO_NOTIFY|RECONSIDERATION&format=html|md|json
 * The pack as a printable page, Markdown or JSON, authenticated exactly like /graphql (session
 * cookie, API token or OIDC bearer; under /graphql so the session cookie's path reaches it). A
 * case the viewer may not see, or a pack they may not have, is one and the same 403: no hint
 * that it exists. A disclosure of identifying answers is audited before the page leaves.
 */
import express from 'express';
import type { Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { resolveViewer, type BearerVerifier } from '../../http/identity.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { visibleCasesWhere } from '../cases/case-access.ts';
import { casePack } from './referral-pack.service.ts';
import { packHtml, packMarkdown } from './referral-pack.render.ts';
import { isUuid } from '../../uuid.ts';

const KINDS = new Set(['NRM', 'DUTY_TO_NOTIFY', 'RECONSIDERATION']);
const FORMATS = { html: 'text/html; charset=utf-8', md: 'text/markdown; charset=utf-8', json: 'application/json' };

/** Accepts a raw case id or its Relay global id ("Case:<uuid>" base64). */
function caseIdOf(param: string): string | null {
  if (isUuid(param)) return param;
  const decoded = Buffer.from(param, 'base64').toString('utf8');
  return decoded.startsWith('Case:') && isUuid(decoded.slice(5)) ? decoded.slice(5) : null;
}

export function referralPackRouter(oidc: BearerVerifier | null, limit: express.RequestHandler): express.Router {
  const router = express.Router();
  router.get('/referral-pack/:caseId', limit, async (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      const forbidden = () =>
        res
          .status(403)
          .json({ errors: [{ message: 'You may not see this referral pack.', extensions: { code: 'FORBIDDEN' } }] });
      const { viewer } = await resolveViewer(req, oidc);
      if (!viewer)
        return void res
          .status(401)
          .json({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] });
      const kind = String(req.query.kind ?? 'NRM');
      const format = String(req.query.format ?? 'html') as keyof typeof FORMATS;
      if (!KINDS.has(kind) || !(format in FORMATS))
        return void res.status(400).json({
          errors: [
            {
              message: 'kind is NRM, DUTY_TO_NOTIFY or RECONSIDERATION; format is html, md or json.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
      const caseId = caseIdOf(String(req.params.caseId));
      const row = caseId
        ? await prisma.case.findFirst({ where: { AND: [{ id: caseId }, visibleCasesWhere(viewer)] } })
        : null;
      if (!row) return void forbidden();
      let pack;
      try {
        pack = await casePack(prisma, viewer as Viewer, row, kind as 'NRM');
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'FORBIDDEN') return void forbidden();
        throw error;
      }
      if (pack.disclosesIdentity) {
        await prisma.$transaction((tx) =>
          recordAudit(tx, {
            viewer,
            requestId: String(req.id),
            action: 'case.read.identifying',
            entityType: 'Case',
            entityId: row.id,
            data: { caseIds: [row.id], via: 'referral-pack' },
          }),
        );
      }
      const { disclosesIdentity: _omit, ...content } = pack;
      res.type(FORMATS[format]);
      if (format === 'html') {
        // A page with its own inline style and nothing else: no scripts, no other origin.
        res.setHeader(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        );
        res.send(packHtml(pack));
      } else if (format === 'md') res.send(packMarkdown(pack));
      else res.send(JSON.stringify(content));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
