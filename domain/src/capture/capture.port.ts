import type { Versioned } from '../ports/tier-store.port';
import type { CapturedItem, CaptureFolder, CaptureRecord, CaptureRep, StoredSuggestion } from './capture.schema';


/** Where Graph's notifications for one subscription belong. */
export type SubscriptionRef = { subscriptionId: string; repId: string; folder: CaptureFolder; clientState: string };

export type CaptureStore = {
  record: (repId: string) => Promise<Versioned<CaptureRecord> | undefined>;
  /** Creates (no `ifMatch`) or replaces under the ETag read; a stale one is refused (`INTERACTION.CHANGED`-like 412). */
  saveRecord: (record: CaptureRecord, ifMatch?: string) => Promise<string>;
  /** Every rep who ever opted in (small: one row each), for the renewal timer. */
  records: () => Promise<CaptureRecord[]>;
  subscription: (subscriptionId: string) => Promise<SubscriptionRef | undefined>;
  putSubscription: (ref: SubscriptionRef) => Promise<void>;
  removeSubscription: (subscriptionId: string) => Promise<void>;
};

export type SuggestionStore = {
  get: (repId: string, id: string) => Promise<Versioned<StoredSuggestion> | undefined>;
  /** Inserts once: false when it exists already (the same item seen again). */
  insert: (suggestion: StoredSuggestion) => Promise<boolean>;
  replace: (suggestion: StoredSuggestion, ifMatch: string) => Promise<void>;
  /** A rep's suggestions, all of them (bounded by expiry). */
  ofRep: (repId: string) => Promise<StoredSuggestion[]>;
  remove: (repId: string, id: string) => Promise<void>;
  /** Every suggestion naming one of these addresses, any rep's, removed; how many went. */
  eraseByEmails: (emails: string[]) => Promise<number>;
};

export type CreatedSubscription = { id: string; expiresAt: string };
export type DeltaPage = { items: CapturedItem[]; deltaLink: string };

/** One rep's mailbox and calendar in Graph, read on their behalf (headers only). */
export type Mailbox = {
  subscribe: (folder: CaptureFolder, clientState: string, expiresAt: string) => Promise<CreatedSubscription>;
  /** Renewed, or `gone` when Graph no longer has it (it expired). */
  renew: (subscriptionId: string, expiresAt: string) => Promise<'renewed' | 'gone'>;
  unsubscribe: (subscriptionId: string) => Promise<void>;
  /** Changes since the delta link (or, without one, since `since`), every page followed. */
  delta: (folder: CaptureFolder, from: { deltaLink: string } | { since: string }) => Promise<DeltaPage>;
};

export type CaptureSettingsConfig = {
  /** Days a suggestion is offered before it expires. */
  expiryDays: number;
  /** How far back the first read of a folder goes, in days. */
  lookbackDays: number;
  /** A subscription's lifetime asked of Graph, and how long before expiry it is renewed, in hours. */
  subscriptionHours: number;
  renewBeforeHours: number;
};

export type CapturePorts = {
  store: CaptureStore;
  suggestions: SuggestionStore;
  /** Graph on the rep's behalf; without it nothing is read (settings and suggestions still answer). */
  mailboxFor?: (rep: CaptureRep) => Mailbox;
  settings: CaptureSettingsConfig;
};
