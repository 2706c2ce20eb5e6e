/**
 * Anchors the audit trail and case history outside the database that holds them. A hash chain
 * alone cannot stop a database superuser: delete the newest rows, or edit one and recompute every
 * later hash, and the chain verifies. So now and then a checkpoint of the chains' heads (the
 * audit trail's event count, last event and its hash; each case's event count and last hash) is
 * signed with a key the database does not hold (HMAC-SHA-256, AUDIT_ANCHOR_SECRET), kept in a file
 * and summarised in the log. The verifier checks the database against the last checkpoint: fewer
 * events than it counted is truncation, a different hash at its head is a rewrite.
 *
 * Sealing reads committed heads and takes no lock: the audit trail's head is its last sealed row
 * (audit-sealer.ts chains rows in batches, in sealing order), counted in chain order. Before a new checkpoint replaces the old one, the old one is checked: a
 * trail cut short stays reported instead of being sealed over.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '../../db/client.ts';
import { logger } from '../../logger.ts';
import { canonicalJson } from './audit.service.ts';

export interface AnchorSettings {
  /** Where the last signed checkpoint is kept (outside the database). */
  file: string;
  /** HMAC key; the database never sees it. */
  secret: string;
}

export interface Checkpoint {
  sealedAt: string;
  /** The audit trail's head: events up to and including headId, and headId's hash. */
  audit: { count: number; headId: string; hash: string } | null;
  /** Per case: its event count and last event's hash. */
  cases: Record<string, [number, string]>;
}

export type AnchorStatus = 'MATCHES' | 'TRUNCATED' | 'REWRITTEN' | 'INVALID_SIGNATURE' | 'NO_CHECKPOINT';

export interface AnchorCheck {
  status: AnchorStatus;
  sealedAt: Date | null;
  /** Which chain differs: "audit", or the id of the case whose history does. */
  chain: string | null;
}

let configured: AnchorSettings | null = null;

export function configureAuditAnchor(settings: AnchorSettings | null) {
  configured = settings;
}

export function auditAnchor(): AnchorSettings | null {
  return configured;
}

/**
 * The anchor's settings from config: AUDIT_ANCHOR_SECRET, or a key generated once and kept in
 * <file>.key beside the checkpoint file (fine for development; in production the key
 * belongs in a secret store the database's administrators cannot read).
 */
