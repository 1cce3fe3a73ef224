/**
 * Upkeep of the database Alur runs on, so that a city's server needs no tuning by hand: planner statistics kept
 * fresh on PostgreSQL.
 */
package id.alur.database;
