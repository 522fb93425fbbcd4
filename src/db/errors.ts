/** Whether a storage error means the device is full (IndexedDB, Dexie or the Cache API). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}
