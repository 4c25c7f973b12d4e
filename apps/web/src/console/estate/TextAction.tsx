import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';

export interface TextActionRequest {
  title: string;
  label: string;
  required?: boolean;
  successText?: string;
  run(text: string): Promise<unknown>;
}

/** An action that needs a written note (approve with a note, report rectification…): one text field in a drawer. */
export function useTextAction() {
  const [req, setReq] = useState<TextActionRequest | null>(null);
  return { ask: setReq, drawer: <TextActionDrawer req={req} onClose={() => setReq(null)} /> };
}

function TextActionDrawer({ req, onClose }: { req: TextActionRequest | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<{ text: string }> open={!!req} onClose={onClose} title={req?.title ?? ''} width={480} successText={req?.successText}
      onSubmit={async (v) => req!.run((v.text ?? '').trim())} testid="estate-text-action">
      <Form.Item name="text" label={req?.label} rules={req?.required ? [{ required: true, whitespace: true, message: t('estate.common.required') }] : []}>
        <Input.TextArea rows={4} maxLength={1000} data-testid="estate-text-action-text" />
      </Form.Item>
    </FormDrawer>
  );
}
