/** Says in plain words which parts of a shared link were ignored or adjusted. */

import { uiStore, useUi } from '../state/ui-store';
import { useLang, useT } from '../state/use-lang';

export function LinkNotice() {
  const t = useT();
  const lang = useLang();
  const problems = useUi((s) => s.linkProblems);
  if (problems.length === 0) return null;
  const langName = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return (
    <div className="notice" role="status" aria-live="polite" data-testid="link-notice">
      <p className="notice-title">{t('notice.urlTitle')}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.param}|${p.value}|${p.kind}`}>
            {t(`notice.url.${p.kind}`, { param: p.param, value: p.value, lang: langName })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => uiStore.getState().dismissLinkProblems()}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
