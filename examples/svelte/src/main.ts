// Define the elements before Svelte mounts, so Svelte finds their properties and sets attributes as properties.
import 'career-pathway-elements/credential-ladder';
import 'career-pathway-elements/campaign-meter';
import { mount } from 'svelte';
import App from './App.svelte';

export default mount(App, { target: document.getElementById('app')! });
