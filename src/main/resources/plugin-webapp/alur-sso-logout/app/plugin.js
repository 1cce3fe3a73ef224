// Alur with Keycloak: "Log out" ends the Keycloak session as well (GET /logout on the app, which sends the
// browser to Keycloak's end-session endpoint), and the webapps' own password page is never shown.
const observer = new MutationObserver(() => {
  const item = document.querySelector('li.account li.logout');
  if (!item) {
    return;
  }
  observer.disconnect();
  const oldLink = item.getElementsByTagName('a')[0];
  const link = oldLink.cloneNode(true); // a clone carries none of the webapp's click handlers
  item.replaceChild(link, oldLink);
  const appRoot = document.querySelector('base').getAttribute('app-root');
  const base = document.location.href.substring(0, document.location.href.indexOf(appRoot));
  link.href = base + '/logout';
});
observer.observe(document, {childList: true, subtree: true});

if (window.location.hash.includes('login')) {
  window.location.hash = '';
}

export default [];
