import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { devTokenProvider } from '@relais/ui/auth/dev';
import { pickLanguage } from '@relais/ui/i18n';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPane } from '../src/pane/start-pane';
import { installOfficeStub, PreviewItemError } from './office-stub';
import { PreviewBar, SamplePicker } from './preview-chrome';
import { readPreviewParams, type PreviewParams } from './preview-params';

/** Outlook's task pane is about this wide; the pane is designed for it. */
const PANE_WIDTH = '360px';

const render = (element: HTMLElement, node: ReactNode) =>
  createRoot(element).render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** Parses the URL, or shows the picker (with what was wrong with `?item=`, if anything). */
const paramsOrPicker = (root: HTMLElement): PreviewParams | undefined => {
  try {
    return readPreviewParams(window.location.search, window.location.hash, navigator.language);
  } catch (error) {
    const fallback = readPreviewParams(
      window.location.search.replace(/([?&])item=[^&]*/, '$1'),
      '',
      navigator.language,
    );
    const problem = error instanceof PreviewItemError ? error.message : String(error);
    render(
      root,
      <SamplePicker user={fallback.user} lang={pickLanguage(fallback.displayLanguage)} problem={problem} />,
    );
    return undefined;
  }
};

/**
 * `/addin/preview`: Outlook played by a stub (`?item=`, `?user=`), then the production pane with
 * dev tokens; without an item, a picker of sample items from the demo data.
 */
const main = async () => {
  const root = document.getElementById('root')!;
  const params = paramsOrPicker(root);
  if (!params) return;
  const lang = pickLanguage(params.displayLanguage);
  // The page says which language it is in, as the pane inside it speaks (screen readers, axe-core).
  document.documentElement.lang = lang;
  if (!params.item) return render(root, <SamplePicker user={params.user} lang={lang} />);

  const stub = installOfficeStub({
    item: params.item,
    user: { emailAddress: params.user.email ?? '', displayName: params.user.name },
    displayLanguage: params.displayLanguage,
  });
  const bar = document.createElement('div');
  const pane = document.createElement('div');
  Object.assign(pane.style, {
    width: PANE_WIDTH,
    maxWidth: '100%',
    borderRight: '1px solid #e0e0e0',
    minHeight: 'calc(100vh - 48px)',
  });
  pane.id = 'pane';
  root.append(bar, pane);
  render(bar, <PreviewBar stub={stub} user={params.user} lang={lang} />);
  await startPane(pane, () => devTokenProvider(window.location.origin, params.user));
};

void main();
