import { render } from 'preact';
import '../../components/shared/record-components.css';
import '../../components/pages/extension-pages.css';
import '../../components/pages/popup/popup.css';
import { PopupApp } from '../../components/pages/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
