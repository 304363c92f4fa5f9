import { describe, expect, it } from 'vitest';
import { dayNumber } from '../data/dates';
import { shareLink } from './share-link';
import { DEFAULT_VIEW } from './view-store';

const at = { origin: 'https://map.example', pathname: '/sahel/', search: '' };

describe('shareLink', () => {
  it('holds the whole view, date, camera and language included, even for the default view', () => {
    const url = new URL(shareLink({ ...DEFAULT_VIEW, date: dayNumber(2026, 12, 1) }, at));
    expect(url.origin + url.pathname).toBe('https://map.example/sahel/');
    expect(url.searchParams.get('date')).toBe('2026-12-01');
    expect(url.searchParams.get('map')).toMatch(/^\d+\.\d{2}\/-?\d+\.\d{3}\/-?\d+\.\d{3}$/);
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('drops what the address bar has that is not the view, keeps foreign parameters', () => {
    const url = new URL(
      shareLink(DEFAULT_VIEW, { ...at, search: '?date=2021-13-45&map=abc&utm_source=x' }),
    );
    expect(url.searchParams.getAll('date')).toHaveLength(1);
    expect(url.searchParams.get('map')).not.toBe('abc');
    expect(url.searchParams.get('utm_source')).toBe('x');
  });
});
