/** What a menu button (menu-button.ts) shows, apart from its code, which is fetched on first use (menu-behavior.ts). */
export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  /** Makes the item a `menuitemcheckbox`: whether it is on. */
  readonly checked?: boolean;
}

export interface MenuButtonInput {
  /** The button's text (and name). */
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** `part` names for the button and the menu. */
  readonly parts?: { readonly button?: string; readonly menu?: string };
}
