#!/bin/bash
# EXPLAIN ANALYZE of the worklist's visibility rule and count at 100k cases, before (owner OR an
# EXISTS over meetings, the rule until CaseAccess) and after (CaseAccess); the overdue filter and
# the "overdue first" order on the stored next deadline (Case.nextDueAt); and area oversight as an
# OR with Case.areaId (before) and as area principals in CaseAccess (after). On a throwaway server:
#   node scripts/with-postgres.mjs bash scripts/explain-worklist.sh
# 100k cases over 20 organisations and 4 areas, one case in ten with a meeting attended by another
# organisation, nine in ten with a running clock due between 20 hours ago and 180 hours ahead.
# A measurement, never a test; `pnpm bench` measures requests end to end.
set -e
cd "$(dirname "$0")/.."
npx tsx apps/api/src/db/cli.ts migrate > /dev/null
P="psql $DATABASE_URL -q -v ON_ERROR_STOP=1"
$P <<'SQL'
INSERT INTO "Area" (id, code, name, "sourceFile", "sourceSection", "updatedAt")
  SELECT ('00000000-0000-4000-8000-00000000a00' || i)::uuid, 'bench-' || i, 'Bench ' || i, 'x', 'x', now() FROM generate_series(1, 4) i;
INSERT INTO "Organisation" (id, slug, name, kind, "sourceFile", "sourceSection", "updatedAt")
  SELECT ('00000000-0000-4000-8000-0000000000' || lpad(i::text, 2, '0'))::uuid, 'org-' || i, 'Org ' || i, 'COUNCIL', 'x', 'x', now() FROM generate_series(10, 29) i;
INSERT INTO "Person" (id, email, "displayName", "updatedAt") VALUES ('00000000-0000-4000-8000-00000000b001', 'bench@example', 'Bench', now());
SQL
# 100k cases over 20 organisations; one in ten (references ending in 5) with a meeting org-10 attends.
$P <<'SQL'
INSERT INTO "Case" (id, reference, "concernKind", "owningOrganisationId", "areaId", "openedById", "openedAt", "updatedAt", facts, "nextDueAt", "deadlineRecomputeAt")
  SELECT gen_random_uuid(), 'WM-B-' || i, 'POTENTIAL_VICTIM',
    ('00000000-0000-4000-8000-0000000000' || lpad((10 + i % 20)::text, 2, '0'))::uuid,
    ('00000000-0000-4000-8000-00000000a00' || (1 + i % 4))::uuid, '00000000-0000-4000-8000-00000000b001',
    now() - (i || ' minutes')::interval, now(), '{}',
    CASE WHEN i % 10 = 0 THEN NULL ELSE now() + ((i * 7919 % 200) - 20) * interval '1 hour' END, NULL
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
echo "== after: CaseAccess (kept by triggers), Prisma's shape for access: { some: { principalId } }"
ACC="c.id IN (SELECT t1.\"caseId\" FROM \"CaseAccess\" t1 WHERE t1.\"principalId\" = $ORG::uuid AND t1.\"caseId\" IS NOT NULL)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"Case\" c WHERE $ACC" | grep -E "Scan|Index|Execution|JIT|Planning|Aggregate|Join"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $ACC ORDER BY c.\"openedAt\" DESC, c.id DESC LIMIT 51" | grep -E "Scan|Index|Execution|JIT|Planning|Limit|Sort|Join|Loop"
echo "== after, unfiltered count from CaseAccess alone (visibleCaseCount)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"CaseAccess\" t0 WHERE t0.\"principalId\" = $ORG::uuid" | grep -E "Scan|Index|Execution|Planning|Aggregate"
echo "== timings, 5 runs each (ms), before then after"
for q in "SELECT count(*) FROM \"Case\" c WHERE $VIS" "SELECT count(*) FROM \"Case\" c WHERE $ACC" "SELECT count(*) FROM \"CaseAccess\" t0 WHERE t0.\"principalId\" = $ORG::uuid"; do
  for i in 1 2 3 4 5; do $P -c "EXPLAIN (ANALYZE, COSTS OFF) $q" | grep Execution; done
