import { Button, Drawer, Form, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, confirmAction, showError, showSuccess } from './notify';

export interface FormDrawerProps<V> {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  initialValues?: Partial<V>;
  /** Saves; resolve to close the drawer with a success toast, throw to keep it open. */
  onSubmit(values: V): Promise<unknown>;
  successText?: string;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  width?: number;
  testid?: string;
  /** Show the values without a save button (e.g. built-in records). */
  readOnly?: boolean;
  /** For irreversible steps: the question asked before saving (null saves without asking); cancelling keeps the drawer and its values. */
  confirm?(values: V): string | null;
  /** The save button's text (default 保存); with `confirm`, the button is marked dangerous. */
  okText?: string;
  /** False while something (an upload) must finish first; the save button stays disabled. */
  ready?: boolean;
}

/** A form in a drawer, validated on blur and on submit, server field errors under the fields. */
export function FormDrawer<V extends object>(props: FormDrawerProps<V>) {
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
    const question = props.confirm?.(values);
    if (question && !(await confirmAction(question))) return;
    setSaving(true);
    try {
      await props.onSubmit(values);
      showSuccess(props.successText ?? t('common.saved'));
      props.onClose();
    } catch (e) {
      applyFieldErrors(form, e);
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={props.open}
      title={props.title}
      onClose={props.onClose}
      size={props.width ?? 520}
      forceRender
      data-testid={props.testid ?? 'form-drawer'}
      extra={
        <Space>
          <Button onClick={props.onClose}>{props.readOnly ? t('common.close') : t('common.cancel')}</Button>
          {!props.readOnly && (<Button type="primary" danger={!!props.confirm} loading={saving} disabled={props.ready === false} onClick={() => void submit()} data-testid="drawer-submit">
            {props.okText ?? t('common.save')}
          </Button>)}
        </Space>
      }
    >
      <Form form={form} layout="vertical" disabled={props.readOnly} validateTrigger={['onBlur', 'onSubmit']} onFinish={() => void submit()}>
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Drawer>
  );
}
