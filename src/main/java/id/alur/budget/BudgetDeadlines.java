package id.alur.budget;

import id.alur.budget.BudgetRequestProcess.Urgency;
import id.alur.sla.WorkAmount;
import id.alur.sla.WorkUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The working time each step of a budget request has, normal and darurat. The figures: SPM by the budget
 * holder within 2 HK, SP2D by BPKAD within 2 HK, a rejected SPM returned within 1 HK; the others are Alur's. A
 * darurat request has half of each: half of an even number of days is days, half of an odd number is counted in
 * office hours at 8 JK a day (1 HK becomes 4 JK), so that no deadline is rounded up.
 */
enum BudgetDeadlines {
  /** From submission to the decision that the money may be spent (the clock BudgetDecision). */
  DECISION("slaDecision", 10),
  RECOMMENDATION("slaRecommendation", 2),
  REVIEW("slaReview", 4),
  APPROVAL("slaApproval", 2),
  REVISION("slaRevision", 10),
  PROCUREMENT("slaProcurement", 10),
  SPP("slaSpp", 2),
  SPM("slaSpm", 2),
  SP2D("slaSp2d", 2),
  SP2D_REJECTION("slaSp2dRejection", 1),
  PAYMENT("slaPayment", 1);

  static final int HOURS_PER_DAY = 8;

  private final String variable;
  private final int normalDays;

  BudgetDeadlines(String variable, int normalDays) {
    this.variable = variable;
    this.normalDays = normalDays;
  }

  String variable() {
    return variable;
  }

  WorkAmount amount(Urgency urgency) {
    if (urgency == Urgency.NORMAL) {
      return new WorkAmount(normalDays, WorkUnit.HK);
    }
    return normalDays % 2 == 0
        ? new WorkAmount(normalDays / 2, WorkUnit.HK)
        : new WorkAmount(normalDays * HOURS_PER_DAY / 2, WorkUnit.JK);
  }

  /** Every step's working time as the process variables its due dates read ({@code slaSpm = "1HK"}). */
  static Map<String, Object> variables(Urgency urgency) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (BudgetDeadlines step : values()) {
      variables.put(step.variable, step.amount(urgency).toString());
    }
    return variables;
  }
}
