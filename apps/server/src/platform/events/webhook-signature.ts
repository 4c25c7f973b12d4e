import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeliveredEvent } from './events.types.js';

/**
 * A webhook call: POST of the JSON body `{ id, type, createdAt, payload }` with the headers
 * `X-Timestamp` (Unix milliseconds), `X-Event-Id`, `X-Event-Type` and
 * `X-Signature: sm3=<hex HMAC-SM3(secret, timestamp + "." + body)>`.
 * A receiver checks the signature and that the timestamp is recent, and drops repeated event ids.
 */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sm3=${createHmac('sm3', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): constant-time check of `X-Signature`, with a maximum age of the timestamp. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string, maxAgeMs = 5 * 60_000, now = Date.now()): boolean {
  const t = Number(timestamp);
  if (!Number.isFinite(t) || Math.abs(now - t) > maxAgeMs) return false;
  const want = Buffer.from(signWebhookBody(secret, timestamp, body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** Posts one event; 2xx is success, 4xx (but 408/429) is permanent, anything else is retried. */
export async function postEvent(url: string, secret: string, event: DeliveredEvent, timeoutMs: number): Promise<void> {
  const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, payload: event.payload });
  const timestamp = String(Date.now());
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-timestamp': timestamp,
      'x-event-id': event.id,
      'x-event-type': event.type,
      'x-signature': signWebhookBody(secret, timestamp, body),
    },
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text().catch(() => '');
  if (res.ok) return;
  const msg = `HTTP ${res.status} from ${new URL(url).host}: ${text.slice(0, 300)}`;
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new PermanentDeliveryError(msg);
  throw new Error(msg);
}
