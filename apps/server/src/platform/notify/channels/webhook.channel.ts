import { createHmac, randomBytes } from 'node:crypto';
import { absoluteLink, postJson, type Channel, type ChannelMessage } from './channel.js';

export interface WebhookChannelOptions {
  /** The work-notice endpoint (a 浙政钉 gateway or an adapter in front of it). */
  url: string;
  appKey: string;
  /** Shared secret of the HMAC-SM3 signature. */
  secret: string;
  linkBase?: string;
  timeoutMs?: number;
}

/** Signature of a webhook call: hex HMAC-SM3 over `timestamp \n nonce \n body`. */
export function signWebhook(secret: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sm3', secret).update(`${timestamp}\n${nonce}\n${body}`).digest('hex');
}

/**
 * 浙政钉-style work notice (工作通知): POST JSON with the headers X-Zd-App-Key, X-Zd-Timestamp
 * (ms), X-Zd-Nonce, X-Zd-Signature (see signWebhook) and Idempotency-Key (the message id).
 */
export class WebhookChannel implements Channel {
  readonly name = 'zzd';
  readonly label = { zh: '浙政钉工作通知', en: 'Zhezhengding work notice' };

  constructor(private readonly opts: WebhookChannelOptions) {}

  async send(msg: ChannelMessage): Promise<void> {
    const body = JSON.stringify({
      msgId: msg.id,
      receiverId: msg.to,
      msg: { msgType: 'oa', title: msg.title, content: msg.body, url: absoluteLink(msg.link, this.opts.linkBase) },
    });
    const timestamp = String(Date.now());
    const nonce = randomBytes(8).toString('hex');
    await postJson(this.opts.url, body, {
      'x-zd-app-key': this.opts.appKey,
      'x-zd-timestamp': timestamp,
      'x-zd-nonce': nonce,
      'x-zd-signature': signWebhook(this.opts.secret, timestamp, nonce, body),
      'idempotency-key': msg.id,
    }, this.opts.timeoutMs ?? 10_000);
  }
}
