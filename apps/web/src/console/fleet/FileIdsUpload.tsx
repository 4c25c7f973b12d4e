import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../shared/notify';
import { uploadFile } from './fleet.admin.api';

/**
 * A form field of uploaded files: each chosen file is uploaded at once through platform files under `use`;
 * the value is the ids of the files uploaded so far (attached by the form's own save). `onBusy` tells the
 * form while uploads are running.
 */
export function FileIdsUpload({ use, value, onChange, onBusy, accept, testid, maxCount = 20 }: {
  use: string; value?: string[]; onChange?(ids: string[]): void; onBusy?(busy: boolean): void; accept: string; testid: string; maxCount?: number;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  // why a ref: uploads finish after later renders; each result must land in the latest list, not the one of its render.
  const list = useRef<UploadFile[]>([]);
  const publish = (next: UploadFile[]) => {
    list.current = next;
    setFiles(next);
    onChange?.(next.filter((f) => f.status === 'done' && typeof f.response === 'string').map((f) => f.response as string));
    onBusy?.(next.some((f) => f.status === 'uploading'));
  };
  // a form reset (the drawer opened again) empties the value: forget the files of last time
  useEffect(() => {
    if (!value?.length && list.current.some((f) => f.status === 'done')) { list.current = []; setFiles([]); }
  }, [value]);
  const update = (uid: string, patch: Partial<UploadFile>) => publish(list.current.map((f) => (f.uid === uid ? { ...f, ...patch } : f)));
  return (
    <div data-testid={testid}>
      <Upload
        multiple
        accept={accept}
        maxCount={maxCount}
        fileList={files}
        onRemove={(f) => publish(list.current.filter((x) => x.uid !== f.uid))}
        customRequest={({ file }) => {
          const f = file as File & { uid: string };
          publish([...list.current.filter((x) => x.uid !== f.uid), { uid: f.uid, name: f.name, status: 'uploading', percent: 30 }]);
          uploadFile(use, f)
            .then((id) => update(f.uid, { status: 'done', percent: 100, response: id }))
            .catch((e: unknown) => { update(f.uid, { status: 'error', response: undefined }); showError(e); });
        }}
      >
        <Button icon={<UploadOutlined />} disabled={(value?.length ?? 0) >= maxCount}>{t('fleet.admin.files.choose')}</Button>
      </Upload>
    </div>
  );
}
