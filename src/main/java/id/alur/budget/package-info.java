/**
 * Budget requests (usulan anggaran) of an OPD or kecamatan: funded in the current DPA, or shifted (pergeseran) with
 * the approval of the authority the account levels call for, or queued for APBD-Perubahan or next year's planning;
 * then procurement, SPP, SPM and SP2D to payment. {@link BudgetRequestApi} is the staff API, {@link BudgetSteps} the
 * process's bean {@code budget}.
 */
@NonNullApi
package id.alur.budget;

import org.springframework.lang.NonNullApi;
