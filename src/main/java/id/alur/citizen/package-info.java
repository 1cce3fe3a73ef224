/**
 * What citizens reach without a staff account: the public API under {@code /api/public}, where a case is
 * opened only with its tracking number and its access code.
 */
@NonNullApi
package id.alur.citizen;

import org.springframework.lang.NonNullApi;
