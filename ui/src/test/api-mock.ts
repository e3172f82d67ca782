// Replaces every command of `$lib/api` with a mock. In a test file:
//
//   vi.mock('$lib/api', async (importOriginal) =>
//     (await import('../../test/api-mock')).mockApi(await importOriginal()));
//
// (This module must not import `$lib/api` itself; `serve.ts` answers the
// mocked commands.)
import { vi } from 'vitest';

export function mockApi(actual: Record<string, unknown>): Record<string, unknown> {
  const mocked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(actual)) mocked[name] = typeof value === 'function' ? vi.fn() : value;
  // Helpers that only read an error stay real.
  mocked.asApiError = actual.asApiError;
  mocked.fieldErrors = actual.fieldErrors;
  return mocked;
}
