package id.alur.identity;

/**
 * A failed login at one of the app's own login forms (the staff pages of the embedded profile): the user name
 * tried, never the password, the client's address and the form's path. Published for the audit trail.
 */
public record StaffLoginFailed(String userName, String client, String path) {
}
