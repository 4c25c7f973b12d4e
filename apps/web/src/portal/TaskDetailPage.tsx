import { useQuery } from '@tanstack/react-query';
import { Button, Dialog, ErrorBlock, List, Steps, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { get, post, type Page } from '../shared/api';
import { yuan } from '../console/workflow/types';
import { Loading, SubPage } from './Frame';
import { isEn, PK, shortTime, toastError, useRefreshPortal, WF, type InstanceDetail, type Task } from './data';
import { TAG_COLOURS } from './TasksPage';

type Verb = 'approve' | 'return' | 'reject';

/** 审批详情 on a phone: the facts, the progress, the timeline; the assignee's 同意 / 退回 / 驳回 with a comment. */
export default function TaskDetailPage() {
  const { t } = useTranslation();
  const { instanceId } = useParams();
  const [sp] = useSearchParams();
  // From a message link there is no ?task=: look up my open task on this instance.
  const open = useQuery({
    queryKey: [PK, 'instance-task', instanceId],
    queryFn: () => get<Page<Task>>(`${WF}/tasks`, { status: 'open', instanceId }),
    enabled: !!instanceId && !sp.get('task'),
  });
  const taskId = sp.get('task') ?? open.data?.items[0]?.id ?? null;
  const navigate = useNavigate();
  const refresh = useRefreshPortal();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<Verb | null>(null);
  const q = useQuery({ queryKey: [PK, 'instance', instanceId], queryFn: () => get<InstanceDetail>(`${WF}/instances/${instanceId}`), enabled: !!instanceId });
  const d = q.data;
  const mine = !!taskId && !!d?.tasks.some((x) => x.id === taskId && x.status === 'open');

  const act = async (verb: Verb) => {
    const text = comment.trim();
    if (verb !== 'approve' && !text) {
      Toast.show({ content: t('portal.task.commentRequired') });
      return;
    }
    if (verb !== 'approve' && !(await Dialog.confirm({ content: t(verb === 'reject' ? 'portal.task.confirmReject' : 'portal.task.confirmReturn'), confirmText: t('portal.common.confirm'), cancelText: t('portal.common.cancel') }))) return;
    setBusy(verb);
    try {
      await post(`${WF}/tasks/${taskId}/${verb}`, { comment: text || null, attachmentIds: [] });
      Toast.show({ icon: 'success', content: t('portal.task.done') });
      await refresh();
      navigate('/m/tasks', { replace: true });
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(null);
    }
  };

  const stepStatus = (i: number): 'wait' | 'process' | 'finish' | 'error' => {
    if (!d) return 'wait';
    if (d.status === 'approved') return d.steps[i]!.applies ? 'finish' : 'wait';
    if (i === d.currentStep) return d.status === 'running' ? 'process' : 'error';
    return i < d.currentStep ? 'finish' : 'wait';
  };

  return (
    <SubPage title={t('portal.task.title')} back="/m/tasks" testid="portal-task-detail">
      {q.isLoading && <Loading />}
      {q.isError && <ErrorBlock status="default" title={t('portal.common.failed')} description="" />}
      {d && (
        <>
          <div className="zdm-card">
            <div className="zdm-row">
              <div className="zdm-card-title" data-testid="portal-task-title">{d.title}</div>
              <Tag color={TAG_COLOURS[d.status]} style={{ flex: 'none' }} data-testid="portal-instance-status">{t(`workflow.instanceStatus.${d.status}`)}</Tag>
            </div>
          </div>
          <List header={t('portal.task.facts')} mode="card" style={{ margin: '12px 12px 0' }}>
            <List.Item extra={isEn() ? d.businessTypeNameEn : d.businessTypeName}>{t('workflow.col.type')}</List.Item>
            <List.Item extra={`${d.applicantPersonName || d.applicantName}`}>{t('workflow.col.applicant')}</List.Item>
            <List.Item extra={<span style={{ whiteSpace: 'normal' }}>{d.agencyName}{d.departmentName ? ` / ${d.departmentName}` : ''}</span>}>{t('workflow.col.agency')}</List.Item>
            {d.subject.kind && <List.Item extra={t(`workflow.kind.${d.subject.kind}`, { defaultValue: d.subject.kind })}>{t('workflow.col.kind')}</List.Item>}
            {d.subject.amountFen != null && <List.Item extra={yuan(d.subject.amountFen)}>{t('workflow.col.amount')}</List.Item>}
            <List.Item extra={shortTime(d.createdAt)}>{t('workflow.col.submittedAt')}</List.Item>
          </List>

          <div className="zdm-section-title">{t('portal.task.steps')}</div>
          <div className="zdm-card" style={{ marginTop: 0 }}>
            <Steps direction="vertical" current={Math.max(d.currentStep, 0)}>
              {d.steps.map((s) => (
                <Steps.Step
                  key={s.index}
                  status={stepStatus(s.index)}
                  title={s.name}
                  description={!s.applies ? t('workflow.detail.skipped') : d.tasks.filter((x) => x.stepIndex === s.index && x.round === d.round).map((x) => `${x.accountName} · ${t(`workflow.taskStatus.${x.status}`)}`).join('；')}
                />
              ))}
            </Steps>
          </div>

          <div className="zdm-section-title">{t('portal.task.timeline')}</div>
          <div className="zdm-card" style={{ marginTop: 0 }} data-testid="portal-timeline">
            {d.events.map((e) => (
              <div key={e.id} style={{ paddingBottom: 10 }} data-testid={`portal-event-${e.action}`}>
                <div style={{ fontWeight: 600 }}>
                  {t(`workflow.event.${e.action}`, { defaultValue: e.action })}
                  {e.stepIndex !== null && d.steps[e.stepIndex] ? <span className="zdm-meta">（{d.steps[e.stepIndex]!.name}）</span> : null}
                </div>
                <div className="zdm-meta" style={{ marginTop: 2 }}>{e.actorName} · {shortTime(e.at)}</div>
                {e.comment && <div style={{ marginTop: 4, fontSize: 14 }}>{e.comment}</div>}
              </div>
            ))}
          </div>

          {mine ? (
            <>
              <div className="zdm-section-title">{t('portal.task.comment')}</div>
              <div className="zdm-card" style={{ marginTop: 0, marginBottom: 12 }}>
                <TextArea value={comment} onChange={setComment} placeholder={t('portal.task.commentPlaceholder')} rows={3} maxLength={1000} showCount data-testid="portal-comment" />
              </div>
              <div className="zdm-actions">
                <Button color="danger" fill="outline" loading={busy === 'reject'} disabled={!!busy} onClick={() => void act('reject')} data-testid="portal-reject">{t('portal.task.reject')}</Button>
                <Button color="warning" fill="outline" loading={busy === 'return'} disabled={!!busy} onClick={() => void act('return')} data-testid="portal-return">{t('portal.task.return')}</Button>
                <Button color="primary" loading={busy === 'approve'} disabled={!!busy} onClick={() => void act('approve')} data-testid="portal-approve">{t('portal.task.approve')}</Button>
              </div>
            </>
          ) : (
            <div className="zdm-meta" style={{ textAlign: 'center', padding: 16 }}>{taskId ? t('portal.task.notMine') : ''}</div>
          )}
        </>
      )}
    </SubPage>
  );
}
