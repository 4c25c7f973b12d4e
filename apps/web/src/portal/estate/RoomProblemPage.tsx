import { useQuery } from '@tanstack/react-query';
import { Button, ErrorBlock, Form, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { post } from '../../shared/api';
import { Loading, SubPage } from '../Frame';
import { PK, toastError } from '../data';
import { myOffice } from './MyOfficePage';

const CATEGORIES = ['repair', 'cleaning', 'safety', 'furniture', 'network', 'other'] as const;
interface Values { roomId: string[]; category: string[]; description: string }

/** 房间报修 / 问题反馈: report a problem with one of my rooms. */
export default function RoomProblemPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sp] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const q = useQuery({ queryKey: [PK, 'estate-my-office'], queryFn: myOffice, retry: false });
  const rooms = q.data?.rooms ?? [];
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await post('/api/v1/estate/my/room-problems', { roomId: v.roomId[0], category: v.category[0], description: v.description.trim() });
      Toast.show({ icon: 'success', content: t('estate.portal.reported') });
      navigate('/m/estate/office');
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SubPage title={t('estate.portal.problem')} testid="portal-estate-problem">
      {q.isLoading ? <Loading /> : rooms.length === 0 ? (
        <ErrorBlock className="zdm-empty" status="empty" title={t('estate.portal.noOffice')} description={t('estate.portal.noOfficeHint')} />
      ) : (
        <Form layout="vertical" onFinish={submit} initialValues={{ roomId: [sp.get('room') ?? rooms[0]!.roomId], category: ['repair'] }}
          footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-estate-problem-submit">{t('estate.portal.submit')}</Button>}>
          <Form.Item name="roomId" label={t('estate.portal.room')} rules={[{ required: true, message: t('estate.common.required') }]}>
            <Selector columns={2} options={rooms.map((r) => ({ value: r.roomId, label: `${r.buildingName} ${r.number}` }))} />
          </Form.Item>
          <Form.Item name="category" label={t('estate.portal.category')} rules={[{ required: true, message: t('estate.common.required') }]}>
            <Selector columns={3} options={CATEGORIES.map((c) => ({ value: c, label: t(`estate.portal.categoryKind.${c}`) }))} />
          </Form.Item>
          <Form.Item name="description" label={t('estate.portal.description')} rules={[{ required: true, min: 2, message: t('estate.portal.descriptionRule') }]}>
            <TextArea rows={4} maxLength={1000} showCount placeholder={t('estate.portal.descriptionPh')} data-testid="portal-estate-problem-text" />
          </Form.Item>
        </Form>
      )}
    </SubPage>
  );
}
