import { sourceUrl } from '../domain/profile';

/** A source cell: each `;`-separated part a link when it is a web address, text otherwise. */
export function SourceText({ source }: { source: string }) {
  const parts = source
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, index) => {
        const url = sourceUrl(part);
        return (
          <span key={index}>
            {index > 0 && '; '}
            {url ? (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {part}
              </a>
            ) : (
              part
            )}
          </span>
        );
      })}
    </>
  );
}
