/**
 * A record's details: names, actor and kind, the period in words at its true precision, the
 * status at the slider's day, each date with the sources that back it, what happened, the moves and hand-overs before and after it, the
 * confidence grade explained, and the sources. Escape or the close button clears the selection.
 */

import type { Dataset } from '../data/dataset';
import { isoDay } from '../data/dates';
import type { MoveRecord } from '../data/model';
import type { Source } from '../data/schema';
import type { T } from '../i18n';
import { actorName } from '../i18n/actor-text';
import { formatDateText } from '../i18n/format-date';
import { type Lang, languageName, otherLang } from '../i18n/lang';
import { type LocalText, localText, recordName } from '../i18n/record-text';
import { clearSelection, selectRecord } from '../state/actions';
import { useLang, useT } from '../state/use-lang';
import { useView } from '../state/view-store';
import { DetailsHeader } from '../ui/DetailsHeader';
import { Correction } from './Correction';
import { EvidenceList } from './EvidenceList';
import { RecordHistory } from './RecordHistory';
import { recordPeriod } from './record-period';
import { SourceLink } from './SourceLink';
import { statusText } from './status-text';
import './panels.css';

function Translated({ value, t }: { value: LocalText; t: T }) {
  if (!value.lang) return <>{value.text}</>;
  const name = languageName(value.lang, value.lang);
  return (
    <>
      <span lang={value.lang}>{value.text}</span>{' '}
      <em className="translated">({t('details.translated', { lang: name ?? value.lang })})</em>
    </>
  );
}

function SourceItem({ s, lang }: { s: Source; lang: Lang }) {
  return (
    <li>
      <SourceLink url={s.url} publisher={s.publisher} />
      {s.title && <span className="source-title"> — {s.title}</span>}
      {s.date && <span className="source-date"> ({formatDateText(lang, s.date, 'short')})</span>}
    </li>
  );
}

function MoveLink({
  m,
  other,
  direction,
  dataset,
}: {
  m: MoveRecord;
  other: string;
  direction: 'to' | 'from';
  dataset: Dataset;
}) {
  const t = useT();
  const lang = useLang();
  const target = dataset.byId.get(other);
  const text = t(direction === 'to' ? 'details.movedTo' : 'details.movedFrom', {
    kind: t(`kind.${m.kind}`),
    name: target ? recordName(target, lang, dataset.byId) : other,
    date: formatDateText(lang, m.props.date, 'short'),
  });
  return (
    <li>
      {target ? (
        <button type="button" className="link" onClick={() => selectRecord(target, { fly: true })}>
          {text}
        </button>
      ) : (
        text
      )}
    </li>
  );
}

export function DetailsPanel({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const selected = useView((s) => s.selected);
  const day = useView((s) => s.date);
  const r = selected ? dataset.byId.get(selected) : undefined;

  if (!r) return null;
  const name = recordName(r, lang, dataset.byId);
  const otherName = r.type === 'move' ? null : localText(r, 'name', otherLang(lang));
  const description = localText(r, 'description', lang);
  const dateNote = localText(r, 'date_note', lang);
  const confidenceNote = r.type === 'move' ? null : localText(r, 'confidence_note', lang);
  const locationNote = r.type === 'move' ? null : localText(r, 'location_note', lang);
  const outgoing = dataset.movesFrom.get(r.id) ?? [];
  const incoming = dataset.movesTo.get(r.id) ?? [];
  const related = r.type === 'move' ? [r.props.from, r.props.to] : (r.props.related ?? []);

  return (
    <article className="details" aria-labelledby="details-title">
      <DetailsHeader
        titleId="details-title"
        title={name}
        closeLabel={t('details.close')}
        onClose={clearSelection}
        showing={r.id}
      />
      {otherName && otherName.text !== name && (
        <p className="details-other-name" lang={otherLang(lang)}>
          {otherName.text}
        </p>
      )}
      <dl className="details-facts">
        <dt>{t('details.actor')}</dt>
        <dd>{actorName(lang, r.actor)}</dd>
        <dt>{t('details.kind')}</dt>
        <dd>{t(`kind.${r.kind}`)}</dd>
        <dt>{t('details.period')}</dt>
        <dd data-testid="details-period">{recordPeriod(r, lang)}</dd>
        <dt>{t('details.statusAt', { date: formatDateText(lang, isoDay(day)) })}</dt>
        <dd data-testid="details-status">{statusText(r, day, lang)}</dd>
      </dl>
      {dateNote && (
        <p className="details-note">
          <Translated value={dateNote} t={t} />
        </p>
      )}
      <EvidenceList record={r} />
      {description && (
        <section>
          <h3>{t('details.what')}</h3>
          <p>
            <Translated value={description} t={t} />
          </p>
        </section>
      )}
      {r.type !== 'move' && r.props.approximate && (
        <p className="details-note">
          {locationNote ? (
            <>
              {t('details.approximate', { note: '' })}
              <Translated value={locationNote} t={t} />
            </>
          ) : (
            t('details.approximateNoNote')
          )}
        </p>
      )}
      {(outgoing.length > 0 || incoming.length > 0) && (
        <section>
          <h3>{t('details.links')}</h3>
          <ul className="details-links">
            {incoming.map((m) => (
              <MoveLink key={m.id} m={m} other={m.props.from} direction="from" dataset={dataset} />
            ))}
            {outgoing.map((m) => (
              <MoveLink key={m.id} m={m} other={m.props.to} direction="to" dataset={dataset} />
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <h3>{t('details.related')}</h3>
          <ul className="details-links">
            {related.map((id) => {
              const target = dataset.byId.get(id);
              if (!target) return null;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => selectRecord(target, { fly: true })}
                  >
                    {recordName(target, lang, dataset.byId)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('details.confidence')}</h3>
        <p>
          <span className={`grade grade--${r.props.confidence}`}>
            {t(`details.confidence.${r.props.confidence}`)}
          </span>
          {confidenceNote && (
            <>
              {' '}
              <Translated value={confidenceNote} t={t} />
            </>
          )}
        </p>
      </section>
      <section>
        <h3>{t('details.sources')}</h3>
        <ul className="sources">
          {r.props.sources.map((s) => (
            <SourceItem key={s.url} s={s} lang={lang} />
          ))}
        </ul>
      </section>
      <RecordHistory record={r} />
      <Correction record={r} name={name} />
    </article>
  );
}
