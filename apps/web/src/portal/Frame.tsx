import { DotLoading, NavBar, SafeArea } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

export const Loading = () => (
  <div className="zdm-loading" data-testid="portal-loading">
    <DotLoading color="primary" />
  </div>
);

/** A page of its own (detail, form): a NavBar with back, no TabBar. */
export function SubPage({ title, right, children, back = -1, testid }: { title: ReactNode; right?: ReactNode; children: ReactNode; back?: string | -1 | null; testid?: string }) {
  const navigate = useNavigate();
  return (
    <div className="zdm-app" data-testid={testid}>
      <NavBar className="zdm-navbar" back={back === null ? null : ''} onBack={() => (back === -1 ? (window.history.length > 1 ? navigate(-1) : navigate('/m')) : back && navigate(back))} right={right}>
        {title}
      </NavBar>
      <div className="zdm-body">{children}</div>
      <SafeArea position="bottom" />
    </div>
  );
}

/** The title bar of a tab page. */
export function TabTitle({ title, right }: { title: ReactNode; right?: ReactNode }) {
  return (
    <NavBar className="zdm-navbar" back={null} right={right}>
      {title}
    </NavBar>
  );
}

