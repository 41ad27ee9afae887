/** The task pane application shell: theme, language, and the screens. */
import { useEffect, useMemo, useState } from 'react';
import { Body1, Button, FluentProvider, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostInfo } from '../excel/hostInfo';
import { Locale, pickLocale, translator } from './i18n';
import { StatusCard } from './components/StatusCard';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  subtitle: { color: tokens.colorNeutralForeground3, margin: 0 },
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
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
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
            aria-label={t('lang.switchLabel')}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
          >
            {t('lang.switch')}
          </Button>
        </header>
        <StatusCard host={host} t={t} />
      </main>
    </FluentProvider>
  );
}
