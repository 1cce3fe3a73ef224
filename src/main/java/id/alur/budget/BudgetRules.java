package id.alur.budget;

import id.alur.budget.BudgetRequestProcess.ShiftAuthority;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The three decision tables of budget requests, as deployed (a designer's new version applies to the next request):
 * whether spending is IT ({@code BudgetItSpending}), who may approve a shift ({@code BudgetShiftAuthority}) and the
 * procurement method an amount implies ({@code ProcurementMethod}). They are evaluated past the engine's
 * authorization: the tables are the city's rules, and a kecamatan's clerk needs no right on decision definitions for
 * them to apply.
 */
@Component
class BudgetRules {

  /** Who may approve a shift of a level, and the engine group that does it (empty when nobody may now). */
  record Authority(ShiftAuthority authority, String name, String approverGroup, String approverOpd) {
  }

  record Procurement(String method, String name) {
  }

  private final DecisionService decisions;
  private final ProcessEngineConfigurationImpl engine;

  BudgetRules(DecisionService decisions, ProcessEngineConfigurationImpl engine) {
    this.decisions = decisions;
    this.engine = engine;
  }

  boolean itSpending(AccountCode account) {
    DmnDecisionResultEntries row = first(BudgetRequestProcess.IT_SPENDING_DECISION, Map.of("account", account.value()));
    return row != null && Boolean.TRUE.equals(row.get("itSpending"));
  }

  Authority shiftAuthority(ShiftLevel level) {
    DmnDecisionResultEntries row = first(BudgetRequestProcess.SHIFT_AUTHORITY_DECISION,
        Map.of("shiftLevel", level.name()));
    if (row == null || row.get("shiftAuthority") == null) {
      throw new IllegalStateException("BudgetShiftAuthority has no row for " + level);
    }
    ShiftAuthority authority = ShiftAuthority.valueOf(row.get("shiftAuthority").toString());
    return new Authority(authority, text(row, "shiftAuthorityName"), text(row, "approverGroup"),
        text(row, "approverOpd"));
  }

  Procurement procurement(long amount, boolean catalogueItem) {
    DmnDecisionResultEntries row = first(BudgetRequestProcess.PROCUREMENT_DECISION,
        Map.of("amount", amount, "catalogueItem", catalogueItem));
    if (row == null || row.get("procurementMethod") == null) {
      throw new IllegalStateException("ProcurementMethod has no row for Rp" + amount);
    }
    return new Procurement(row.get("procurementMethod").toString(), text(row, "procurementMethodName"));
  }

  private DmnDecisionResultEntries first(String decision, Map<String, Object> inputs) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
        decisions.evaluateDecisionByKey(decision).variables(inputs).evaluate().getFirstResult()));
  }

  private static String text(DmnDecisionResultEntries row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }
}
