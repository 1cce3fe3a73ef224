package id.alur.cases;

import id.alur.identity.OpdDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases and keeps their owner, status and process instance. Every method joins the caller's
 * transaction, so a case opened while its process starts disappears with it if the start fails.
 */
@Service
public class CaseRegistry {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final JdbcClient jdbc;
  private final CaseNumbers numbers;
  private final OpdDirectory opdDirectory;
  private final MessageSource messages;
  private final Clock clock;

  @Autowired
  CaseRegistry(JdbcClient jdbc, CaseNumbers numbers, OpdDirectory opdDirectory, MessageSource messages,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this(jdbc, numbers, opdDirectory, messages, Clock.system(zone));
  }

  CaseRegistry(JdbcClient jdbc, CaseNumbers numbers, OpdDirectory opdDirectory, MessageSource messages,
      Clock clock) {
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.opdDirectory = opdDirectory;
    this.messages = messages;
    this.clock = clock;
  }

  /** Opens a case of the service named by {@code prefix} (PRM, ADU, ANG...), owned by an OPD. */
  @Transactional
  public TrackingNumber open(String prefix, String owningOpd, CaseStatus status) {
    TrackingNumber.requireValidPrefix(prefix);
    requireOpd(owningOpd);
    OffsetDateTime now = OffsetDateTime.now(clock);
    TrackingNumber number = new TrackingNumber(prefix, now.getYear(), numbers.next(prefix, now.getYear()));
    jdbc.sql("""
            insert into case_file (tracking_number, prefix, case_year, sequence_number, owning_opd, status,
                                   created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number.value(), number.prefix(), number.year(), number.sequence(), owningOpd, status.name(),
            now, now)
        .update();
    return number;
  }

  /** Records the process instance that carries the case; a case has one for life. */
  @Transactional
  public void linkProcessInstance(TrackingNumber number, String processInstanceId) {
    CaseFile existing = get(number);
    if (existing.processInstanceId().filter(id -> !id.equals(processInstanceId)).isPresent()) {
      throw new IllegalStateException(number + " is already carried by another process instance");
    }
    touch(number, "process_instance_id", processInstanceId);
  }

  @Transactional
  public void changeStatus(TrackingNumber number, CaseStatus status) {
    get(number);
    touch(number, "status", status.name());
  }

  /** Moves the case to another OPD, which from now on is accountable for it. */
  @Transactional
  public void transferTo(TrackingNumber number, String owningOpd) {
    requireOpd(owningOpd);
    get(number);
    touch(number, "owning_opd", owningOpd);
  }

  public Optional<CaseFile> find(TrackingNumber number) {
    return jdbc.sql("select * from case_file where tracking_number = ?")
        .param(number.value())
        .query(this::toCaseFile)
        .optional();
  }

  public Optional<CaseFile> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from case_file where process_instance_id = ?")
        .param(processInstanceId)
        .query(this::toCaseFile)
        .optional();
  }

  public CaseFile get(TrackingNumber number) {
    return find(number).orElseThrow(() -> new CaseNotFoundException(number));
  }

  public PublicStatus publicStatus(CaseStatus status) {
    return new PublicStatus(status,
        messages.getMessage(status.messageKey(), null, INDONESIAN),
        messages.getMessage(status.messageKey(), null, Locale.ENGLISH));
  }

  private void requireOpd(String code) {
    if (!opdDirectory.exists(code)) {
      throw new IllegalArgumentException("unknown OPD: " + code);
    }
  }

  /** Sets one column (named by this class, never by a caller) and the update time. */
  private void touch(TrackingNumber number, String column, String value) {
    jdbc.sql("update case_file set " + column + " = ?, updated_at = ? where tracking_number = ?")
        .params(value, OffsetDateTime.now(clock), number.value())
        .update();
  }

  private CaseFile toCaseFile(ResultSet row, int rowNumber) throws SQLException {
    ZoneId zone = clock.getZone();
    return new CaseFile(
        TrackingNumber.parse(row.getString("tracking_number")),
        Optional.ofNullable(row.getString("process_instance_id")),
        row.getString("owning_opd"),
        publicStatus(CaseStatus.valueOf(row.getString("status"))),
        row.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
        row.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime());
  }
}
