/**
 * GOV.UK Notify's delivery receipts (its "callbacks"): Notify POSTs each email's final status
 * with the bearer token set in its settings; the notification named by `reference` becomes
 * DELIVERED or FAILED. Without NOTIFY_CALLBACK_TOKEN the route answers 404.
 */
import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import { recordDeliveryReceipt } from './notification-send.ts';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function notifyReceiptsRouter(callbackToken: string | null): express.Router {
  const router = express.Router();
  router.post('/', express.json({ limit: '16kb' }), async (req, res) => {
    const header = req.get('authorization') ?? '';
    if (!callbackToken || !header.startsWith('Bearer ') || !sameToken(header.slice(7), callbackToken)) {
      res.status(callbackToken ? 401 : 404).end();
      return;
    }
    const { reference, status } = (req.body ?? {}) as { reference?: unknown; status?: unknown };
    if (typeof reference !== 'string' || typeof status !== 'string') {
      res.status(400).json({ error: 'reference and status are required' });
      return;
    }
    await recordDeliveryReceipt(reference, status);
    // Notify only needs to know the receipt arrived; an unknown reference is not its problem to retry.
    res.status(204).end();
  });
  return router;
}
