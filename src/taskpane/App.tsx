/**
 * The task pane application shell: theme, language, the backend for the host, and the screens behind a TabList.
 * Only the status screen is in the first script: the others load when first opened, so the pane is interactive
 * at once. The layout holds from 320 px (a narrow task pane) and grows to a centred column on a wide window.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostInfo } from '../excel/hostInfo';
import { createBackend } from './backend';
import type { EntryChoices, LedgerBackend, PaneStatus } from './backend/types';
import { Locale, pickLocale, translator } from './i18n';
import { StatusScreen } from './screens/StatusScreen';
import { describeError, type ErrorView } from './state/errorView';
import { tabsFor, type TabId } from './state/tabs';
import { userWords } from './state/userWords';
import { ErrorBar } from './components/ErrorBar';
import { PaneTextProvider } from './text/paneText';

const LoadScreen = lazy(() => import(/* webpackChunkName: "screen-load" */ './screens/LoadScreen'));
const EntriesScreen = lazy(() => import(/* webpackChunkName: "screen-entries" */ './screens/EntriesScreen'));
const ValidateScreen = lazy(
  () => import(/* webpackChunkName: "screen-validate" */ './screens/ValidateScreen'),
);
const SummaryScreen = lazy(() => import(/* webpackChunkName: "screen-summary" */ './screens/SummaryScreen'));
const DistributeScreen = lazy(
  () => import(/* webpackChunkName: "screen-distribute" */ './screens/DistributeScreen'),
);
const CollectScreen = lazy(() => import(/* webpackChunkName: "screen-collect" */ './screens/CollectScreen'));
const BulletinScreen = lazy(
  () => import(/* webpackChunkName: "screen-bulletin" */ './screens/BulletinScreen'),
);

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    width: '100%',
    maxWidth: '1040px',
    marginLeft: 'auto',
    marginRight: 'auto',
    '@media (min-width: 480px)': { padding: tokens.spacingHorizontalL },
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
  },
  titles: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3, margin: 0 },
  tabs: { flexWrap: 'wrap' },
  panel: { minWidth: 0 },
});

/** Props: the host facts (null while detecting) and the language the host or browser asks for. */
export interface AppProps {
  host: HostInfo | null;
  language: string | null;
}

/** The pane. */
export function App({ host, language }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(pickLocale(language));
  // Office's display language arrives after the first render; follow it until the user picks one.
  useEffect(() => setLocale(pickLocale(language)), [language]);
  const t = useMemo(() => translator(locale), [locale]);
  const [tab, setTab] = useState<TabId>('status');
  const [backend, setBackend] = useState<LedgerBackend | null>(null);
  const [status, setStatus] = useState<PaneStatus | null>(null);
  const [choices, setChoices] = useState<EntryChoices | null>(null);
  const [backendError, setBackendError] = useState<ErrorView | null>(null);

  const inExcel = host?.inExcel ?? null;
  useEffect(() => {
    if (inExcel === null) return;
    let live = true;
    createBackend(inExcel).then(
      (created) => live && setBackend(created),
      (error: unknown) => live && setBackendError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [inExcel]);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    if (!backend) return;
    setVersion((v) => v + 1);
    backend.status().then(setStatus, (error: unknown) => setBackendError(describeError(error)));
    backend.choices().then(setChoices, () => setChoices(null));
  }, [backend]);
  useEffect(refresh, [refresh]);

  // Screens stay mounted once opened (hidden when another tab shows), so a validation, a summary or the forms
  // made are still there when the user comes back.
  const [visited, setVisited] = useState<Set<TabId>>(new Set(['status']));
  const select = (id: TabId) => {
    setTab(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  };

  const words = useMemo(() => userWords(status, choices), [status, choices]);
  const tabs = tabsFor(backend?.kind ?? null);
  // A late switch to Excel takes tabs away (the in-browser entry grid): fall back to the status tab.
  useEffect(() => {
    if (!tabs.includes(tab)) setTab('status');
  }, [tabs, tab]);
  const periods = status?.periods ?? [];
  const defaultPeriod = status?.defaultPeriod ?? '';
  const screenOf = (id: TabId) => {
    if (id === 'status')
      return <StatusScreen host={host} backend={backend} status={status} onChanged={refresh} t={t} />;
    if (!backend) return null;
    switch (id) {
      case 'load':
        return <LoadScreen backend={backend} onChanged={refresh} t={t} />;
      case 'entries':
        return backend.entries ? (
          <EntriesScreen
            editor={backend.entries}
            hasSchema={Boolean(status?.schema)}
            version={version}
            onChanged={refresh}
            t={t}
          />
        ) : null;
      case 'validate':
        return (
          <ValidateScreen
            backend={backend}
            periods={periods}
            defaultPeriod={defaultPeriod}
            status={status}
            version={version}
            onChanged={refresh}
            onCellSelected={() => backend.entries && select('entries')}
            t={t}
          />
        );
      case 'summary':
        return (
          <SummaryScreen
            backend={backend}
            periods={periods}
            defaultPeriod={defaultPeriod}
            status={status}
            onChanged={refresh}
            t={t}
          />
        );
      case 'distribute':
        return (
          <DistributeScreen
            backend={backend}
            host={host}
            periods={periods}
            defaultPeriod={defaultPeriod}
            units={choices?.units ?? []}
            t={t}
          />
        );
      case 'collect':
        return (
          <CollectScreen
            backend={backend}
            periods={periods}
            onChanged={refresh}
            onCollected={() => select('validate')}
            t={t}
          />
        );
      case 'bulletin':
        return (
          <BulletinScreen
            backend={backend}
            host={host}
            periods={periods}
            defaultPeriod={defaultPeriod}
            onChanged={refresh}
            t={t}
          />
        );
      default:
        return null;
    }
  };
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <PaneTextProvider locale={locale} t={t} words={words}>
        <main className={styles.root} data-backend={backend?.kind ?? 'none'}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Title3 as="h1">{t('app.title')}</Title3>
              <Body1 as="p" className={styles.subtitle}>
                {t('app.subtitle')}
              </Body1>
            </div>
            <Button
              appearance="subtle"
              size="small"
              aria-label={`${t('lang.switch')} · ${t('lang.switchLabel')}`}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
              data-testid="lang-switch"
            >
              {/* The other language's own name, in that language. */}
              <span lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}>{t('lang.switch')}</span>
            </Button>
          </header>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => select(d.value as TabId)}
            aria-label={t('tabs.label')}
            size="small"
          >
            {tabs.map((id) => (
              <Tab key={id} value={id} id={`tab-${id}`} data-testid={`tab-${id}`}>
                {t(`tabs.${id}`)}
              </Tab>
            ))}
          </TabList>
          {backendError && <ErrorBar error={backendError} onDismiss={() => setBackendError(null)} t={t} />}
          {tabs
            .filter((id) => visited.has(id))
            .map((id) => (
              <div
                key={id}
                role="tabpanel"
                aria-labelledby={`tab-${id}`}
                data-testid={`screen-${id}`}
                className={styles.panel}
                hidden={id !== tab}
              >
                <Suspense fallback={<Spinner size="tiny" label={t('app.loadingScreen')} />}>
                  {screenOf(id)}
                </Suspense>
              </div>
            ))}
        </main>
      </PaneTextProvider>
    </FluentProvider>
  );
}
