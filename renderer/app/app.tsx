import { ConfigProvider, Layout, Menu, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import {
  CloudDownloadOutlined,
  FileAddOutlined,
  FileTextOutlined,
  ReadOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { useEffect, useState, type ReactNode } from 'react';
import type { Platform } from '../platform';
import { ROUTES, routeFromHash, type RouteKey } from './routes';
import { DraftsPage } from '../features/drafts/drafts-page';
import { NewApplicationPage } from '../features/new-application/new-application-page';
import { PoliciesPage } from '../features/policies/policies-page';
import { BackupPage } from '../features/backup/backup-page';
import { SettingsPage } from '../features/settings/settings-page';
import { THEME } from './theme';
import './app.css';

const ICONS: Record<RouteKey, ReactNode> = {
  drafts: <FileTextOutlined />,
  new: <FileAddOutlined />,
  policies: <ReadOutlined />,
  backup: <CloudDownloadOutlined />,
  settings: <SettingOutlined />,
};

function useHashRoute(): RouteKey {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function Page(props: { route: RouteKey; platform: Platform }) {
  switch (props.route) {
    case 'drafts':
      return <DraftsPage />;
    case 'new':
      return <NewApplicationPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'backup':
      return <BackupPage />;
    case 'settings':
      return <SettingsPage platform={props.platform} />;
  }
}

/** The app shell: title bar, navigation and the current page. */
export function App(props: { platform: Platform }) {
  const route = useHashRoute();
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <Layout className="app-shell">
        <Layout.Header className="app-header">
          <Typography.Title level={4} className="app-title">
            GrantDesk 职教补贴申报助手
          </Typography.Title>
          <span className="app-subtitle">离线起草 · 政策核对 · 打印申报表</span>
        </Layout.Header>
        <Layout>
          <Layout.Sider width={200} theme="light" className="app-sider">
            <nav aria-label="主导航">
              <Menu
                mode="inline"
                selectedKeys={[route]}
                items={ROUTES.map((r) => ({ key: r.key, icon: ICONS[r.key], label: r.label }))}
                onClick={({ key }) => {
                  window.location.hash = `#/${key}`;
                }}
              />
            </nav>
          </Layout.Sider>
          <Layout.Content className="app-content">
            <Page route={route} platform={props.platform} />
          </Layout.Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}
