import type { NaaSlot } from '../../ui/src/auth/lazy-naa-token-provider';
import { naaTokenProvider } from '../../ui/src/auth/naa-token-provider';

// Loaded by the tabs in Teams only (host/naa-loader.ts): hands them MSAL's nested app authentication.
(window as unknown as NaaSlot).relaisNaaTokenProvider = naaTokenProvider;
