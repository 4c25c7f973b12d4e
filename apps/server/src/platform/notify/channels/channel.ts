/** One message to one address, as a channel adapter receives it. */
export interface ChannelMessage {
  /** The outbox row id: stable across retries, so a receiver can drop duplicates. */
  id: string;
  /** The channel's address: an e-mail address, a mobile number, a 浙政钉 account id. */
  to: string;
  title: string;
  body: string;
  /** A path in the web app or a full URL; null when there is nothing to open. */
  link: string | null;
}

/** A way out of the platform. `send` resolves once the other side has accepted the message. */
export interface Channel {
  readonly name: string;
  /** Shown on the preferences page. */
  readonly label: { zh: string; en: string };
  send(msg: ChannelMessage): Promise<void>;
}

/** A failure that retrying cannot fix (a rejected address, a 4xx answer): the row fails at once. */
export class PermanentChannelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentChannelError';
  }
}

/** A relative link made absolute with the public URL of the web app, for messages read outside it. */
export function absoluteLink(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  if (/^https?:\/\//.test(link) || !base) return link;
  return `${base.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/** POSTs JSON; 2xx is success, 4xx (but 408/429) is permanent, anything else is retried. */
export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text().catch(() => '');
  if (res.ok) return;
  const msg = `HTTP ${res.status} from ${new URL(url).host}: ${text.slice(0, 300)}`;
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) throw new PermanentChannelError(msg);
  throw new Error(msg);
}
