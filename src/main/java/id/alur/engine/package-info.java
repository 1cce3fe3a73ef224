/**
 * Camunda wiring and nothing else: schema ordering (Liquibase before the engine), the single deployment of
 * everything under {@code processes/} and {@code forms/}, and the model conventions every deployed model
 * must meet. No business code lives here.
 */
@NonNullApi
package id.alur.engine;

import org.springframework.lang.NonNullApi;
