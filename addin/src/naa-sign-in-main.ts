import { naaTokenProvider } from '@relais/ui/src/auth/naa-token-provider';
import type { PaneNaaSlot } from './auth/naa-loader';

// Loaded by the Outlook pane only (auth/naa-loader.ts): hands it MSAL's nested app authentication.
(window as unknown as PaneNaaSlot).relaisPaneNaaTokenProvider = naaTokenProvider;
