package id.alur.permit;

/**
 * What a citizen must do next on their application. Its texts, in Bahasa Indonesia and English, are in the
 * message bundles under {@code permit.action.<NAME>}.
 */
public enum PermitAction {
  /** Nothing: the city is working on it. */
  WAIT,
  /** Send the missing documents the front office listed. */
  COMPLETE_FILE,
  /** Revise the application as the technical OPD asked. */
  REVISE,
  /** Pay the retribution of the SKRD. */
  PAY,
  /** Download the permit. */
  DOWNLOAD,
  /** Nothing more: the application is closed. */
  NONE
}
