/**
 * Search box (ARIA combobox): type, pick with the arrow keys and Enter (or a click); the pick is
 * selected, the map flies to it and the slider moves into its period if needed.
 */
import { type KeyboardEvent, useId, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { AnyRecord } from '../data/model';
import { recordName } from '../i18n/record-text';
import { selectRecord } from '../state/actions';
import { useLang, useT } from '../state/use-lang';
import { briefPeriod } from './record-period';
import { searchRecords } from './search-index';
import './search.css';

export function SearchBox({ dataset }: { dataset: Dataset | null }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = dataset ? searchRecords(dataset, query, lang) : [];
  const expanded = open && query.trim().length >= 2;

  const pick = (r: AnyRecord | undefined) => {
    if (!r) return;
    selectRecord(r, { fly: true });
    setOpen(false);
    setQuery(dataset ? recordName(r, lang, dataset.byId) : '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        // Options keep the focus in the input (mousedown is prevented), so a blur always means
        // the reader left the search.
        onBlur={() => setOpen(false)}
      />
      <div id={`${id}-list`} role="listbox" aria-label={t('search.label')} hidden={!expanded}>
        {results.length === 0 && expanded && <p className="search-none">{t('search.none')}</p>}
        {results.map((r, i) => (
          // The input keeps the focus and handles the keys (ARIA combobox with
          // aria-activedescendant), so options take clicks only.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
          <div
            key={r.id}
            id={`${id}-opt-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={`search-option search-option--${r.actor}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(r)}
          >
            <span>{dataset ? recordName(r, lang, dataset.byId) : r.id}</span>
            <span className="search-meta">
              {t(`kind.${r.kind}`)} · {briefPeriod(r, lang)}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
