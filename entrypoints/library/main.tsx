import { render } from 'preact';
import '../../components/shared/record-components.css';
import '../../components/pages/extension-pages.css';
import '../../components/pages/library/library.css';
import { LibraryApp } from '../../components/pages/library/LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
