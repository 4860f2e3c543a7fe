import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), on every render
 * including the first. Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * `style-src` Content Security Policy blocks; CSSOM writes are allowed.
 */
class CssVars extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() goes on an element: <span ${cssVars({...})}>');
  }

  render(_vars: Record<string, string | number>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Record<string, string | number>]): typeof nothing {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, String(value));
    return nothing;
  }
}

export const cssVars = directive(CssVars);
