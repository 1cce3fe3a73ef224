package id.alur.complaint;

/**
 * What a complainant must do next. Texts in the message bundles under {@code complaint.action.<NAME>}.
 */
public enum ComplaintAction {
  /** Nothing: the city is working on it. */
  WAIT,
  /** Answer the coordinator's question (the verification clock is paused meanwhile). */
  PROVIDE_INFO,
  /** Read the answer, then confirm it with a rating or reopen the complaint. */
  CONFIRM,
  /** Nothing more: the complaint is closed. */
  NONE
}
