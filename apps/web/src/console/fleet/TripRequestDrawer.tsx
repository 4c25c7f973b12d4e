import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../shared/FormDrawer';
import { fileTripRequest } from './fleet.api';

interface Values { purpose: string; window: [Dayjs, Dayjs]; origin: string; destinations: string[]; passengerCount: number; passengerNames?: string; needDriver: boolean; inCity: boolean }

export const splitNames = (s: string | undefined) => (s ?? '').split(/[\s,，、]+/).map((x) => x.trim()).filter(Boolean);

/** 新建用车申请: who, how many, where, when, why; it then goes to the agency's approval. */
export function TripRequestDrawer({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer<Values>
      open={open}
      title={t('fleet.request.new')}
      onClose={onClose}
      testid="fleet-request-drawer"
      successText={t('fleet.request.submitted')}
      initialValues={{ destinations: [''], passengerCount: 1, needDriver: true, inCity: true }}
      onSubmit={async (v) => {
        await fileTripRequest({
          purpose: v.purpose.trim(), plannedStart: v.window[0].toISOString(), plannedEnd: v.window[1].toISOString(), origin: v.origin.trim(),
          destinations: v.destinations.map((d) => d.trim()).filter(Boolean), passengerCount: v.passengerCount, passengerNames: splitNames(v.passengerNames),
          needDriver: v.needDriver, inCity: v.inCity,
        });
        onSaved();
      }}
    >
      <Form.Item name="purpose" label={t('fleet.request.purpose')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input data-testid="fleet-request-purpose" /></Form.Item>
      <Form.Item name="window" label={t('fleet.request.window')} rules={[{ required: true }]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="fleet-request-window" />
      </Form.Item>
      <Form.Item name="origin" label={t('fleet.request.origin')} rules={[{ required: true, whitespace: true, max: 100 }]}><Input data-testid="fleet-request-origin" /></Form.Item>
      <Form.List name="destinations">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Form.Item key={f.key} label={i === 0 ? t('fleet.request.destinations') : undefined} required={i === 0}>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name={f.name} noStyle rules={[{ required: i === 0, whitespace: true, message: t('fleet.request.destinations') }]}><Input data-testid={`fleet-request-destination-${i}`} /></Form.Item>
                  {i > 0 && <Button icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />}
                </Space.Compact>
              </Form.Item>
            ))}
            {fields.length < 5 && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ marginBottom: 16 }}>{t('fleet.request.addDestination')}</Button>}
          </>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col span={8}><Form.Item name="passengerCount" label={t('fleet.request.passengers')} rules={[{ required: true }]}><InputNumber min={1} max={60} style={{ width: '100%' }} /></Form.Item></Col>
        <Col span={8}><Form.Item name="needDriver" label={t('fleet.request.needDriver')} valuePropName="checked"><Switch /></Form.Item></Col>
        <Col span={8}><Form.Item name="inCity" label={t('fleet.request.inCity')} valuePropName="checked"><Switch /></Form.Item></Col>
      </Row>
      <Form.Item name="passengerNames" label={t('fleet.request.passengerNames')}><Input.TextArea rows={2} /></Form.Item>
    </FormDrawer>
  );
}
