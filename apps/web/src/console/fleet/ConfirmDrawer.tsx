import { Button, Drawer, Form, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, confirmAction, showError, showSuccess } from '../../shared/notify';

/**
 * A form in a drawer (like the shared FormDrawer) whose save first asks for a confirmation — for the
 * irreversible steps (转待处置, 处置移交). Cancelling the confirmation keeps the drawer and its values.
 */
export function ConfirmDrawer<V extends object>(props: {
  open: boolean; title: ReactNode; onClose(): void; initialValues?: Partial<V>; testid: string; okText: string; successText: string;
  /** The question shown before saving; null saves without asking. */
  confirm(values: V): string | null;
  onSubmit(values: V): Promise<unknown>;
  /** False while something (an upload) must finish first; the button stays disabled. */
  ready?: boolean;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  width?: number;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (props.open) {
      form.resetFields();
      if (props.initialValues) form.setFieldsValue(props.initialValues as never);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.open]);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const question = props.confirm(values);
    if (question && !(await confirmAction(question))) return;
    setSaving(true);
    try {
      await props.onSubmit(values);
      showSuccess(props.successText);
      props.onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open={props.open} title={props.title} onClose={props.onClose} size={props.width ?? 560} forceRender data-testid={props.testid}
      extra={(
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger loading={saving} disabled={props.ready === false} onClick={() => void submit()} data-testid="drawer-submit">{props.okText}</Button>
        </Space>
      )}>
      <Form form={form} layout="vertical" validateTrigger={['onBlur', 'onSubmit']}>
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Drawer>
  );
}
