import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { get, post } from '../../shared/api';
import { CodeTag, useLabel, useOrgCodes } from '../../shared/codes';
import { showError } from '../../shared/notify';
import type { Person } from './types';

/** 人员详情, with the 显示 (eye) button that reveals the identity number and mobile (audited). */
export function PersonDetail({ id, onClose, onEdit }: { id: string | null; onClose(): void; onEdit?(p: Person): void }) {
  const { t } = useTranslation();
  const can = useCan();
  const codes = useOrgCodes();
  const label = useLabel();
  const [revealed, setRevealed] = useState<{ idNumber: string | null; mobile: string | null } | null>(null);
  const q = useQuery({ queryKey: ['/api/v1/org/people', id], queryFn: () => get<Person>(`/api/v1/org/people/${id}`), enabled: !!id });
  useEffect(() => setRevealed(null), [id]);
  const p = q.data;

  const reveal = async () => {
    if (revealed) return setRevealed(null);
    try {
      setRevealed(await post<{ idNumber: string | null; mobile: string | null }>(`/api/v1/org/people/${id}/reveal`));
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={p ? `${p.name} · ${p.agencyName}` : t('org.personDetail')}
      size={560}
      data-testid="person-detail"
      extra={
        <Space>
          {p && can('org:person:reveal') && (
            <Button icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />} onClick={() => void reveal()} data-testid="person-reveal">
              {revealed ? t('org.hide') : t('org.reveal')}
            </Button>
          )}
          {p && onEdit && can('org:person:write') && (
            <Button type="primary" onClick={() => onEdit(p)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      }
    >
      {!p ? (
        <Spin />
      ) : (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('org.personName')}>{p.name}</Descriptions.Item>
          <Descriptions.Item label={t('org.gender')}>{label(codes.genders, p.gender)}</Descriptions.Item>
          <Descriptions.Item label={t('org.agency')}>{p.agencyName}</Descriptions.Item>
          <Descriptions.Item label={t('org.department')}>{p.departmentName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.rank')}>
            <CodeTag list={codes.ranks} code={p.rank} />
          </Descriptions.Item>
          <Descriptions.Item label={t('org.post')}>{p.post ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.adminLevel')}>{label(codes.adminLevels, p.adminLevel)}</Descriptions.Item>
          <Descriptions.Item label={t('org.idNumber')}>
            <span data-testid="person-idNumber">{(revealed ? revealed.idNumber : p.idNumberMasked) ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('org.mobile')}>
            <span data-testid="person-mobile">{(revealed ? revealed.mobile : p.mobileMasked) ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('org.birthday')}>{p.birthday ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.entryDate')}>{p.entryDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('common.status')}>
            <CodeTag list={codes.personStatuses} code={p.status} />
          </Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
