import { useLang, useT } from '../i18n';
import { viewStore } from '../state/view-store';

/** One button that switches to the other language (a Back step, like any discrete action). */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-label={t('app.switchToLabel')}
      onClick={() => viewStore.getState().update({ lang: other }, 'ui', true)}
    >
      {t('app.switchTo')}
    </button>
  );
}
