import { ConfigProvider, Layout, Menu, Spin, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import {
  AimOutlined,
  FormOutlined,
  CloudDownloadOutlined,
  FileAddOutlined,
  FileTextOutlined,
  ReadOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { ROUTES, routeFromHash, type Route, type RouteKey } from './routes';
import { DraftsPage } from '../features/drafts/drafts-page';
import {
  BackupPage,
  EditorPage,
  EligibilityPage,
  NewApplicationPage,
  OfficialFormPage,
  PoliciesPage,
  SettingsPage,
} from './lazy-pages';
import { THEME } from './theme';
import './app.css';

/** Static message/modal calls render outside the tree: give them the same theme (fonts) and locale. */
function StaticHolder(props: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME}>
      {props.children}
    </ConfigProvider>
  );
}

/** antd's calendars take month and weekday names from dayjs: its locale follows the interface language. */
function dayjsLocale(language: string): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

ConfigProvider.config({ holderRender: (children) => <StaticHolder>{children}</StaticHolder> });

const ICONS: Record<RouteKey, ReactNode> = {
  drafts: <FileTextOutlined />,
  new: <FileAddOutlined />,
  eligibility: <AimOutlined />,
  acroform: <FormOutlined />,
  policies: <ReadOutlined />,
  backup: <CloudDownloadOutlined />,
  settings: <SettingOutlined />,
};

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function Page(props: { route: Route }) {
  switch (props.route.key) {
    case 'drafts':
      return props.route.draftId ? (
        <EditorPage key={props.route.draftId} draftId={props.route.draftId} />
      ) : (
        <DraftsPage />
      );
    case 'new':
      return <NewApplicationPage />;
    case 'eligibility':
      return <EligibilityPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'acroform':
      return <OfficialFormPage />;
    case 'backup':
      return <BackupPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The app shell: title bar, navigation and the current page. */
export function App() {
  const route = useHashRoute();
  const { t, i18n } = useTranslation();
  dayjsLocale(i18n.language);
  useEffect(() => {
    // The window title and the document language follow the interface language.
    document.title = t('app.title');
    document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  }, [t, i18n.language]);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME}>
      <Layout className="app-shell">
        <Layout.Header className="app-header">
          <Typography.Title level={4} className="app-title">
            {t('app.title')}
          </Typography.Title>
          <span className="app-subtitle">{t('app.tagline')}</span>
        </Layout.Header>
        <Layout>
          <Layout.Sider width={200} theme="light" className="app-sider">
            <nav aria-label={t('app.nav')}>
              <Menu
                mode="inline"
                selectedKeys={[route.key]}
                items={ROUTES.map((key) => ({ key, icon: ICONS[key], label: t(`nav.${key}`) }))}
                onClick={({ key }) => {
                  window.location.hash = `#/${key}`;
                }}
              />
            </nav>
          </Layout.Sider>
          <Layout.Content className="app-content">
            <Suspense fallback={<Spin className="page-loading" />}>
              <Page route={route} />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </ConfigProvider>
  );
}
