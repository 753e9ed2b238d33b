import type { NaaSlot } from '@relais/ui/auth/lazy-naa';
import { naaTokenProvider } from '@relais/ui/auth/naa';

// Loaded by the Outlook pane only (auth/naa-loader.ts): hands it MSAL's nested app authentication.
(window as unknown as NaaSlot).relaisNaaTokenProvider = naaTokenProvider;
