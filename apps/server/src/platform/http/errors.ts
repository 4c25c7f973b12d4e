/** One error type for the whole product: a stable code, an HTTP status, zh-CN and en-US text. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly messageZh: string,
    public readonly messageEn: string,
    public readonly fields?: FieldError[],
    public readonly ref?: Record<string, unknown>,
  ) {
    super(messageEn);
    this.name = 'AppError';
  }

  toBody() {
    return {
      code: this.code,
      message: this.messageZh,
      messageEn: this.messageEn,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.ref ? { ref: this.ref } : {}),
    };
  }
}

export const errors = {
  validation: (fields: FieldError[], zh = '提交的数据有误，请检查标出的字段', en = 'The request has invalid fields') =>
    new AppError(400, 'VALIDATION_FAILED', zh, en, fields),
  badRequest: (code: string, zh: string, en: string) => new AppError(400, code, zh, en),
  unauthenticated: () => new AppError(401, 'AUTH_REQUIRED', '请先登录', 'Please sign in'),
  forbidden: (permission?: string) =>
    new AppError(403, 'FORBIDDEN', '您没有执行此操作的权限', 'You do not have permission for this action',
      undefined, permission ? { permission } : undefined),
  notFound: (what: string, whatEn: string) =>
    new AppError(404, 'NOT_FOUND', `${what}不存在或您无权查看`, `${whatEn} not found or not visible to you`),
  conflict: (code: string, zh: string, en: string, ref?: Record<string, unknown>) =>
    new AppError(409, code, zh, en, undefined, ref),
  rule: (code: string, zh: string, en: string, ref?: Record<string, unknown>) =>
    new AppError(422, code, zh, en, undefined, ref),
};
