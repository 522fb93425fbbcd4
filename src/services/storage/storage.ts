/** The browser's storage manager, behind small functions that degrade when it is missing. */

export interface StorageSnapshot {
  usageBytes: number | undefined;
  quotaBytes: number | undefined;
  persisted: boolean | undefined;
}

/** Usage, quota and persistence, as far as the browser tells. */
export async function storageSnapshot(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageSnapshot> {
  if (!storage) return { usageBytes: undefined, quotaBytes: undefined, persisted: undefined };
  const [estimate, persisted] = await Promise.all([
    storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined),
    storage.persisted ? storage.persisted().catch(() => undefined) : Promise.resolve(undefined),
  ]);
  return { usageBytes: estimate?.usage, quotaBytes: estimate?.quota, persisted };
}

/**
 * Asks the browser not to clear this site's data when space runs low (granted silently to
 * installed apps in Chromium). Resolves with the answer, or false when unsupported.
 */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Whether `needBytes` more would leave the device short: less than 10% or 50 MB of the quota free. */
export function isLowOnSpace(snapshot: StorageSnapshot, needBytes = 0): boolean {
  if (snapshot.usageBytes === undefined || snapshot.quotaBytes === undefined) return false;
  const free = snapshot.quotaBytes - snapshot.usageBytes - needBytes;
  return free < Math.max(50 * 1024 * 1024, snapshot.quotaBytes * 0.1);
}
