import { otherLang } from '../i18n/lang';
import { setLanguage } from '../state/actions';
import { useLang, useT } from '../state/use-lang';

/** One button that switches to the other language (a Back step, like any discrete action). */
export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  const other = otherLang(lang);
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-label={t('app.switchToLabel')}
      onClick={() => setLanguage(other)}
    >
      {t('app.switchTo')}
    </button>
  );
}
