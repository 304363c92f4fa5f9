/** The app's date field in the reader's language: « 14/12/2021 » in French, "14 Dec 2021" in
 * English, with its hint and its error (`i18n/typed-date.ts` reads and writes the days). */
import { useMemo } from 'react';
import { formatTypedDate, parseTypedDate } from '../i18n/typed-date';
import { useLang, useT } from './use-lang';

/** What `ui/DateField` needs (its `DateFormat`; the ui folder imports nothing of state). */
export interface DateTexts {
  readonly format: (day: number) => string;
  readonly parse: (text: string) => number | null;
  readonly placeholder: string;
  readonly hint: string;
  readonly invalid: string;
}

export function useDateFormat(): DateTexts {
  const lang = useLang();
  const t = useT();
  return useMemo(
    () => ({
      format: (day: number) => formatTypedDate(lang, day),
      parse: parseTypedDate,
      placeholder: t('date.placeholder'),
      hint: t('date.hint'),
      invalid: t('date.invalid'),
    }),
    [lang, t],
  );
}
