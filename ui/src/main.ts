import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import './lib/i18n';
import { useDesktopFont } from './lib/desktop-font';
import { applyRememberedTheme } from './lib/theme';
import { markStage } from './lib/state/idle';

markStage('script');

applyRememberedTheme();
useDesktopFont();

const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');

export default mount(App, { target });
