import { Fragment } from 'react';

/** An address that wraps, when it must, before a slash: never inside "shop.example". */
export function UrlText({ url }: { url: string }) {
  return url.split(/(?<=[^/:])(?=\/)/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
