import { useQuery } from '@tanstack/react-query';
import { Button, Form, Popup, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post, type Page } from '../../shared/api';
import { PK, toastError } from '../data';
import type { NoticeRound } from '../../console/estate/housing.types';

const H = '/api/v1/estate/housing';
type Entry = NoticeRound['entries'][number];

/** 公示: the rounds of my region under public notice with the approved applicants; I may object to an entry during the notice. */
export function HousingNotices() {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Entry | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ text: string }>();
  const notices = useQuery({ queryKey: [PK, 'estate-housing-notices'], queryFn: () => get<Page<NoticeRound>>(`${H}/rounds/notices`) });
  const items = notices.data?.items ?? [];
  if (!items.length) return null;
  const submit = async (v: { text: string }) => {
    if (!target) return;
    setBusy(true);
    try {
      await post(`${H}/objections`, { applicationId: target.applicationId, text: v.text.trim() });
      Toast.show({ icon: 'success', content: t('estate.portal.objected') });
      setTarget(null);
      form.resetFields();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="zdm-section-title">{t('estate.portal.notices')}</div>
      {items.map((r) => (
        <div key={r.id} className="zdm-card" data-testid={`portal-estate-notice-${r.code}`}>
          <div className="zdm-card-title">{r.name}</div>
          <div className="zdm-meta">{t('estate.portal.noticeWindow', { from: r.noticeStart, to: r.noticeEnd })}</div>
          {r.entries.map((e) => (
            <div key={e.applicationId} className="zdm-row" style={{ marginTop: 8 }}>
              <div>
                <div>{e.personName} {e.mine && <Tag color="primary" fill="outline">{t('estate.portal.mine')}</Tag>}</div>
                <div className="zdm-meta">{t('estate.portal.entryLine', { agency: e.agencyName, score: e.score })}</div>
              </div>
              {!e.mine && <Button size="mini" fill="outline" onClick={() => setTarget(e)} data-testid={`portal-estate-object-${e.applicationId}`}>{t('estate.portal.object')}</Button>}
            </div>
          ))}
        </div>
      ))}
      <Popup visible={!!target} onMaskClick={() => setTarget(null)} onClose={() => setTarget(null)} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}>
        {target && (
          <>
            <div style={{ padding: '14px 16px 0', fontSize: 17, fontWeight: 600 }}>{t('estate.portal.objectTitle', { name: target.personName })}</div>
            <Form form={form} layout="vertical" onFinish={submit}
              footer={<Button block type="submit" color="primary" size="large" loading={busy} data-testid="portal-estate-object-submit">{t('estate.portal.submit')}</Button>}>
              <Form.Item name="text" label={t('estate.portal.objectionText')} rules={[{ required: true, min: 2, whitespace: true, message: t('estate.portal.objectionRule') }]}>
                <TextArea rows={4} maxLength={1000} placeholder={t('estate.portal.objectionPh')} data-testid="portal-estate-object-text" />
              </Form.Item>
            </Form>
          </>
        )}
      </Popup>
    </>
  );
}
