/**
 * Hand-offs of a case between OPDs and to agencies outside the city: the reusable call activity
 * {@code AgencyHandoffV01} (processes/handoff/) that the permit and complaint processes call, what it records
 * (acceptances, returns, Sekda's arbitration, letters to outside agencies and their answers) and the staff API
 * under {@code /api/cases/{trackingNumber}/handoffs}. {@link AgencyHandoff} is the contract for callers.
 */
@NonNullApi
package id.alur.handoff;

import org.springframework.lang.NonNullApi;
