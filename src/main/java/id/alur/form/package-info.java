/**
 * Camunda Forms (form-js JSON under {@code forms/}) as a contract the server keeps: every form is read and
 * checked when it is deployed, and every way of completing a task or starting a process with a form (the
 * engine's REST API, Tasklist, the app's own APIs, Java callers) is checked against the deployed form before
 * anything is written. A refused submission names each bad field and why, in Bahasa Indonesia and English.
 */
@NonNullApi
package id.alur.form;

import org.springframework.lang.NonNullApi;
