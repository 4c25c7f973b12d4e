import { eq, inArray } from 'drizzle-orm';
import { accounts } from '../auth/auth.table.js';
import type { AppConfig } from '../config/config.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { people } from '../org/org.table.js';
import { SmsChannel, SmtpChannel, WebhookChannel, type AddressBook, type Channel } from './index.js';

/** The outbound channels that the configuration enables (none by default: in-app only). */
export function channelsFromConfig(config: AppConfig): Channel[] {
  const channels: Channel[] = [];
  const linkBase = config.publicUrl;
  if (config.smtpHost) {
    channels.push(new SmtpChannel({
      host: config.smtpHost, port: config.smtpPort, secure: config.smtpSecure, from: config.mailFrom, linkBase,
      ...(config.smtpUser ? { user: config.smtpUser, pass: config.smtpPass ?? '' } : {}),
    }));
  }
  if (config.smsGatewayUrl) channels.push(new SmsChannel({ url: config.smsGatewayUrl, token: config.smsGatewayToken, signName: config.smsSignName, linkBase }));
  if (config.zzdWebhookUrl && config.zzdAppKey && config.zzdSecret) {
    channels.push(new WebhookChannel({ url: config.zzdWebhookUrl, appKey: config.zzdAppKey, secret: config.zzdSecret, linkBase }));
  }
  return channels;
}

/** Where a channel reaches an account: SMS to the linked person's mobile; 浙政钉 by account id until an id mapping exists. */
export function addressBookOf(db: Db, crypto: FieldCrypto): AddressBook {
  return async (channel, ids) => {
    if (channel === 'sms') {
      const rows = await db.select({ id: accounts.id, mobileEnc: people.mobileEnc }).from(accounts)
        .innerJoin(people, eq(people.id, accounts.personId)).where(inArray(accounts.id, ids));
      return new Map(rows.filter((r) => r.mobileEnc).map((r) => [r.id, crypto.decrypt(r.mobileEnc!)]));
    }
    if (channel === 'zzd') return new Map(ids.map((id) => [id, id]));
    return new Map(); // e-mail: no address column yet
  };
}
