import type { NaaSlot } from '@relais/ui/auth/lazy-naa';
import { naaTokenProvider } from '@relais/ui/auth/naa';

// Loaded by the tabs in Teams only (host/naa-loader.ts): hands them MSAL's nested app authentication.
(window as unknown as NaaSlot).relaisNaaTokenProvider = naaTokenProvider;
