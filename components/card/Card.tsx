/**
 * The card, as the card frame (an extension page in an iframe on the news page) renders it: the summary first,
 * the details and the reader's notes one click or key away, several proposals behind one phrase as a chooser with
 * the closest first, and the footer's actions. Everything it shows is read in the extension's origin: card text
 * from the package, notes from the extension's database. The page only told it which records and which date.
 */
import { useRef, useState } from 'preact/hooks';
import type { NotesStore as Store } from '../../utils/extension/hooks/use-note-actions';
import type { CardRecord } from '../../data/compiled-types';
import type { CardView } from '../../utils/extension/card-frame/card-view-preference';
import type { CardLookup, DatasetAbout } from '../../utils/extension/card-frame/card-text-loader';
import { orderByCloseness } from '../../utils/extension/card-frame/record-order';
import type { Note } from '../../utils/extension/notes/notes-repository';
import type { NotesStore } from '../../utils/extension/hooks/use-note-actions';
import type { CardShow } from '../../utils/shared/messages/card-frame';
import { CardChooser } from './CardChooser';
import { CardDetails } from './CardDetails';
import { CardFooter } from './CardFooter';
import { CardHint } from './CardHint';
import { CardNotes } from './CardNotes';
import { CardSummary } from './CardSummary';
import { errorMessage } from '../../utils/extension/error-message';

export interface CardActionsApi {
  close(): void;
  viewChanged(view: CardView): void;
  copy(record: CardRecord, format: 'text' | 'markdown'): Promise<string>;
  siteOff(): Promise<string>;
  siteOn(): Promise<void>;
  /** The reader dismissed the first card's "What is this?": it never shows again. */
  dismissHint(): void;
  /** Note changes, made by the background for the card (see card-notes-client.ts). */
  notes: NotesStore;
}

export interface CardProps {
  show: CardShow;
  cards: CardLookup;
  dataset: DatasetAbout | null;
  /** The reader's notes, all records (live). */
  notes: readonly Note[] | undefined;
  initialView: CardView;
  definitionsHref: string;
  /** The welcome page, for the one-line "What is this?"; null once the reader dismissed it. */
  welcomeHref?: string | null;
  today: Date;
  actions: CardActionsApi;
}

const TITLE_ID = 'crl-card-title';

function groupByRecord(notes: readonly Note[]): Map<string, Note[]> {
  const byRecord = new Map<string, Note[]>();
  for (const note of notes) byRecord.set(note.recordId, [...(byRecord.get(note.recordId) ?? []), note]);
  return byRecord;
}

export function Card(props: CardProps) {
  const { show, cards, notes } = props;
  const found = show.recordIds.map((id) => cards.get(id)).filter((card): card is CardRecord => Boolean(card));
  const records = orderByCloseness(found, show.termKey);
  const [chosen, setChosen] = useState<string | null>(records.length === 1 ? records[0]!.id : null);
  const [trail, setTrail] = useState<string[]>([]);
  const [details, setDetails] = useState(props.initialView === 'details');
  const [notice, setNotice] = useState<string | null>(null);
  const [siteOff, setSiteOff] = useState<string | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const currentId = trail.at(-1) ?? chosen;
  const record = currentId ? cards.get(currentId) : undefined;
  const notesByRecord = groupByRecord(notes ?? []);

  const toggleDetails = (open = !details) => {
    setDetails(open);
    props.actions.viewChanged(open ? 'details' : 'summary');
  };
  const attempt = async (action: () => Promise<string | null>) => {
    try {
      setNotice(await action());
    } catch (error) {
      setNotice(errorMessage(error));
    }
  };
  const back = () => (trail.length > 0 ? setTrail(trail.slice(0, -1)) : setChosen(null));

  return (
    <div
      ref={cardRef}
      class="crl-card"
      role="dialog"
      lang="en-GB"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      data-crl-theme={show.theme}
      data-pinned={show.pinned ? 'true' : 'false'}
    >
      <div class="crl-card-bar">
        <span class="crl-card-brand">Care Review Lens</span>
        <button type="button" class="crl-close" aria-label="Close card" onClick={() => props.actions.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {props.welcomeHref && (
        <CardHint welcomeHref={props.welcomeHref} onDismiss={props.actions.dismissHint} cardRef={cardRef} />
      )}
      <div class="crl-card-body">
        {(trail.length > 0 || (records.length > 1 && chosen)) && (
          <button type="button" class="crl-link-button crl-back" onClick={back}>
            ← {trail.length > 0 ? 'Back' : `All ${records.length} proposals`}
          </button>
        )}
        {!record ? (
          <CardChooser
            records={records}
            termKey={show.termKey}
            titleId={TITLE_ID}
            withNotes={new Set(notesByRecord.keys())}
            onChoose={setChosen}
          />
        ) : (
          <CardRecordView
            key={record.id}
            record={record}
            show={show}
            cards={cards}
            notes={notes ? (notesByRecord.get(record.id) ?? []) : undefined}
            details={details}
            onDetails={toggleDetails}
            definitionsHref={props.definitionsHref}
            store={props.actions.notes}
            onSelectRelated={(id) => setTrail([...trail, id])}
          />
        )}
      </div>
      <CardFooter
        canCopy={record !== undefined}
        notice={notice}
        siteOff={siteOff}
        dataset={props.dataset}
        today={props.today}
        onCopy={(format) => record && void attempt(() => props.actions.copy(record, format))}
        onSiteOff={() =>
          void attempt(async () => {
            setSiteOff(await props.actions.siteOff());
            return null;
          })
        }
        onUndoSiteOff={() =>
          void attempt(async () => {
            await props.actions.siteOn();
            setSiteOff(null);
            return 'Marking is back on for this site.';
          })
        }
      />
    </div>
  );
}

interface CardRecordViewProps {
  record: CardRecord;
  show: CardShow;
  cards: CardLookup;
  /** The reader's notes on this record (undefined until known). */
  notes: readonly Note[] | undefined;
  details: boolean;
  onDetails(open?: boolean): void;
  definitionsHref: string;
  store: Store;
  onSelectRelated(id: string): void;
}

/** One record: the summary, then the reader's notes and the details when open. */
function CardRecordView(props: CardRecordViewProps) {
  const { record, show, cards, notes, details } = props;
  const [notesOpen, setNotesOpen] = useState(false);
  const timelineRef = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <CardSummary
        record={record}
        since={show.since}
        titleId={TITLE_ID}
        definitionsHref={props.definitionsHref}
        detailsShown={details}
        notesShown={notesOpen}
        noteCount={notes ? notes.length : null}
        onToggleDetails={() => props.onDetails()}
        onShowChanges={() => {
          props.onDetails(true);
          requestAnimationFrame(() => {
            timelineRef.current?.scrollIntoView({ block: 'start' });
            timelineRef.current?.focus({ preventScroll: true });
          });
        }}
        onToggleNotes={() => setNotesOpen(!notesOpen)}
      />
      {notesOpen && <CardNotes recordId={record.id} notes={notes} store={props.store} />}
      {details && (
        <CardDetails
          record={record}
          since={show.since}
          id={`${TITLE_ID}-details`}
          termKey={show.termKey}
          resolveRelated={(id) => cards.get(id)}
          onSelectRelated={props.onSelectRelated}
          timelineRef={timelineRef}
        />
      )}
    </>
  );
}
