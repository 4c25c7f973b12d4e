import nodemailer, { type Transporter } from 'nodemailer';
import { absoluteLink, type Channel, type ChannelMessage } from './channel.js';

export interface SmtpChannelOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The sender, e.g. '"舟到e管家" <noreply@example.gov.cn>'. */
  from: string;
  /** Public URL of the web app, to turn relative links into full ones. */
  linkBase?: string;
  /** Refuse to send without TLS (default false). */
  requireTls?: boolean;
  timeoutMs?: number;
}

/** E-mail over SMTP with nodemailer (pooled connection). */
export class SmtpChannel implements Channel {
  readonly name = 'email';
  readonly label = { zh: '电子邮件', en: 'E-mail' };
  private readonly transport: Transporter;

  constructor(private readonly opts: SmtpChannelOptions) {
    const timeout = opts.timeoutMs ?? 15_000;
    this.transport = nodemailer.createTransport({
      host: opts.host,
      port: opts.port,
      secure: opts.secure ?? false,
      requireTLS: opts.requireTls ?? false,
      ...(opts.user ? { auth: { user: opts.user, pass: opts.pass ?? '' } } : {}),
      pool: true,
      maxConnections: 2,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout * 2,
    });
  }

  async send(msg: ChannelMessage): Promise<void> {
    const link = absoluteLink(msg.link, this.opts.linkBase);
    await this.transport.sendMail({
      from: this.opts.from,
      to: msg.to,
      subject: msg.title,
      text: link ? `${msg.body}\n\n${link}` : msg.body,
      headers: { 'X-Notify-Id': msg.id },
    });
  }

  close(): void {
    this.transport.close();
  }
}
