/**
 * Alur: a process platform for Indonesian local government. One top-level package per feature module
 * (see DESIGN.md); each module's API sits at its package root.
 */
@NonNullApi
package id.alur;

import org.springframework.lang.NonNullApi;
