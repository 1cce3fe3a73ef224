/**
 * Camunda's REST API ({@code /engine-rest}) as the Camunda starter registers it, with per-request costs of its own
 * taken out where the answer stays the engine's (bench/README.md, "Camunda's REST API rebuilt its tools for every
 * request"). Every resource, path, parameter and reply is Camunda's.
 */
@NonNullApi
package id.alur.enginerest;

import org.springframework.lang.NonNullApi;
