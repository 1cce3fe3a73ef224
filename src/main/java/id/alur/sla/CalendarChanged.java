package id.alur.sla;

/** Published inside the transaction of a change to the holidays or an OPD's office hours. */
public record CalendarChanged(String actor, String change, int moved) {
}
