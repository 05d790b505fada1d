import '../../components/shared/record-components.css';
import '../../components/card/card.css';
import { createCardRenderer } from '../../components/card/CardFrameApp';
import { createCardNotesClient } from '../../utils/extension/card-frame/card-notes-client';
import { startCardFrame } from '../../utils/extension/card-frame/card-frame-runtime';

const notes = createCardNotesClient();
void startCardFrame(createCardRenderer(document.getElementById('card')!, notes), notes).catch((error: unknown) =>
  console.error('Care Review Lens: the card frame could not start', error),
);
