/**
 * Public complaints (pengaduan, SIARAN / SP4N-LAPOR! practice): the city's places a complaint may name
 * ({@link CityAreas}) and the routing table {@code ComplaintRouting} that proposes the OPD or the outside agency
 * ({@link ComplaintRoutes}). The complaint process, its forms and its citizen API come next (issue 9).
 */
@NonNullApi
package id.alur.complaint;

import org.springframework.lang.NonNullApi;
