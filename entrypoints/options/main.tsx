import { render } from 'preact';
import '@/assets/cards.css';
import '@/assets/pages.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