done

# The stored next deadline (issue 18 item 3). Before, the API loaded every visible open case with
# its tracks and computed the clocks in memory (the statement below, plus the engine per case);
# after, the filter and the order are conditions on Case.nextDueAt, index (nextDueAt, id).
COLS="c.id, c.facts, c.\"dateOfBirth\", c.\"estimatedAge\", c.\"ageUncertain\", c.\"claimedAge\""
echo "== before: overdue filter, the rows loaded to compute clocks in memory (visible open cases)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT $COLS FROM \"Case\" c WHERE $ACC AND c.status = 'OPEN'" | grep -E "Scan|Index|Execution|Planning|Join|Loop|rows="| head -8
echo "== after: overdue filter, first page newest first (nextDueAt < now)"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $ACC AND c.\"nextDueAt\" < now() ORDER BY c.\"openedAt\" DESC, c.id DESC LIMIT 51" | grep -E "Scan|Index|Execution|Planning|Limit|Sort|Join|Loop"
echo "== after: overdue filter, count"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"Case\" c WHERE $ACC AND c.\"nextDueAt\" < now()" | grep -E "Scan|Index|Execution|Planning|Aggregate|Join|Loop"
echo "== after: overdue first (DUE_SOONEST), first page"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $ACC ORDER BY c.\"nextDueAt\" ASC NULLS LAST, c.id ASC LIMIT 51" | grep -E "Scan|Index|Execution|Planning|Limit|Sort|Join|Loop"
echo "== after: dueBefore (next 24 hours), first page newest first"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $ACC AND c.\"nextDueAt\" < now() + interval '24 hours' ORDER BY c.\"openedAt\" DESC, c.id DESC LIMIT 51" | grep -E "Scan|Index|Execution|Planning|Limit|Sort|Join|Loop"

# Area oversight (issue 18 item 3): a lead of org-10 who also oversees area 1.
AREA="'00000000-0000-4000-8000-00000000a001'"
OR_VIS="($ACC OR c.\"areaId\" IN ($AREA::uuid))"
IN_VIS="c.id IN (SELECT t1.\"caseId\" FROM \"CaseAccess\" t1 WHERE t1.\"principalId\" IN ($ORG::uuid, $AREA::uuid) AND t1.\"caseId\" IS NOT NULL)"
echo "== before: oversight as an OR with Case.areaId, count"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"Case\" c WHERE $OR_VIS" | grep -E "Scan|Index|Execution|Planning|Aggregate|Join|Filter"
echo "== after: the area as a principal in CaseAccess, count"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM \"Case\" c WHERE $IN_VIS" | grep -E "Scan|Index|Execution|Planning|Aggregate|Join|Loop"
echo "== before / after: oversight, overdue first, first page"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $OR_VIS ORDER BY c.\"nextDueAt\" ASC NULLS LAST, c.id LIMIT 51" | grep -E "Scan|Index|Execution|Planning|Limit|Sort|Join|Loop|Filter"
$P -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM \"Case\" c WHERE $IN_VIS ORDER BY c.\"nextDueAt\" ASC NULLS LAST, c.id LIMIT 51" | grep -E "Scan|Index|Execution|Planning|Limit|Sort|Join|Loop"

echo "== timings, 5 runs each (ms): overdue before (rows loaded), overdue count after, overdue-first page after, oversight count before, after"
for q in "SELECT $COLS FROM \"Case\" c WHERE $ACC AND c.status = 'OPEN'" \
  "SELECT count(*) FROM \"Case\" c WHERE $ACC AND c.\"nextDueAt\" < now()" \
  "SELECT c.id FROM \"Case\" c WHERE $ACC ORDER BY c.\"nextDueAt\" ASC NULLS LAST, c.id ASC LIMIT 51" \
  "SELECT count(*) FROM \"Case\" c WHERE $OR_VIS" "SELECT count(*) FROM \"Case\" c WHERE $IN_VIS"; do
  echo "-- ${q:0:90}"
  for i in 1 2 3 4 5; do $P -c "EXPLAIN (ANALYZE, COSTS OFF) $q" | grep Execution; done
done
