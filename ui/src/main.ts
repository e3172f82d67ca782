import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import './lib/i18n';
import { applyRememberedTheme } from './lib/theme';

applyRememberedTheme();

const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');

export default mount(App, { target });
