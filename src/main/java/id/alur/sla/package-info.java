/**
 * Deadlines in working time. {@link id.alur.sla.WorkingCalendar} counts hari kerja (HK) and jam kerja (JK)
 * over the holidays and an OPD's {@link id.alur.sla.OfficeHours}; models use it through the {@code sla}
 * expression bean ({@link id.alur.sla.SlaExpressions}); {@link id.alur.sla.SlaClocks} keeps the pausable
 * SLA clock of a case and {@link id.alur.sla.SlaClockWatch} delivers its reminders and breaches to the
 * process; {@link id.alur.sla.CalendarChanges} moves running clocks, timers and task dates when an admin
 * changes the calendar.
 */
package id.alur.sla;
