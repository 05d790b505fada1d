import { render } from 'preact';
import { LibraryApp } from './LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
