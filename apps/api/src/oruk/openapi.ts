/**
 * The OpenAPI description of Waymark's /oruk feed, served at /oruk/openapi.json (the root
 * endpoint's `openapi_url`). Response bodies refer to the published HSDS 3.0 schemas.
 */
const SPEC = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

function pageOf(ref: string) {
  return {
    description: 'A page',
    content: {
      'application/json': {
        schema: {
          allOf: [{ $ref: '#/components/schemas/Page' }],
          properties: { contents: { type: 'array', items: { $ref: ref } } },
        },
      },
    },
  };
}

function one(ref: string) {
  return { description: 'One record', content: { 'application/json': { schema: { $ref: ref } } } };
}

const param = (name: string, type = 'string') => ({ name, in: 'query', required: false, schema: { type } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const paging = [param('page', 'integer'), param('per_page', 'integer')];

export function openapiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Waymark Open Referral UK feed',
      version: '1.0.0',
      description: 'Modern slavery support services (HSDS 3.0, UK profile). Read-only, no authentication.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/': {
        get: {
          operationId: 'getAPIMetaInformation',
          tags: ['required'],
          responses: { 200: { description: 'About this feed' } },
        },
      },
      '/services': {
        get: {
          operationId: 'getPaginatedListOfServices',
          tags: ['required'],
          parameters: [
            param('search'),
            ...paging,
            param('taxonomy_term_id'),
            param('taxonomy_id'),
            param('organization_id'),
            param('modified_after'),
          ],
          responses: { 200: pageOf(`${SPEC}/compiled/service_list.json`) },
        },
      },
      '/services/{id}': {
        get: {
          operationId: 'getFullyNestedServiceById',
          tags: ['required'],
          parameters: [idParam],
          responses: { 200: one(`${SPEC}/compiled/service.json`) },
        },
      },
      '/taxonomies': {
        get: {
          operationId: 'getPaginatedListOfTaxonomies',
          tags: ['optional'],
          parameters: [param('search'), ...paging],
          responses: { 200: pageOf(`${SPEC}/taxonomy.json`) },
        },
      },
      '/taxonomies/{id}': {
        get: {
          operationId: 'getTaxonomyById',
          tags: ['optional'],
          parameters: [idParam],
          responses: { 200: one(`${SPEC}/taxonomy.json`) },
        },
      },
      '/taxonomy_terms': {
        get: {
          operationId: 'getPaginatedListOfTaxonomyTerms',
          tags: ['optional'],
          parameters: [param('search'), ...paging, param('taxonomy_id'), param('parent_id')],
          responses: { 200: pageOf(`${SPEC}/taxonomy_term.json`) },
        },
      },
      '/taxonomy_terms/{id}': {
        get: {
          operationId: 'getTaxonomyTermById',
          tags: ['optional'],
          parameters: [idParam],
          responses: { 200: one(`${SPEC}/taxonomy_term.json`) },
        },
      },
      '/service_at_locations': {
        get: {
          operationId: 'getPaginatedListOfServiceAtLocation',
          tags: ['optional'],
          parameters: paging,
          responses: { 200: pageOf(`${SPEC}/compiled/service_at_location_list.json`) },
        },
      },
      '/organizations': {
        get: {
          operationId: 'getPaginatedListOfOrganizations',
          tags: ['optional'],
          parameters: [param('search'), ...paging],
          responses: { 200: pageOf(`${SPEC}/compiled/organization_list.json`) },
        },
      },
      '/organizations/{id}': {
        get: {
          operationId: 'getOrganizationById',
          tags: ['optional'],
          parameters: [idParam],
          responses: { 200: one(`${SPEC}/compiled/organization.json`) },
        },
      },
    },
    components: {
      schemas: {
        Page: {
          type: 'object',
          properties: {
            total_items: { type: 'integer' },
            total_pages: { type: 'integer' },
            page_number: { type: 'integer' },
            size: { type: 'integer' },
            first_page: { type: 'boolean' },
            last_page: { type: 'boolean' },
            empty: { type: 'boolean' },
          },
          required: ['empty'],
        },
      },
    },
  };
}
