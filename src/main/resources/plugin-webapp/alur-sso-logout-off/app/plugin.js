// Alur: without Keycloak the webapps keep their own login and logout; nothing to change.
export default [];
