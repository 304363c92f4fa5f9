/** A source's link, and beside it the Wayback Machine's archived copies of the same page, for
 * when the page has moved or gone. Both are plain links: nothing is requested from the archive
 * until the reader follows one. */
import { archivedCopies } from '../data/project';
import { useT } from '../state/use-lang';

export function SourceLink({ url, publisher }: { url: string; publisher: string }) {
  const t = useT();
  return (
    <>
      <a href={url} target="_blank" rel="noopener noreferrer" title={t('details.sourceLink')}>
        {publisher}
      </a>{' '}
      <a
        className="archived-link"
        href={archivedCopies(url)}
        target="_blank"
        rel="noopener noreferrer"
        title={t('details.archivedTitle')}
        data-testid="archived-link"
      >
        ({t('details.archived')})
      </a>
    </>
  );
}
