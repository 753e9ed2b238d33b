import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBar } from '@relais/ui/components/shared';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createPaneI18n } from './start-pane';

/** Before the pane can run (outside Outlook, configuration unreachable): one sentence in the browser's language. */
export const showStartupProblem = async (
  container: HTMLElement,
  problem: 'office' | 'config',
): Promise<void> => {
  const i18n = await createPaneI18n(navigator.language);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <ErrorBar message={i18n.t(problem === 'office' ? 'office.unavailable' : 'errors.config')} />
      </FluentProvider>
    </I18nextProvider>,
  );
};
