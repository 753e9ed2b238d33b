import { installMockOffice, party, textBody, uninstallOffice, asyncFailure } from './office-mock.fixture';
import { watchSelectedItem } from './item-changed';
import type { OutlookItemSnapshot } from './outlook-item';
import type { OfficeError } from './office-error';

const message = (subject: string): Record<string, unknown> => ({
  itemType: 'message',
  subject,
  internetMessageId: `<${subject}@acme.example>`,
  from: party('jean@acme.example', 'Jean'),
  to: [],
  cc: [],
  body: textBody(''),
});

/** Collects what the watcher delivers; `next()` waits for the next delivery. */
const recorder = () => {
  const seen: (OutlookItemSnapshot | null)[] = [];
  const errors: OfficeError[] = [];
  let wake: () => void = () => undefined;
  const delivered = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  return {
    seen,
    errors,
    delivered,
    onChange: (snapshot: OutlookItemSnapshot | null) => {
      seen.push(snapshot);
      wake();
    },
    onError: (error: OfficeError) => {
      errors.push(error);
      wake();
    },
  };
};

afterEach(uninstallOffice);

describe('watchSelectedItem', () => {
  it('delivers the newly selected item', async () => {
    const office = installMockOffice({ item: message('first') });
    const watch = recorder();
    const stop = watchSelectedItem(watch.onChange, watch.onError);
    const delivered = watch.delivered();
    office.select(message('second'));
    await delivered;
    expect(watch.seen).toEqual([
      expect.objectContaining({ subject: 'second', internetMessageId: '<second@acme.example>' }),
    ]);
    stop();
  });

  it('delivers null when no item is selected any more', async () => {
    const office = installMockOffice({ item: message('first') });
    const watch = recorder();
    const stop = watchSelectedItem(watch.onChange);
    const delivered = watch.delivered();
    office.select(null);
    await delivered;
    expect(watch.seen).toEqual([null]);
    stop();
  });

  it('drops the read of an item the rep has already left', async () => {
    const office = installMockOffice({ item: message('first') });
    const watch = recorder();
    const stop = watchSelectedItem(watch.onChange);
    office.select(message('second'));
    const delivered = watch.delivered();
    office.select(message('third'));
    await delivered;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(watch.seen.map((snapshot) => snapshot?.subject)).toEqual(['third']);
    stop();
  });

  it('reports a failed read of the new item through onError', async () => {
    const office = installMockOffice({ item: null });
    const watch = recorder();
    const stop = watchSelectedItem(watch.onChange, watch.onError);
    const delivered = watch.delivered();
    office.select({ itemType: 'appointment', subject: asyncFailure('Busy'), start: asyncFailure('Busy') });
    await delivered;
    expect(watch.seen).toEqual([]);
    expect(watch.errors[0]).toMatchObject({ code: 'OFFICE.CALL_FAILED' });
    stop();
  });

  it('registers one Office handler for several watchers and removes it after the last unsubscribes', async () => {
    const office = installMockOffice({ item: null });
    const first = recorder();
    const second = recorder();
    const stopFirst = watchSelectedItem(first.onChange);
    const stopSecond = watchSelectedItem(second.onChange);
    expect(office.handlerCount()).toBe(1);
    stopFirst();
    expect(office.handlerCount()).toBe(1);
    const delivered = second.delivered();
    office.select(message('only-second'));
    await delivered;
    expect(first.seen).toEqual([]);
    expect(second.seen).toHaveLength(1);
    stopSecond();
    expect(office.handlerCount()).toBe(0);
    stopSecond();
  });

  it('reports an Office refusal to register the handler', () => {
    installMockOffice({ item: null, failHandler: true });
    const watch = recorder();
    const stop = watchSelectedItem(watch.onChange, watch.onError);
    expect(watch.errors[0]).toMatchObject({
      code: 'OFFICE.CALL_FAILED',
      call: 'notice of the rep selecting another item',
    });
    stop();
  });
});
