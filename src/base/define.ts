/**
 * Defines a custom element unless the tag is taken, so two copies of the library on one page (two
 * partners' widgets, say) do not throw. The first definition wins; both copies then render with it.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
