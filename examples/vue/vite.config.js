import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/library.js';

export default defineConfig({
  ...exampleConfig(import.meta.dirname),
  plugins: [
    vue({
      // cp-* tags are custom elements, not Vue components: Vue renders them as elements and sets each
      // binding as a property when the element has one (so `:data` passes the object itself).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cp-') } },
    }),
  ],
});
