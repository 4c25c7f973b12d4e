import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Drawer, Empty, Form, Input, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, post } from '../../shared/api';
import { formatInstant, isEn } from '../../shared/format';
import { showError, showSuccess } from '../../shared/notify';
import { RemoteSelect } from '../../shared/RemoteSelect';
import { API, STATUS_COLOURS, yuan, type InstanceDetail } from './types';

interface Props {
  instanceId: string | null;
  /** The signed-in account's open task on this instance: shows the approval actions. */
  taskId?: string | null;
  onClose(): void;
  /** After an action that changed the instance. */
  onDone?(): void;
  /** Extra actions of the applicant (withdraw, resubmit…). */
  extra?: React.ReactNode;
}

type Verb = 'approve' | 'reject' | 'return' | 'delegate' | 'comment';
const ids = (text: string | undefined) => (text ?? '').split(/[\s,，]+/).map((s) => s.trim()).filter(Boolean);

/** 审批详情: key facts, the steps, who holds each task, the timeline, and the actions of the assignee. */
export function InstanceDrawer({ instanceId, taskId, onClose, onDone, extra }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment?: string; attachments?: string; toAccountId?: string }>();
  const [busy, setBusy] = useState<Verb | null>(null);
  const q = useQuery({ queryKey: [API, 'instance', instanceId], queryFn: () => get<InstanceDetail>(`${API}/instances/${instanceId}`), enabled: !!instanceId });
  const d = q.data;

  const act = async (verb: Verb) => {
    const v = form.getFieldsValue();
    if ((verb === 'reject' || verb === 'return' || verb === 'comment') && !v.comment?.trim()) {
      form.setFields([{ name: 'comment', errors: [t('workflow.form.commentRequired')] }]);
      return;
    }
    if (verb === 'delegate' && !v.toAccountId) {
      form.setFields([{ name: 'toAccountId', errors: [t('workflow.form.delegateToRequired')] }]);
      return;
    }
    const body = { comment: v.comment?.trim() || null, attachmentIds: ids(v.attachments), ...(verb === 'delegate' ? { toAccountId: v.toAccountId } : {}) };
    setBusy(verb);
    try {
      if (verb === 'comment') await post(`${API}/instances/${instanceId}/comment`, body);
      else await post(`${API}/tasks/${taskId}/${verb}`, body);
      showSuccess(t('workflow.action.done'));
      form.resetFields();
      if (verb === 'comment') void q.refetch();
      else {
        onDone?.();
        onClose();
      }
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const stepStatus = (i: number): 'wait' | 'process' | 'finish' | 'error' => {
    if (!d) return 'wait';
    if (d.status === 'approved') return d.steps[i]!.applies ? 'finish' : 'wait';
    if (i === d.currentStep) return 'process';
    const mine = d.tasks.filter((x) => x.stepIndex === i && x.round === d.round);
    if (mine.some((x) => x.status === 'rejected' || x.status === 'returned')) return 'error';
    return i < d.currentStep || (d.currentStep === -1 && mine.some((x) => x.status === 'approved')) ? 'finish' : 'wait';
  };

  return (
    <Drawer open={!!instanceId} onClose={onClose} size={760} title={t('workflow.detail.title')} data-testid="wf-instance-drawer" extra={extra}>
      {q.isLoading && <Empty description="…" />}
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2} title={<span data-testid="wf-instance-title">{d.title}</span>}
            extra={<Tag color={STATUS_COLOURS[d.status]} data-testid="wf-instance-status">{t(`workflow.instanceStatus.${d.status}`)}</Tag>}>
            <Descriptions.Item label={t('workflow.col.type')}>{isEn() ? d.businessTypeNameEn : d.businessTypeName}</Descriptions.Item>
            <Descriptions.Item label={t('workflow.col.applicant')}>{d.applicantName}（{d.applicantPersonName}）</Descriptions.Item>
            <Descriptions.Item label={t('workflow.col.agency')}>{d.agencyName}{d.departmentName ? ` / ${d.departmentName}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('workflow.col.submittedAt')}>{formatInstant(d.createdAt)}</Descriptions.Item>
            {d.subject.kind && <Descriptions.Item label={t('workflow.col.kind')}>{t(`workflow.kind.${d.subject.kind}`, { defaultValue: d.subject.kind })}</Descriptions.Item>}
            {d.subject.amountFen != null && <Descriptions.Item label={t('workflow.col.amount')}>{yuan(d.subject.amountFen)}</Descriptions.Item>}
          </Descriptions>

          <Card size="small" title={t('workflow.detail.steps')}>
            <Steps orientation="vertical" size="small" data-testid="wf-steps"
              items={d.steps.map((s) => ({
                status: stepStatus(s.index),
                title: s.name,
                content: (
                  <Space orientation="vertical" size={2}>
                    <Typography.Text type="secondary">
                      {!s.applies ? t('workflow.detail.skipped') : [s.parties > 1 ? t(s.mode === 'all' ? 'workflow.detail.parallelAll' : 'workflow.detail.parallelAny') : null, s.slaHours ? t('workflow.detail.sla', { hours: s.slaHours }) : null].filter(Boolean).join(' · ')}
                    </Typography.Text>
                    <Space wrap size={4}>
                      {d.tasks.filter((x) => x.stepIndex === s.index && x.round === d.round).map((x) => (
                        <Tag key={x.id} color={STATUS_COLOURS[x.status]}>
                          {x.accountName}{t(`workflow.via.${x.via}`, { defaultValue: '' })} · {t(`workflow.taskStatus.${x.status}`)}{x.dueAt && x.status === 'open' ? ` · ${formatInstant(x.dueAt)}` : ''}
                        </Tag>
                      ))}
                    </Space>
                  </Space>
                ),
              }))}
            />
          </Card>

          <Card size="small" title={t('workflow.detail.timeline')}>
            <Timeline data-testid="wf-timeline"
              items={d.events.map((e) => ({
                color: e.action === 'reject' ? 'red' : e.action === 'remind' || e.action === 'escalate' || e.action === 'return' ? 'orange' : e.action === 'approve' || e.action === 'approved' ? 'green' : 'blue',
                content: (
                  <div data-testid={`wf-event-${e.action}`}>
                    <Typography.Text strong>{t(`workflow.event.${e.action}`, { defaultValue: e.action })}</Typography.Text>
                    {e.stepIndex !== null && d.steps[e.stepIndex] ? <Typography.Text type="secondary">（{d.steps[e.stepIndex]!.name}）</Typography.Text> : null}
                    <Typography.Text type="secondary"> · {e.actorName} · {formatInstant(e.at)}</Typography.Text>
                    {typeof e.details.toName === 'string' && <div>→ {e.details.toName}</div>}
                    {e.comment && <div><Typography.Text>{e.comment}</Typography.Text></div>}
                    {e.attachmentIds.length > 0 && <div><Typography.Text type="secondary">{t('workflow.form.attachments')}：{e.attachmentIds.join('、')}</Typography.Text></div>}
                  </div>
                ),
              }))}
            />
          </Card>

          {(taskId || d.status === 'running' || d.status === 'returned') && (
            <Card size="small" title={taskId ? t('workflow.action.handle') : t('workflow.action.comment')}>
              {taskId && d.status !== 'running' && <Alert type="info" title={t(`workflow.instanceStatus.${d.status}`)} />}
              <Form form={form} layout="vertical">
                <Form.Item name="comment" label={t('workflow.form.comment')}>
                  <Input.TextArea rows={3} maxLength={1000} showCount data-testid="wf-comment" />
                </Form.Item>
                <Form.Item name="attachments" label={t('workflow.form.attachments')} extra={t('workflow.form.attachmentsHint')}>
                  <Input.TextArea rows={1} data-testid="wf-attachments" />
                </Form.Item>
                {taskId && (
                  <Form.Item name="toAccountId" label={t('workflow.form.delegateTo')}>
                    <RemoteSelect<{ id: string; displayName: string; username: string; agencyName: string | null }>
                      path={`${API}/accounts`} labelOf={(a) => `${a.displayName}（${a.agencyName ?? a.username}）`} testid="wf-delegate-to" />
                  </Form.Item>
                )}
              </Form>
              <Space wrap>
                {taskId && (
                  <>
                    <Button type="primary" loading={busy === 'approve'} onClick={() => void act('approve')} data-testid="wf-approve">{t('workflow.action.approve')}</Button>
                    <Button danger loading={busy === 'reject'} onClick={() => void act('reject')} data-testid="wf-reject">{t('workflow.action.reject')}</Button>
                    <Button loading={busy === 'return'} onClick={() => void act('return')} data-testid="wf-return">{t('workflow.action.return')}</Button>
                    <Button loading={busy === 'delegate'} onClick={() => void act('delegate')} data-testid="wf-delegate">{t('workflow.action.delegate')}</Button>
                  </>
                )}
                <Button loading={busy === 'comment'} onClick={() => void act('comment')} data-testid="wf-comment-submit">{t('workflow.action.comment')}</Button>
              </Space>
            </Card>
          )}
        </Space>
      )}
    </Drawer>
  );
}
