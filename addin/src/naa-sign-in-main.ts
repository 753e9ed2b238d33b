import type { NaaSlot } from '@relais/ui/src/auth/lazy-naa-token-provider';
import { naaTokenProvider } from '@relais/ui/src/auth/naa-token-provider';

// Loaded by the Outlook pane only (auth/naa-loader.ts): hands it MSAL's nested app authentication.
(window as unknown as NaaSlot).relaisNaaTokenProvider = naaTokenProvider;
