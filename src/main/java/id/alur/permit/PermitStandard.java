package id.alur.permit;

import id.alur.permit.PermitApplicationProcess.FeeRule;

/**
 * The service standard of one permit type, as the DMN table {@code PermitServiceStandard} gives it.
 *
 * @param slaWorkingDays the sector deadline in hari kerja, or the law's default when the table names none
 */
public record PermitStandard(String permitType, String permitTypeName, String numberCode, int slaWorkingDays,
    String technicalOpd, boolean surveyRequired, FeeRule feeRule, String requiredDocuments) {

  /** The deadline of a permit without a sector deadline: UU 30/2014 pasal 53 as amended by UU 6/2023. */
  public static final int STATUTORY_WORKING_DAYS = 5;

  /** The budget as the SLA clock reads it ({@code 10HK}). */
  public String slaBudget() {
    return slaWorkingDays + "HK";
  }
}
