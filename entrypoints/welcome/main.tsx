import { render } from 'preact';
import '../../components/shared/record-components.css';
import '../../components/pages/extension-pages.css';
import '../../utils/shared/marks/highlights.css';
import '../../components/pages/welcome/welcome.css';
import { WelcomeApp } from '../../components/pages/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
