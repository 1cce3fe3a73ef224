/**
 * Who is who: the OPD directory (the city's agencies), the engine groups derived from it, the demo staff of
 * the embedded profile, and the security configuration that puts an authenticated user on the engine for
 * every staff request.
 */
@NonNullApi
package id.alur.identity;

import org.springframework.lang.NonNullApi;
