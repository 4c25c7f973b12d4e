import { useQueryClient } from '@tanstack/react-query';
import type { paths } from '@zd/api-types';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, http, setCsrfToken, setUnauthenticatedHandler, unwrap } from '../shared/api';

/** The signed-in account as GET /auth/me and POST /auth/login answer it (with its roles). */
export type Me = paths['/api/v1/auth/me']['get']['responses'][200]['content']['application/json']['user'];
export type MyRole = Me['roles'][number];

interface AuthState {
  /** undefined while the session is being checked, null when signed out. */
  me: Me | null | undefined;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
  can(permission: string): boolean;
}

const Ctx = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const qc = useQueryClient();

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
    qc.clear();
  }, [qc]);

  const refresh = useCallback(async () => {
    try {
      const r = await unwrap(api.GET('/api/v1/auth/me'));
      setCsrfToken(r.csrfToken);
      setMe(r.user);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) signedOut();
      else throw e;
    }
  }, [signedOut]);

  useEffect(() => {
    setUnauthenticatedHandler(signedOut);
    refresh().catch(() => setMe(null));
    return () => setUnauthenticatedHandler(null);
  }, [refresh, signedOut]);

  const login = useCallback(
    async (username: string, password: string) => {
      const r = await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } }));
      qc.clear();
      setCsrfToken(r.csrfToken);
      setMe(r.user);
      return r.user;
    },
    [qc],
  );

  const logout = useCallback(async () => {
    try {
      await http('POST', '/api/v1/auth/logout', { body: {} });
    } finally {
      signedOut();
    }
  }, [signedOut]);

  const value = useMemo<AuthState>(
    () => ({ me, login, logout, refresh, can: (p) => !!me?.permissions.includes(p) }),
    [me, login, logout, refresh],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): AuthState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** Whether the signed-in account holds a permission. */
export const useCan = () => useAuth().can;
