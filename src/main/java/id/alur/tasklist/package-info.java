/**
 * Camunda Tasklist as the clerks' workplace: the shared filters every member of staff finds at start
 * (their own tasks, their OPD's open tasks, what falls due within a working day, what is overdue, and for
 * heads all of their OPD's tasks), each showing the case's tracking number and due date; and Tasklist in
 * the user's language, with task names, filter names and form labels in Bahasa Indonesia or English.
 */
@NonNullApi
package id.alur.tasklist;

import org.springframework.lang.NonNullApi;
