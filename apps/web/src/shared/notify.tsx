import { App } from 'antd';
import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { NotificationInstance } from 'antd/es/notification/interface';
import i18n from 'i18next';
import { useEffect } from 'react';
import { ApiError, type ApiErrorBody } from './api';

let messageApi: MessageInstance | null = null;
let notificationApi: NotificationInstance | null = null;
let modalApi: ReturnType<typeof App.useApp>['modal'] | null = null;

/** Mounted once inside antd's <App>: lets non-React code (the API client, React Query) show toasts. */
export function NotifyHolder() {
  const { message, notification, modal } = App.useApp();
  useEffect(() => {
    messageApi = message;
    notificationApi = notification;
    modalApi = modal;
  }, [message, notification, modal]);
  return null;
}

export const isEnglish = () => (i18n.resolvedLanguage ?? i18n.language ?? 'zh-CN').startsWith('en');

/** The server's message in the current language. */
export function errorText(body: ApiErrorBody): string {
  return isEnglish() ? body.messageEn || body.message : body.message || body.messageEn;
}

export function showError(err: unknown): void {
  if (err instanceof ApiError) {
    if (err.status === 401 && err.body.code !== 'AUTH_INVALID') return; // the shell redirects to sign-in
    const fields = err.body.fields?.map((f) => f.message).filter(Boolean) ?? [];
    if (fields.length && notificationApi) {
      notificationApi.error({ title: errorText(err.body), description: fields.join('；'), placement: 'topRight' });
    } else {
      messageApi?.error(errorText(err.body));
    }
    return;
  }
  messageApi?.error(err instanceof Error ? err.message : String(err));
}

export function showSuccess(text: string): void {
  messageApi?.success(text);
}

/** Puts the server's field errors under the matching form fields; returns whether there were any. */
export function applyFieldErrors(form: FormInstance, err: unknown): boolean {
  if (!(err instanceof ApiError) || !err.body.fields?.length) return false;
  form.setFields(
    err.body.fields.map((f) => ({ name: f.path.replace(/^body[./]/, '').replace(/^\//, '').split(/[./]/), errors: [f.message] })),
  );
  return true;
}

/** A confirmation dialog before a destructive action; resolves to whether the user confirmed. */
export function confirmAction(title: string, danger = true): Promise<boolean> {
  return new Promise((resolve) => {
    if (!modalApi) return resolve(window.confirm(title));
    modalApi.confirm({ title, okButtonProps: { danger }, onOk: () => resolve(true), onCancel: () => resolve(false) });
  });
}
