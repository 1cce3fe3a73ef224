package id.alur.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out tracking-number sequences without gaps. The next number is taken by incrementing the counter
 * row of the prefix and year inside the caller's transaction: the row stays locked until that transaction
 * ends, so concurrent openings queue behind it, and a rollback returns the number. Cases of one service are
 * thereby opened one at a time, far above a city's rate of well under one case a second.
 */
@Component
class CaseNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate separateTransaction;

  CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Must run inside the transaction that writes the case. */
  int next(String prefix, int year) {
    if (increment(prefix, year) == 0) {
      createCounter(prefix, year);
      increment(prefix, year);
    }
    int value = jdbc.sql("select last_value from case_sequence where prefix = ? and case_year = ?")
        .params(prefix, year)
        .query(Integer.class)
        .single();
    if (value > TrackingNumber.MAX_SEQUENCE) {
      throw new IllegalStateException("No tracking numbers left for " + prefix + " in " + year);
    }
    return value;
  }

  private int increment(String prefix, int year) {
    return jdbc.sql("update case_sequence set last_value = last_value + 1 where prefix = ? and case_year = ?")
        .params(prefix, year)
        .update();
  }

  /**
   * The first case of a year creates its counter in a transaction of its own, so that two first cases
   * racing to create it do not fail the loser's case: the loser's insert fails alone and it uses the row.
   */
  private void createCounter(String prefix, int year) {
    try {
      separateTransaction.executeWithoutResult(status -> jdbc
          .sql("insert into case_sequence (prefix, case_year, last_value) values (?, ?, 0)")
          .params(prefix, year)
          .update());
    } catch (DuplicateKeyException alreadyCreated) {
      // Another opening created it first; the increment that follows uses it.
    }
  }
}
