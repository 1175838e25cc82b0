// Show the window once the page has run, and say when it is painted: as unsit-ui's pages do.
const { invoke } = window.__TAURI__.core;
invoke('ready').then(() => requestAnimationFrame(() => requestAnimationFrame(() => invoke('painted'))));
