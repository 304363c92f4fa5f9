/** Says in plain words which parts of a shared link were ignored or adjusted: each problem once,
 * a few at most, every value cut short and isolated from the sentence around it (`<bdi>`). */
import { Fragment } from 'react';
import { languageName } from '../i18n/lang';
import { type LinkProblem, shownValue, summarizeProblems } from '../state/link-problems';
import { uiStore, useUi } from '../state/ui-store';
import { useLang, useT } from '../state/use-lang';

/** A translated sentence with its `{value}` (text from the link) isolated in a `<bdi>`. */
function Sentence({ problem, langName }: { problem: LinkProblem; langName: string }) {
  const t = useT();
  // `{value}` is left in the sentence by the translation (no value given) and replaced here.
  const template = t(`notice.url.${problem.kind}`, { param: problem.param, lang: langName });
  const parts = template.split('{value}');
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <bdi>{shownValue(problem.value)}</bdi>}
        </Fragment>
      ))}
    </>
  );
}

export function LinkNotice() {
  const t = useT();
  const lang = useLang();
  const problems = useUi((s) => s.linkProblems);
  if (problems.length === 0) return null;
  const langName = languageName(lang, lang);
  const { shown, more } = summarizeProblems(problems);
  return (
    <div className="notice" role="status" aria-live="polite" data-testid="link-notice">
      <p className="notice-title">{t('notice.urlTitle')}</p>
      <ul>
        {shown.map((p) => (
          <li key={`${p.param}|${p.value}|${p.kind}`}>
            <Sentence problem={p} langName={langName} />
          </li>
        ))}
        {more > 0 && <li>{t('notice.more', { count: more })}</li>}
      </ul>
      <button type="button" onClick={() => uiStore.getState().dismissLinkProblems()}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
