// The print view's "Udskriv" button: the browser's own print dialog (script, since the CSP forbids inline handlers).
document.getElementById('udskriv')?.addEventListener('click', () => window.print());
