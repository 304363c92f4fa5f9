/** The React hooks that read the view's language: components translate through them. */
import { type T, translate } from '../i18n';
import type { Lang } from '../i18n/lang';
import { useView } from './view-store';

export function useLang(): Lang {
  return useView((s) => s.lang);
}

export function useT(): T {
  const lang = useLang();
  return (key, vars) => translate(lang, key, vars);
}
