/**
 * Exports the directory as one HSDS 3.0 JSON document: `{ version, profile, services }`, each
 * service fully nested (organisation, phones, languages, service areas, attributes). `public`
 * is what the open feed shows; `full` (CLI on the server, or directory admins through the API)
 * adds inactive, archived and hidden services and restricted details so another Waymark can
 * import everything. No timestamp of the export itself: exporting unchanged data twice gives
 * the same bytes, which is what the round-trip check relies on.
 */
import { prisma } from '../db/client.ts';
import { publishedWhere } from './feed.ts';
import { hsdsService, SERVICE_INCLUDE, type ExportMode } from './mapping.ts';
import { ORUK_PROFILE, ORUK_VERSION } from './constants.ts';

export interface DirectoryDocument {
  version: string;
  profile: string;
  services: Array<ReturnType<typeof hsdsService>>;
}

export async function exportDirectory(mode: ExportMode): Promise<DirectoryDocument> {
  const rows = await prisma.supportService.findMany({
    where: publishedWhere(mode),
    include: SERVICE_INCLUDE,
    orderBy: [{ id: 'asc' }],
  });
  return { version: ORUK_VERSION, profile: ORUK_PROFILE, services: rows.map((row) => hsdsService(row, mode)) };
}
