import type { OfficeApi, OfficeAsyncProperty, OfficeCallback, OfficeProperty } from './office-api';
import { callFailed, officeUnavailable } from './office-error';

/** The global `Office`, whether office.js from the CDN or the preview stub installed it. */
export const officeApi = (): OfficeApi => {
  const office = (globalThis as { Office?: OfficeApi }).Office;
  if (office === undefined) throw officeUnavailable();
  return office;
};

/** Runs an Office callback-style call as a Promise; a failed result or a throw becomes an OfficeError. */
export const settle = <T>(
  office: OfficeApi,
  call: string,
  start: (callback: OfficeCallback<T>) => void,
): Promise<T | undefined> =>
  new Promise<T | undefined>((resolve, reject) => {
    try {
      start((result) =>
        result.status === office.AsyncResultStatus.Failed
          ? reject(callFailed(call, result.error))
          : resolve(result.value),
      );
    } catch (error) {
      reject(callFailed(call, { message: error instanceof Error ? error.message : String(error) }));
    }
  });

export const isAsyncProperty = <T>(
  property: OfficeProperty<T> | undefined,
): property is OfficeAsyncProperty<T> =>
  typeof property === 'object' &&
  property !== null &&
  typeof (property as { getAsync?: unknown }).getAsync === 'function';

/** The value of a property whichever the mode: read mode holds it, compose mode fetches it. */
export const valueOf = async <T>(
  office: OfficeApi,
  call: string,
  property: OfficeProperty<T> | undefined,
): Promise<T | undefined> =>
  isAsyncProperty(property) ? settle<T>(office, call, (callback) => property.getAsync(callback)) : property;
