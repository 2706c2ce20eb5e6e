/**
 * Reads behind the /oruk feed and the exports: which services are published and how a page of
 * them is cut. The directory is small (tens to a few hundred services), so filters that need
 * Waymark's taxonomy run in memory over the published set.
 */
import { prisma } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { serviceTermCodes, SERVICE_INCLUDE, type ExportMode, type ServiceRow } from './mapping.ts';
import { TERMS_BY_ID } from './taxonomy.ts';

/** Public: active and not hidden. Full (authenticated export): every service. */
export function publishedWhere(mode: ExportMode): Prisma.SupportServiceWhereInput {
  return mode === 'public' ? { status: 'ACTIVE', hidden: false } : {};
}

export interface ServiceQuery {
  search?: string;
  organizationId?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  modifiedAfter?: Date;
}

export async function publishedServices(mode: ExportMode, query: ServiceQuery = {}): Promise<ServiceRow[]> {
  const and: Prisma.SupportServiceWhereInput[] = [publishedWhere(mode)];
  if (query.search) {
    const contains = { contains: query.search, mode: 'insensitive' as const };
    and.push({ OR: [{ name: contains }, { description: contains }, { organisation: { name: contains } }] });
  }
  if (query.organizationId) and.push({ organisationId: query.organizationId });
  if (query.modifiedAfter) and.push({ updatedAt: { gte: query.modifiedAfter } });
  const rows = await prisma.supportService.findMany({
    where: { AND: and },
    include: SERVICE_INCLUDE,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return rows.filter((row) => {
    const codes = serviceTermCodes(row);
    if (query.taxonomyTermId) {
      const term = TERMS_BY_ID.get(query.taxonomyTermId);
      if (!term || !codes.includes(term.code)) return false;
    }
    if (
      query.taxonomyId &&
      !codes.some((code) =>
        [...TERMS_BY_ID.values()].some((t) => t.code === code && t.taxonomy_id === query.taxonomyId),
      )
    ) {
      return false;
    }
    return true;
  });
}

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function page<T>(items: T[], pageNumber: number, perPage: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
