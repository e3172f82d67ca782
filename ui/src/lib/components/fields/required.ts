// The fields Rust requires, checked before Rust is asked, as Rust checks
// them (`Issues::required`: empty once trimmed) and in Rust's words. A form
// marks the same fields `required` (Field's star, and `aria-required` on the
// control) and lists them here in its check, so that what is marked is
// what is refused, and refused the same way in every form.
import { _ } from 'svelte-i18n';
import { get } from 'svelte/store';

/** Whether a value counts as not filled in. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The required fields left empty: field → what to do (Rust's message
 *  unless another is given). */
export function missing<F extends object>(form: F, keys: readonly (keyof F & string)[], message?: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const key of keys) if (isBlank(form[key])) found[key] = message ?? get(_)('required.field');
  return found;
}
