import { render } from 'preact';
import '../../components/record-components.css';
import '../../components/extension-pages.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
