// Define the elements before Vue mounts, so Vue finds their properties and sets bindings as properties.
import 'career-pathway-elements/occupation-explorer';
import 'career-pathway-elements/campaign-meter';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
