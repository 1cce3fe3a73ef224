/**
 * The case registry every process uses: a case is one citizen's or requester's file, known everywhere by its
 * tracking number ({@code PRM-2026-000123}), with its process instance, owning OPD, public status and
 * timestamps. Other modules refer to a case by tracking number, never by engine ids.
 */
@NonNullApi
package id.alur.cases;

import org.springframework.lang.NonNullApi;
