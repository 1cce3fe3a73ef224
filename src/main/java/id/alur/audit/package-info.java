/**
 * The audit trail an Inspektorat can trust: every event that matters (tasks, hand-offs, SLA events,
 * deployments, calendar changes, refused logins and requests, staff reads of a citizen's case) is one row of
 * a hash chain that the application can only append to, written in the same transaction as the change it
 * records; auditors verify the chain and read it.
 */
@NonNullApi
package id.alur.audit;

import org.springframework.lang.NonNullApi;
