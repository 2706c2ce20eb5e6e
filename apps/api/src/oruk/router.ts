/**
 * The Open Referral UK read API (HSDS 3.0, profile HSDS-UK-3.0), mounted at /oruk: open,
 * read-only, CORS `*`, as the UK compliance rules require. Level 1: `/`, `/services`,
 * `/services/{id}`; level 2: taxonomies, taxonomy terms, service at locations, organizations.
 * Only the public view is served here; restricted details never leave through this router.
 */
import cors from 'cors';
import express from 'express';
import { prisma } from '../db/client.ts';
import { publishedServices, publishedWhere, page } from './feed.ts';
import { hsdsOrganization, hsdsService, hsdsServiceListItem, SERVICE_INCLUDE } from './mapping.ts';
import { TAXONOMIES, TERMS, TERMS_BY_ID } from './taxonomy.ts';
import { openapiDocument } from './openapi.ts';
import { ORUK_PROFILE, ORUK_VERSION } from './constants.ts';
import { isUuid } from '../uuid.ts';

const MAX_PER_PAGE = 200;

class BadQuery extends Error {}

function intParam(value: unknown, name: string, fallback: number, max?: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new BadQuery(`${name} must be a whole number of 1 or more`);
  return max ? Math.min(n, max) : n;
}

function stringParam(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadQuery(`${name} must be given once`);
  // PostgreSQL text cannot hold a null character; the query would fail as a fault.
  if (value.includes('\u0000')) throw new BadQuery(`${name} may not contain a null character`);
  return value.trim() || undefined;
}

function paging(query: express.Request['query']) {
  return {
    pageNumber: intParam(query.page, 'page', 1),
    perPage: intParam(query.per_page, 'per_page', 50, MAX_PER_PAGE),
  };
}

function baseUrl(req: express.Request): string {
  return `${req.protocol}://${req.get('host')}${req.baseUrl}`;
}

function notFound(res: express.Response, what: string) {
  res.status(404).json({ error: 'not_found', message: `No ${what} with that id.` });
}

export function orukRouter(): express.Router {
  const router = express.Router();
  router.use(cors({ origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'] }));
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    res
      .status(405)
      .set('Allow', 'GET, HEAD, OPTIONS')
      .json({ error: 'method_not_allowed', message: 'This feed is read-only.' });
  });

  router.get('/', (req, res) => {
    res.json({
      version: ORUK_VERSION,
      profile: ORUK_PROFILE,
      openapi_url: `${baseUrl(req)}/openapi.json`,
      description: 'Waymark: modern slavery support services, published in the Open Referral UK (HSDS 3.0) format.',
    });
  });
  router.get('/openapi.json', (req, res) => {
    res.json(openapiDocument(baseUrl(req)));
  });

  router.get('/services', async (req, res) => {
    const { pageNumber, perPage } = paging(req.query);
    const modified = stringParam(req.query.modified_after, 'modified_after');
    const modifiedAfter = modified ? new Date(modified) : undefined;
    if (modifiedAfter && Number.isNaN(modifiedAfter.getTime()))
      throw new BadQuery('modified_after must be an ISO 8601 date-time');
    const organizationId = stringParam(req.query.organization_id, 'organization_id');
    // No organisation has an id that is not a UUID: an empty page, as for any unknown id.
    if (organizationId && !isUuid(organizationId)) return void res.json(page([], pageNumber, perPage));
    const rows = await publishedServices('public', {
      search: stringParam(req.query.search, 'search'),
      organizationId,
      taxonomyTermId: stringParam(req.query.taxonomy_term_id, 'taxonomy_term_id'),
      taxonomyId: stringParam(req.query.taxonomy_id, 'taxonomy_id'),
      modifiedAfter,
    });
    res.json(page(rows.map(hsdsServiceListItem), pageNumber, perPage));
  });

  router.get('/services/:id', async (req, res) => {
    if (!isUuid(req.params.id)) return notFound(res, 'service');
    const row = await prisma.supportService.findFirst({
      where: { AND: [{ id: req.params.id }, publishedWhere('public')] },
      include: SERVICE_INCLUDE,
    });
    if (!row) return notFound(res, 'service');
    res.json(hsdsService(row, 'public'));
  });

  router.get('/taxonomies', (req, res) => {
    const { pageNumber, perPage } = paging(req.query);
    const search = stringParam(req.query.search, 'search')?.toLowerCase();
    const all = Object.values(TAXONOMIES).filter((t) => !search || t.name.toLowerCase().includes(search));
    res.json(page(all, pageNumber, perPage));
  });
  router.get('/taxonomies/:id', (req, res) => {
    const found = Object.values(TAXONOMIES).find((t) => t.id === req.params.id);
    if (!found) return notFound(res, 'taxonomy');
    res.json(found);
  });

  router.get('/taxonomy_terms', (req, res) => {
    const { pageNumber, perPage } = paging(req.query);
    const search = stringParam(req.query.search, 'search')?.toLowerCase();
    const taxonomyId = stringParam(req.query.taxonomy_id, 'taxonomy_id');
    const parentId = stringParam(req.query.parent_id, 'parent_id');
    // Waymark's taxonomies are flat: no term has a parent.
    const terms = parentId
      ? []
      : TERMS.filter(
          (t) => (!taxonomyId || t.taxonomy_id === taxonomyId) && (!search || t.name.toLowerCase().includes(search)),
        );
    res.json(page(terms, pageNumber, perPage));
  });
  router.get('/taxonomy_terms/:id', (req, res) => {
    const found = TERMS_BY_ID.get(req.params.id);
    if (!found) return notFound(res, 'taxonomy term');
    res.json(found);
  });

  // Waymark records no service locations, and never publishes a restricted service's.
  router.get('/service_at_locations', (req, res) => {
    const { pageNumber, perPage } = paging(req.query);
    res.json(page([], pageNumber, perPage));
  });
  router.get('/service_at_locations/:id', (_req, res) => notFound(res, 'service at location'));

  router.get('/organizations', async (req, res) => {
    const { pageNumber, perPage } = paging(req.query);
    const search = stringParam(req.query.search, 'search');
    const orgs = await prisma.organisation.findMany({
      where: search ? { name: { contains: search, mode: 'insensitive' } } : {},
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    res.json(page(orgs.map(hsdsOrganization), pageNumber, perPage));
  });
  router.get('/organizations/:id', async (req, res) => {
    if (!isUuid(req.params.id)) return notFound(res, 'organization');
    const org = await prisma.organisation.findUnique({ where: { id: req.params.id } });
    if (!org) return notFound(res, 'organization');
    const services = await publishedServices('public', { organizationId: org.id });
    res.json({ ...hsdsOrganization(org), services: services.map(hsdsServiceListItem) });
  });

  router.use((_req, res) => notFound(res, 'such endpoint'));
  // A bad query parameter is the client's; anything else is masked (the server logs it).
  router.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (error instanceof BadQuery) {
      res.status(400).json({ error: 'bad_request', message: error.message });
      return;
    }
    // Express could not decode a path parameter (a malformed percent-encoding).
    if (error instanceof URIError || (error as { status?: number })?.status === 400) {
      res.status(400).json({ error: 'bad_request', message: 'The path is not correctly percent-encoded.' });
      return;
    }
    req.log?.error({ err: { name: (error as Error)?.name } }, 'ORUK feed error');
    res.status(500).json({ error: 'internal', message: 'Something went wrong on our side.' });
  });
  return router;
}
