/**
 * Short names of the rungs, for the chart's axis and the one line that says where credits carry. Pure.
 *
 * Every short name is a piece of the rung's own title, never a made-up abbreviation, so a reader can
 * match it to its rung above:
 * - an abbreviation the title gives in brackets: "Bachelor of Science in Nursing (BSN)" -> "BSN",
 *   "Licensed Practical Nurse (LPN) license" -> "LPN license";
 * - else the title less a first word every rung shares: "CompTIA Security+" -> "Security+";
 * - else the title before " in " or ":": "Associate degree in business" -> "Associate degree",
 *   "Registered apprenticeship: electrician" -> "Registered apprenticeship";
 * - else the whole title.
 * Two rungs that would share a short name keep their whole titles.
 */

// An abbreviation: one short word in brackets, no spaces ("(BSN)", "(CPA)", "(GSEC)").
const BRACKETED = /^(.*?)\s*\(([^\s()]{2,10})\)\s*(.*)$/;

function abbreviated(title: string): string | undefined {
  const match = BRACKETED.exec(title);
  if (!match) return undefined;
  return [match[2], match[3]].filter(Boolean).join(' ');
}

function beforeQualifier(title: string): string | undefined {
  const cut = title.search(/ in |: /);
  return cut >= 2 ? title.slice(0, cut) : undefined;
}

export function shortNames(titles: readonly string[]): string[] {
  const first = titles.map((title) => title.split(/\s+/, 1)[0] ?? '');
  // A brand every rung shares ("CompTIA Network+"), not a kind ("Certificate in welding"): what is left
  // must start like a name.
  const shared =
    titles.length > 1 &&
    first.every((word) => word === first[0]) &&
    titles.every((title) => /^[^a-z]/.test(title.slice(first[0]!.length).trim()) && title.trim() !== first[0])
      ? first[0]!
      : undefined;
  const names = titles.map((title) => {
    const own = abbreviated(title);
    if (own) return own;
    if (shared) return title.slice(shared.length).trim();
    return beforeQualifier(title) ?? title;
  });
  return names.map((name, i) => (names.indexOf(name) === names.lastIndexOf(name) ? name : titles[i]!));
}

/**
 * Whether the axis's names fit side by side in columns `step` px apart at `px` px type: every word of
 * every name narrower than its column (wrapping happens between words only). An estimate, as layout is
 * pure: 0.62 em a character, bold sans-serif's average with room to spare. When they do not fit, the
 * axis staggers its names on two rows so a long word can spill into its neighbours' space.
 */
export function axisFits(names: readonly string[], step: number, px = 12): boolean {
  const widest = Math.max(0, ...names.flatMap((name) => name.split(/\s+/).map((word) => word.length)));
  return widest * px * 0.62 <= step - 4;
}
