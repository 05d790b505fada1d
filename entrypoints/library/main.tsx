import { render } from 'preact';
import '../../components/record-components.css';
import '../../components/extension-pages.css';
import './library.css';
import { LibraryApp } from './LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
