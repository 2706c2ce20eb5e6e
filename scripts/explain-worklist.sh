#!/bin/bash
# EXPLAIN ANALYZE of the worklist's visibility rule and count at 100k cases, before (owner OR an
# EXISTS over meetings, the rule until CaseAccess) and after (CaseAccess), on a throwaway server:
#   node scripts/with-postgres.mjs bash scripts/explain-worklist.sh
# 100k cases over 20 organisations, one case in ten with a meeting attended by another
# organisation. A measurement, never a test; `pnpm bench` measures requests end to end.
set -e
cd "$(dirname "$0")/.."
npx tsx apps/api/src/db/cli.ts migrate > /dev/null
P="psql $DATABASE_URL -q -v ON_ERROR_STOP=1"
$P <<'SQL'
INSERT INTO "Area" (id, code, name, "sourceFile", "sourceSection", "updatedAt") VALUES ('00000000-0000-4000-8000-00000000a001', 'bench', 'Bench', 'x', 'x', now());
INSERT INTO "Organisation" (id, slug, name, kind, "sourceFile", "sourceSection", "updatedAt")
  SELECT ('00000000-0000-4000-8000-0000000000' || lpad(i::text, 2, '0'))::uuid, 'org-' || i, 'Org ' || i, 'COUNCIL', 'x', 'x', now() FROM generate_series(10, 29) i;
INSERT INTO "Person" (id, email, "displayName", "updatedAt") VALUES ('00000000-0000-4000-8000-00000000b001', 'bench@example', 'Bench', now());
SQL
# 100k cases over 20 organisations; one in ten (references ending in 5) with a meeting org-10 attends.
$P <<'SQL'
INSERT INTO "Case" (id, reference, "concernKind", "owningOrganisationId", "areaId", "openedById", "openedAt", "updatedAt", facts)
  SELECT gen_random_uuid(), 'WM-B-' || i, 'POTENTIAL_VICTIM',
    ('00000000-0000-4000-8000-0000000000' || lpad((10 + i % 20)::text, 2, '0'))::uuid,
    '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000b001',
    now() - (i || ' minutes')::interval, now(), '{}'
  FROM generate_series(1, 100000) i;
INSERT INTO "Meeting" (id, "caseId", kind, "scheduledFor", "attendeeOrganisationIds")
  SELECT gen_random_uuid(), c.id, 'STRATEGY', now(), ARRAY['00000000-0000-4000-8000-000000000010'::uuid]
  FROM "Case" c WHERE c.reference LIKE '%5' AND c."owningOrganisationId" <> '00000000-0000-4000-8000-000000000010';
ANALYZE;
SQL
ORG="'00000000-0000-4000-8000-000000000010'"
VIS="(c.\"owningOrganisationId\" = $ORG::uuid OR EXISTS (SELECT 1 FROM \"Meeting\" m WHERE m.\"caseId\" = c.id AND m.\"attendeeOrganisationIds\" @> ARRAY[$ORG::uuid]))"
echo "== before: count (Prisma's shape: owner OR EXISTS)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING ON, SUMMARY ON) SELECT count(*) FROM \"Case\" c WHERE $VIS" | grep -E "Seq Scan|Index|Execution|JIT|Planning|Filter|Aggregate" 
echo "== before: first page of 50, newest first"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $VIS ORDER BY c.\"openedAt\" DESC, c.id DESC LIMIT 51" | grep -E "Scan|Index|Execution|JIT|Planning|Limit|Sort"
echo "== after: CaseAccess (kept by triggers), Prisma's shape for access: { some: { organisationId } }"
ACC="c.id IN (SELECT t1.\"caseId\" FROM \"CaseAccess\" t1 WHERE t1.\"organisationId\" = $ORG::uuid AND t1.\"caseId\" IS NOT NULL)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"Case\" c WHERE $ACC" | grep -E "Scan|Index|Execution|JIT|Planning|Aggregate|Join"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $ACC ORDER BY c.\"openedAt\" DESC, c.id DESC LIMIT 51" | grep -E "Scan|Index|Execution|JIT|Planning|Limit|Sort|Join|Loop"
echo "== after, unfiltered count from CaseAccess alone (visibleCaseCount)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"CaseAccess\" t0 WHERE t0.\"organisationId\" = $ORG::uuid" | grep -E "Scan|Index|Execution|Planning|Aggregate"
echo "== timings, 5 runs each (ms), before then after"
for q in "SELECT count(*) FROM \"Case\" c WHERE $VIS" "SELECT count(*) FROM \"Case\" c WHERE $ACC" "SELECT count(*) FROM \"CaseAccess\" t0 WHERE t0.\"organisationId\" = $ORG::uuid"; do
  for i in 1 2 3 4 5; do $P -c "EXPLAIN (ANALYZE, COSTS OFF) $q" | grep Execution; done
done
