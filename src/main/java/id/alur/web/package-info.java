/**
 * The HTTP edge of the application: limits and guards that every request passes before any module sees
 * it (body size, per-client rate on the public API, no Java-serialized variables), and error bodies that
 * never show internals.
 */
@NonNullApi
package id.alur.web;

import org.springframework.lang.NonNullApi;
