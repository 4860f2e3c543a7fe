// Demo page controls: theme and language of the elements, and which Colorado pathway to show.
// Plain DOM; the elements themselves come from ../dist/embed.js.
const root = document.documentElement;
const elements = () => document.querySelectorAll('cp-pathway-map, cp-credential-ladder, cp-campaign-meter, cp-occupation-explorer');

const PATHWAYS = {
  'co-it': ['Information Technology', '../data/colorado/pathway-information-technology.json'],
  'co-healthcare': ['Healthcare', '../data/colorado/pathway-healthcare.json'],
  'co-construction': ['Construction', '../data/colorado/pathway-construction.json'],
  'co-business-operations': ['Business Operations', '../data/colorado/pathway-business-operations.json'],
  'co-cybersecurity': ['Cybersecurity', '../data/colorado/pathway-cybersecurity.json'],
};

function applyTheme(theme) {
  root.dataset.theme = theme;
  for (const element of elements()) element.setAttribute('theme', theme);
}

function applyLanguage(lang) {
  root.lang = lang;
}

for (const select of document.querySelectorAll('select[data-control]')) {
  const saved = sessionStorage.getItem(`demo-${select.dataset.control}`);
  if (saved && [...select.options].some((o) => o.value === saved)) select.value = saved;
  const apply = () => {
    sessionStorage.setItem(`demo-${select.dataset.control}`, select.value);
    if (select.dataset.control === 'theme') applyTheme(select.value);
    if (select.dataset.control === 'lang') applyLanguage(select.value);
    if (select.dataset.control === 'pathway') {
      const [, src] = PATHWAYS[select.value];
      for (const id of select.dataset.targets.split(' ')) document.getElementById(id)?.setAttribute('src', src);
    }
  };
  select.addEventListener('change', apply);
  apply();
}

// Show what the elements tell the page, as a partner's own script would.
const log = document.querySelector('[data-event-log]');
if (log) {
  for (const type of ['cp-select', 'cp-error']) {
    document.addEventListener(type, (event) => {
      const { id, kind, message } = event.detail;
      log.textContent = type === 'cp-select' ? `cp-select: ${kind} "${id}"` : `cp-error: ${message}`;
    });
  }
}
