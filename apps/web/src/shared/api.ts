import createClient from 'openapi-fetch';
import type { paths } from '@zd/api-types';

/** The error body of every API endpoint. */
export interface ApiErrorBody {
  code: string;
  message: string;
  messageEn: string;
  fields?: { path: string; code: string; message: string }[];
  ref?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
/** Called on any 401 outside the sign-in calls: the shell sends the user to the sign-in page. */
export const setUnauthenticatedHandler = (fn: (() => void) | null) => {
  onUnauthenticated = fn;
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const SILENT_401 = ['/api/v1/auth/login', '/api/v1/auth/me'];

/** fetch with the session cookie, the CSRF header on writes and the 401 redirect. */
async function zdFetch(input: Request): Promise<Response> {
  const req = input;
  if (!SAFE.has(req.method.toUpperCase()) && csrfToken) req.headers.set('X-CSRF-Token', csrfToken);
  const res = await fetch(req);
  if (res.status === 401 && !SILENT_401.some((p) => new URL(req.url).pathname === p)) onUnauthenticated?.();
  return res;
}

/** The typed client: paths and bodies come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', fetch: zdFetch });

async function toError(res: Response): Promise<ApiError> {
  let body: ApiErrorBody;
  try {
    body = (await res.json()) as ApiErrorBody;
    if (!body || typeof body.message !== 'string') throw new Error('not an error body');
  } catch {
    body = {
      code: `HTTP_${res.status}`,
      message: `请求失败（HTTP ${res.status}）`,
      messageEn: `Request failed (HTTP ${res.status})`,
    };
  }
  return new ApiError(res.status, body);
}

/** Unwraps an openapi-fetch result, throwing ApiError on failure. */
export async function unwrap<T>(p: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const r = await p;
  if (!r.response.ok) {
    const e = r.error as ApiErrorBody | undefined;
    if (e && typeof e.message === 'string') throw new ApiError(r.response.status, e);
    throw new ApiError(r.response.status, {
      code: `HTTP_${r.response.status}`,
      message: `请求失败（HTTP ${r.response.status}）`,
      messageEn: `Request failed (HTTP ${r.response.status})`,
    });
  }
  return r.data as T;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

/** The query parameters a typed GET route takes. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

/** Drops empty values and narrows a URL-built query to a typed route's parameters (the server validates them). */
export function typedQuery<P extends keyof paths>(q: Query): QueryOf<P> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out as QueryOf<P>;
}

export function queryString(q: Query | undefined): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(q ?? {})) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/**
 * Thin untyped fallback for routes not yet in the generated types (and for raw bodies such as
 * .xlsx uploads). Same cookie, CSRF and error handling as the typed client.
 */
export async function http<T>(method: string, path: string, opts: { query?: Query; body?: unknown; contentType?: string } = {}): Promise<T> {
  const headers = new Headers();
  let body: BodyInit | undefined;
  if (opts.body instanceof Blob || opts.body instanceof ArrayBuffer) {
    body = opts.body;
    headers.set('Content-Type', opts.contentType ?? 'application/octet-stream');
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers.set('Content-Type', 'application/json');
  }
  const url = new URL(path + queryString(opts.query), window.location.origin);
  const res = await zdFetch(new Request(url, { method, headers, body, credentials: 'same-origin' }));
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, query?: Query) => http<T>('GET', path, { query });
export const post = <T>(path: string, body?: unknown) => http<T>('POST', path, { body: body ?? {} });
export const patch = <T>(path: string, body: unknown) => http<T>('PATCH', path, { body });
export const del = <T>(path: string) => http<T>('DELETE', path);

export interface Page<T> {
  items: T[];
  total: number;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Typed list fetchers (paths without a trailing slash, as the server declares them). */
export const listAgencies = (q: Query = {}) => unwrap(api.GET('/api/v1/org/agencies', { params: { query: typedQuery<'/api/v1/org/agencies'>(q) } }));
export const getAgency = (id: string) => unwrap(api.GET('/api/v1/org/agencies/{id}', { params: { path: { id } } }));
export const listPeople = (q: Query = {}) => unwrap(api.GET('/api/v1/org/people', { params: { query: typedQuery<'/api/v1/org/people'>(q) } }));
export const getDepartment = (id: string) => unwrap(api.GET('/api/v1/org/departments/{id}', { params: { path: { id } } }));
export const listPositions = (q: Query = {}) => unwrap(api.GET('/api/v1/org/positions', { params: { query: typedQuery<'/api/v1/org/positions'>(q) } }));