export function anchorSettings(config: { file: string; secret: string | null }): AnchorSettings {
  if (config.secret) return { file: config.file, secret: config.secret };
  const keyFile = `${config.file.replace(/\.json$/, '')}.key`;
  if (!existsSync(keyFile)) {
    mkdirSync(path.dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return { file: config.file, secret: readFileSync(keyFile, 'utf8').trim() };
}

function mac(secret: string, checkpoint: Checkpoint): string {
  return createHmac('sha256', secret).update(canonicalJson(checkpoint)).digest('hex');
}

async function readHeads(): Promise<Checkpoint> {
  const [audit] = await prisma.$queryRaw<Array<{ id: bigint; hash: string; count: bigint }>>`
    SELECT a."id", a."hash", (SELECT count(*) FROM "AuditEvent" b WHERE b."chainSeq" <= a."chainSeq") AS "count"
    FROM "AuditEvent" a WHERE a."chainSeq" IS NOT NULL ORDER BY a."chainSeq" DESC LIMIT 1`;
  const cases = await prisma.$queryRaw<Array<{ caseId: string; hash: string; count: bigint }>>`
    SELECT DISTINCT ON ("caseId") "caseId"::text AS "caseId", "hash",
      count(*) OVER (PARTITION BY "caseId") AS "count"
    FROM "CaseEvent" ORDER BY "caseId", "seq" DESC`;
  return {
    sealedAt: new Date().toISOString(),
    audit: audit ? { count: Number(audit.count), headId: audit.id.toString(), hash: audit.hash } : null,
    cases: Object.fromEntries(cases.map((c) => [c.caseId, [Number(c.count), c.hash]])),
  };
}

function readCheckpoint(settings: AnchorSettings): { checkpoint: Checkpoint; valid: boolean } | null {
  let text: string;
  try {
    text = readFileSync(settings.file, 'utf8');
  } catch {
    return null;
  }
  try {
    const { mac: given, ...checkpoint } = JSON.parse(text) as Checkpoint & { mac: string };
    const expected = Buffer.from(mac(settings.secret, checkpoint), 'hex');
    const actual = Buffer.from(String(given), 'hex');
    return { checkpoint, valid: actual.length === expected.length && timingSafeEqual(actual, expected) };
  } catch {
    return { checkpoint: { sealedAt: '', audit: null, cases: {} }, valid: false };
  }
}

/** Compares the database with a checkpoint: point lookups, not a walk of the chains. */
async function compare(checkpoint: Checkpoint): Promise<Omit<AnchorCheck, 'sealedAt'>> {
  if (checkpoint.audit) {
    const { count, headId, hash } = checkpoint.audit;
    const [head] = await prisma.$queryRaw<Array<{ hash: string; count: bigint }>>`
      SELECT a."hash", (SELECT count(*) FROM "AuditEvent" b WHERE b."chainSeq" <= a."chainSeq") AS "count"
      FROM "AuditEvent" a WHERE a."id" = ${BigInt(headId)}`;
    if (!head || Number(head.count) < count) return { status: 'TRUNCATED', chain: 'audit' };
    if (head.hash !== hash || Number(head.count) !== count) return { status: 'REWRITTEN', chain: 'audit' };
  }
  const cases = JSON.stringify(checkpoint.cases);
  const [broken] = await prisma.$queryRaw<Array<{ caseId: string; missing: boolean }>>`
    SELECT c.key AS "caseId", e."hash" IS NULL AS "missing"
    FROM jsonb_each(${cases}::jsonb) c
    LEFT JOIN (
      SELECT "caseId"::text AS "caseId", "hash", row_number() OVER (PARTITION BY "caseId" ORDER BY "seq") AS n
      FROM "CaseEvent"
    ) e ON e."caseId" = c.key AND e.n = (c.value->>0)::bigint
    WHERE e."hash" IS DISTINCT FROM c.value->>1
    ORDER BY c.key LIMIT 1`;
  if (broken) return { status: broken.missing ? 'TRUNCATED' : 'REWRITTEN', chain: broken.caseId };
  return { status: 'MATCHES', chain: null };
}

/** Checks the database against the last checkpoint kept. */
export async function checkAnchor(settings: AnchorSettings | null = configured): Promise<AnchorCheck> {
  const kept = settings ? readCheckpoint(settings) : null;
  if (!kept) return { status: 'NO_CHECKPOINT', sealedAt: null, chain: null };
  const sealedAt = kept.checkpoint.sealedAt ? new Date(kept.checkpoint.sealedAt) : null;
  if (!kept.valid) return { status: 'INVALID_SIGNATURE', sealedAt, chain: null };
  return { ...(await compare(kept.checkpoint)), sealedAt };
}

/**
 * Seals a new checkpoint of the current heads, unless the last one no longer matches (then it
 * is kept, so the damage stays reported). Returns what the old checkpoint showed.
 */
export async function sealCheckpoint(settings: AnchorSettings | null = configured): Promise<AnchorCheck | null> {
  if (!settings) return null;
  const previous = await checkAnchor(settings);
  if (previous.status !== 'MATCHES' && previous.status !== 'NO_CHECKPOINT') {
    logger.error(
      { anchor: previous.status, chain: previous.chain, sealedAt: previous.sealedAt },
      'audit checkpoint not sealed: the trail no longer matches the last one',
    );
    return previous;
  }
  const checkpoint = await readHeads();
  const signed = { ...checkpoint, mac: mac(settings.secret, checkpoint) };
  mkdirSync(path.dirname(settings.file), { recursive: true });
  const temporary = `${settings.file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(signed), { mode: 0o600 });
  renameSync(temporary, settings.file);
  // The log is a second copy kept elsewhere: enough to check a restored file against.
  logger.info(
    { audit: checkpoint.audit, cases: Object.keys(checkpoint.cases).length, mac: signed.mac },
    'audit checkpoint',
  );
  return previous;
}
