/** What the dataset is, which version, how current, where its facts come from, and the privacy promise. */
import type { DatasetMeta, DatasetRecord } from '../../../data/schema';
import { formatDate } from '../../../utils/shared/format-date';
import { publisherCounts, uniqueSources } from '../../../utils/extension/library/source-summary';
import { SourceLink } from '../../shared/SourceList';
import { StatusKey } from '../StatusKey';

export interface AboutDatasetProps {
  meta: DatasetMeta;
  records: readonly DatasetRecord[];
  titleId: string;
}

export function AboutDataset({ meta, records, titleId }: AboutDatasetProps) {
  const recommendations = records.filter((record) => record.kind === 'recommendation').length;
  const sources = uniqueSources(records);
  const publishers = publisherCounts(sources);
  return (
    <section aria-labelledby={titleId} class="lens-about">
      <h2 id={titleId}>About Care Review Lens</h2>
      <p>{meta.title}.</p>
      <dl class="lens-facts">
        <div>
          <dt>Dataset version</dt>
          <dd data-testid="dataset-version">{meta.version}</dd>
        </div>
        <div>
          <dt>Facts as of</dt>
          <dd>
            <time dateTime={meta.asOf}>{formatDate(meta.asOf)}</time>
          </dd>
        </div>
        <div>
          <dt>Records</dt>
          <dd>
            {recommendations} recommendations and {records.length - recommendations} background records
          </dd>
        </div>
        <div>
          <dt>Sources cited</dt>
          <dd>
            {sources.length} from {publishers.length} publishers
          </dd>
        </div>
      </dl>

      <section aria-labelledby="privacy-heading" class="lens-privacy">
        <h3 id="privacy-heading">Your privacy: nothing leaves your browser</h3>
        <ul>
          <li>Care Review Lens makes no network requests: no analytics, no tracking, no remote fonts or code.</li>
          <li>
            The dataset ships inside the extension. Pages you read are checked inside the tab, and nothing about them is
            stored or sent anywhere.
          </li>
          <li>
            Your notes and settings are kept in this browser only. Notes are never shown on web pages; export them when
            you want a copy.
          </li>
        </ul>
      </section>

      <StatusKey headingId="statuses-heading" />

      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <p>
          Every record links the public sources its claims rest on: the 2022 review, the government’s response and later
          papers, Parliament, and the sector press. Each card and record page shows its own sources. Where sources
          disagree, the record says so.
        </p>
        <ul class="lens-columns">
          {publishers.map(({ publisher, sources: count }) => (
            <li key={publisher}>
              {publisher} ({count})
            </li>
          ))}
        </ul>
        <details>
          <summary>All {sources.length} source links</summary>
          <ul class="lens-source-all">
            {sources.map((source) => (
              <li key={source.url}>
                <SourceLink source={source} long />
              </li>
            ))}
          </ul>
        </details>
      </section>
    </section>
  );
}
