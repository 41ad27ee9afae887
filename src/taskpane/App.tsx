/** The task pane application shell: theme, language, the backend for the host, and the screens behind a TabList. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostInfo } from '../excel/hostInfo';
import { createBackend } from './backend';
import type { LedgerBackend, PaneStatus } from './backend/types';
import { Locale, pickLocale, translator } from './i18n';
import { CollectScreen } from './screens/CollectScreen';
import { EntriesScreen } from './screens/EntriesScreen';
import { LoadScreen } from './screens/LoadScreen';
import { StatusScreen } from './screens/StatusScreen';
import { SummaryScreen } from './screens/SummaryScreen';
import { ValidateScreen } from './screens/ValidateScreen';
import { describeError, type ErrorView } from './state/errorView';
import { tabsFor, type TabId } from './state/tabs';
import { ErrorBar } from './components/ErrorBar';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: '280px',
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
  },
  titles: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  subtitle: { color: tokens.colorNeutralForeground3, margin: 0 },
  tabs: { flexWrap: 'wrap' },
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

  const refresh = useCallback(() => {
    if (!backend) return;
    backend.status().then(setStatus, (error: unknown) => setBackendError(describeError(error)));
  }, [backend]);
  useEffect(refresh, [refresh]);

  const tabs = tabsFor(backend?.kind ?? null);
  const periods = status?.periods ?? [];
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
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
            {t('lang.switch')}
          </Button>
        </header>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
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
        <div role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`screen-${tab}`}>
          {tab === 'status' && (
            <StatusScreen host={host} backend={backend} status={status} onChanged={refresh} t={t} />
          )}
          {tab === 'load' && <LoadScreen backend={backend} onChanged={refresh} t={t} />}
          {tab === 'entries' && backend?.entries && (
            <EntriesScreen
              editor={backend.entries}
              hasSchema={Boolean(status?.schema)}
              onChanged={refresh}
              t={t}
            />
          )}
          {tab === 'collect' && (
            <CollectScreen
              backend={backend}
              periods={periods}
              onChanged={refresh}
              onCollected={() => setTab('validate')}
              t={t}
            />
          )}
          {tab === 'validate' && (
            <ValidateScreen
              backend={backend}
              periods={periods}
              locale={locale}
              onChanged={refresh}
              onCellSelected={() => backend?.entries && setTab('entries')}
              t={t}
            />
          )}
          {tab === 'summary' && (
            <SummaryScreen backend={backend} periods={periods} onChanged={refresh} t={t} />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
