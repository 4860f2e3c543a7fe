import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/library.js';

export default defineConfig({
  ...exampleConfig(import.meta.dirname),
  plugins: [svelte()],
});
