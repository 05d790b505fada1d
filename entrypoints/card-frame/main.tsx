import '../../components/shared/record-components.css';
import '../../components/card/card.css';
import { createCardRenderer } from '../../components/card/CardFrameApp';
import { startCardFrame } from '../../utils/extension/card-frame/card-frame-runtime';

void startCardFrame(createCardRenderer(document.getElementById('card')!)).catch((error: unknown) =>
  console.error('Care Review Lens: the card frame could not start', error),
);
