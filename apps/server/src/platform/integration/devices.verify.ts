import { createHash, timingSafeEqual } from 'node:crypto';
import { Transform } from 'node:stream';
import { eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler, preParsingAsyncHookHandler } from 'fastify';
import { hmacSm3, sha256Hex } from '../crypto/hash.js';
import type { FieldCrypto } from '../crypto/field-crypto.js';
import type { Db } from '../db/types.js';
import { AppError } from '../http/errors.js';
import { deviceNonces, devices } from './integration.table.js';

/** Accepted clock difference between a device and the server, either way. */
export const DEVICE_SKEW_SECONDS = 300;

export interface VerifiedDevice {
  id: string;
  kind: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The device that signed the request (set by `verifyDevice`). */
    device?: VerifiedDevice;
  }
}

const BODY_HASH = Symbol('zd.deviceBodySha256');
type WithHash = FastifyRequest & { [BODY_HASH]?: string };
const EMPTY_SHA256 = sha256Hex('');

/** The string a device signs. `path` is the request target exactly as sent (path and query). */
export function deviceSigningString(method: string, path: string, timestamp: string, nonce: string, bodySha256: string): string {
  return `${method.toUpperCase()}\n${path}\n${timestamp}\n${nonce}\n${bodySha256}`;
}

/** The `X-Signature` for a request: hex HMAC-SM3 keyed with the device secret (its UTF-8 bytes). */
export function signDeviceRequest(secret: string, method: string, path: string, timestamp: string, nonce: string, body: string | Buffer = ''): string {
  return hmacSm3(Buffer.from(secret, 'utf8'), deviceSigningString(method, path, timestamp, nonce, sha256Hex(body)));
}

/** preParsing hook: hashes the raw body as it streams by, so the signature covers the bytes sent. */
export const captureBodyHash: preParsingAsyncHookHandler = async (req, _reply, payload) => {
  const hash = createHash('sha256');
  const tee = new Transform({
    transform(chunk: Buffer, _enc, cb) { hash.update(chunk); cb(null, chunk); },
    flush(cb) { (req as WithHash)[BODY_HASH] = hash.digest('hex'); cb(); },
  });
  payload.on('error', (e) => tee.destroy(e));
  return payload.pipe(tee);
};

const invalid = () => new AppError(401, 'DEVICE_SIGNATURE_INVALID', '设备签名无效', 'The device signature is not valid');
const skew = () => new AppError(401, 'DEVICE_TIMESTAMP_SKEW', `设备时间与服务器相差超过 ${DEVICE_SKEW_SECONDS} 秒，请校准设备时钟`, `The device clock is more than ${DEVICE_SKEW_SECONDS} s off`);
const replay = () => new AppError(409, 'DEVICE_REPLAY', '重复的设备请求（随机数已使用）', 'Replayed device request (nonce already used)');

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * The preHandler of device-ingest routes: checks `X-Device-Id`, `X-Timestamp` (±300 s), `X-Nonce`
 * (once per device) and `X-Signature`, then puts the device on `req.device`.
 */
export function createDeviceVerifier(db: Db, crypto: FieldCrypto, now: () => number = Date.now) {
  const secretQuery = db.select({ id: devices.id, kind: devices.kind, name: devices.name, secretEnc: devices.secretEnc, active: devices.active })
    .from(devices).where(eq(devices.id, sql.placeholder('id'))).prepare('zd_device_secret');

  const verifyDevice: preHandlerAsyncHookHandler = async function verifyDevice(req: FastifyRequest, _reply: FastifyReply) {
    const id = header(req, 'x-device-id');
    const timestamp = header(req, 'x-timestamp');
    const nonce = header(req, 'x-nonce');
    const signature = header(req, 'x-signature');
    if (!id || !timestamp || !nonce || !signature || !/^[0-9a-f-]{36}$/i.test(id) || !/^\d{1,12}$/.test(timestamp)
      || !/^[\w-]{8,128}$/.test(nonce) || !/^[0-9a-f]{64}$/i.test(signature)) throw invalid();
    const bodyHash = (req as WithHash)[BODY_HASH];
    // why: without the raw-body hash a tampered body could pass; a route missing the preParsing hook is a bug.
    if (bodyHash === undefined && req.body !== undefined && req.body !== null) throw new Error('device route lacks captureBodyHash (use deviceRoute options)');
    const [device] = await secretQuery.execute({ id: id.toLowerCase() });
    if (!device || !device.active) throw invalid();
    const secret = crypto.decrypt(device.secretEnc);
    const expected = Buffer.from(hmacSm3(Buffer.from(secret, 'utf8'), deviceSigningString(req.method, req.url, timestamp, nonce, bodyHash ?? EMPTY_SHA256)), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) throw invalid();
    const ts = Number(timestamp);
    if (Math.abs(now() / 1000 - ts) > DEVICE_SKEW_SECONDS) throw skew();
    // why: a nonce must be refused for as long as its timestamp would be accepted; a row past that may be reused.
    const expiresAt = new Date((ts + DEVICE_SKEW_SECONDS) * 1000);
    const fresh = await db.insert(deviceNonces).values({ deviceId: device.id, nonce, expiresAt })
      .onConflictDoUpdate({ target: [deviceNonces.deviceId, deviceNonces.nonce], set: { expiresAt }, setWhere: lt(deviceNonces.expiresAt, new Date(now())) })
      .returning({ nonce: deviceNonces.nonce });
    if (!fresh.length) throw replay();
    req.device = { id: device.id, kind: device.kind, name: device.name };
  };

  /** Route options of a device-ingest route: public to the access hook, signed instead. */
  const deviceRoute = { config: { public: true, device: true }, preParsing: captureBodyHash, preHandler: verifyDevice } as const;

  /** Deletes the nonces whose window has passed (a job every few minutes). */
  async function purgeNonces(at = new Date(now())): Promise<number> {
    const gone = await db.delete(deviceNonces).where(lt(deviceNonces.expiresAt, at)).returning({ nonce: deviceNonces.nonce });
    return gone.length;
  }

  return { verifyDevice, deviceRoute, purgeNonces };
}

export type DeviceVerifier = ReturnType<typeof createDeviceVerifier>;
