/**
 * Public complaints (pengaduan, SIARAN / SP4N-LAPOR! practice): the city's places a complaint may name
 * ({@link CityAreas}), the routing table {@code ComplaintRouting} that proposes the OPD or the outside agency
 * ({@link ComplaintRoutes}), the citizen API (submission with photos, the citizen's last word, the public listing of
 * what is not confidential, the next step on the public status) and the staff read, which shows an anonymous
 * complainant only to the coordinator and never a full NIK or phone number.
 */
@NonNullApi
package id.alur.complaint;

import org.springframework.lang.NonNullApi;
