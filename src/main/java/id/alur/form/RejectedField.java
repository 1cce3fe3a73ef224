package id.alur.form;

/** One refused field as the error body shows it: the variable, its label, the problem, and the message. */
public record RejectedField(String field, String label, String problem, String message, String messageEn) {
}
