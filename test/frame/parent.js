// The snippet from the README: fit each career-pathway iframe to its content, and log selections.
addEventListener('message', (event) => {
  for (const frame of document.querySelectorAll('iframe.cp-frame')) {
    if (event.source !== frame.contentWindow) continue;
    if (event.data?.type === 'cp-frame:height') frame.height = String(event.data.height);
    if (event.data?.type === 'cp-frame:select') document.getElementById('log').textContent = `${frame.id}: ${event.data.detail.id}`;
  }
});
