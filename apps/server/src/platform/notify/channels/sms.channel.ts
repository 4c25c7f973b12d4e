import { absoluteLink, postJson, type Channel, type ChannelMessage } from './channel.js';

export interface SmsChannelOptions {
  /** The SMS gateway's send endpoint (the operator's or the government SMS platform's). */
  url: string;
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string;
  /** 短信签名, e.g. '舟到e管家'; put in 【】 before the text. */
  signName?: string;
  linkBase?: string;
  timeoutMs?: number;
}

/** SMS through an HTTP gateway: POST { msgId, mobile, content } as JSON. */
export class SmsChannel implements Channel {
  readonly name = 'sms';
  readonly label = { zh: '短信', en: 'SMS' };

  constructor(private readonly opts: SmsChannelOptions) {}

  async send(msg: ChannelMessage): Promise<void> {
    const link = absoluteLink(msg.link, this.opts.linkBase);
    const sign = this.opts.signName ? `【${this.opts.signName}】` : '';
    const content = `${sign}${msg.title}：${msg.body}${link ? ` ${link}` : ''}`;
    const body = JSON.stringify({ msgId: msg.id, mobile: msg.to, content });
    await postJson(this.opts.url, body, {
      'idempotency-key': msg.id,
      ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
    }, this.opts.timeoutMs ?? 10_000);
  }
}
