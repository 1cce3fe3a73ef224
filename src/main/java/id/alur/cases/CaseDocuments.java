package id.alur.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents kept with a case, in the database with the case so that a backup holds both. Storing joins the
 * caller's transaction (a letter exists exactly when the step that wrote it does) and publishes
 * {@link CaseDocumentStored}, which puts the document's name, size and SHA-256 on the audit trail.
 */
@Service
public class CaseDocuments {

  private final JdbcClient jdbc;
  private final CaseRegistry cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseDocuments(JdbcClient jdbc, CaseRegistry cases, ApplicationEventPublisher events,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.events = events;
    this.clock = Clock.system(zone);
  }

  /** A new document's content and what it is. */
  public record NewDocument(String kind, String fileName, String mediaType, byte[] content) {
  }

  @Transactional
  public CaseDocument store(TrackingNumber number, NewDocument document, String actor) {
    CaseFile caseFile = cases.get(number);
    CaseDocument stored = new CaseDocument(UUID.randomUUID().toString(), number.value(), document.kind(),
        document.fileName(), document.mediaType(), document.content().length, sha256(document.content()), actor,
        OffsetDateTime.now(clock));
    jdbc.sql("""
            insert into case_document (id, tracking_number, kind, file_name, media_type, size_bytes, sha256, content,
                                       created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(stored.id(), stored.trackingNumber(), stored.kind(), stored.fileName(), stored.mediaType(),
            stored.sizeBytes(), stored.sha256(), document.content(), stored.createdBy(), stored.createdAt())
        .update();
    events.publishEvent(new CaseDocumentStored(stored, caseFile.owningOpd()));
    return stored;
  }

  public List<CaseDocument> ofCase(TrackingNumber number) {
    return jdbc.sql("select * from case_document where tracking_number = ? order by created_at, id")
        .param(number.value())
        .query(this::toDocument)
        .list();
  }

  public Optional<CaseDocument> find(TrackingNumber number, String documentId) {
    return jdbc.sql("select * from case_document where tracking_number = ? and id = ?")
        .params(number.value(), documentId)
        .query(this::toDocument)
        .optional();
  }

  public byte[] content(CaseDocument document) {
    return jdbc.sql("select content from case_document where id = ?")
        .param(document.id())
        .query((row, n) -> row.getBytes("content"))
        .single();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private CaseDocument toDocument(ResultSet row, int rowNumber) throws SQLException {
    return new CaseDocument(row.getString("id"), row.getString("tracking_number"), row.getString("kind"),
        row.getString("file_name"), row.getString("media_type"), row.getInt("size_bytes"), row.getString("sha256"),
        row.getString("created_by"),
        row.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime());
  }
}
