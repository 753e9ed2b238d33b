import { naaTokenProvider } from '../../ui/src/auth/naa-token-provider';
import type { NaaSlot } from './host/naa-loader';

// Loaded by the tabs in Teams only (host/naa-loader.ts): hands them MSAL's nested app authentication.
(window as unknown as NaaSlot).relaisNaaTokenProvider = naaTokenProvider;
