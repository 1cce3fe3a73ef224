package id.alur.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code issued_permit} table: one row per permit, with what it states, its PDF's document id and SHA-256, and
 * its signature. Conditions are kept as a JSON array, so that a condition may hold any text, line breaks too.
 */
@Component
class IssuedPermitTable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
  };

  private final JdbcClient jdbc;

  IssuedPermitTable(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored permit and the signature stored with it (which may no longer match, if the row was changed). */
  record Row(IssuedPermit permit, String signature) {
  }

  void insert(IssuedPermit permit, String issuedBy, String signature) {
    PermitContent content = permit.content();
    jdbc.sql("""
            insert into issued_permit (permit_number, tracking_number, permit_type, permit_type_name, holder_name,
                                       object_description, object_location, conditions, deemed_granted, document_id,
                                       document_sha256, issued_at, issued_by, signature)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(permit.number(), permit.trackingNumber(), content.permitType(), content.permitTypeName(),
            content.holderName(), content.objectDescription(), content.objectLocation(),
            json(content.conditions()), content.deemedGranted(), permit.documentId(), permit.documentSha256(),
            OffsetDateTime.ofInstant(permit.issuedAt(), ZoneOffset.UTC), issuedBy, signature)
        .update();
  }

  Optional<Row> byNumber(String number) {
    return jdbc.sql("select * from issued_permit where permit_number = ?").param(number).query(this::toRow).optional();
  }

  Optional<Row> byCase(String trackingNumber) {
    return jdbc.sql("select * from issued_permit where tracking_number = ?").param(trackingNumber)
        .query(this::toRow).optional();
  }

  private Row toRow(ResultSet row, int rowNumber) throws SQLException {
    PermitContent content = new PermitContent(row.getString("tracking_number"), row.getString("permit_type"),
        row.getString("permit_type_name"), row.getString("holder_name"), row.getString("object_description"),
        row.getString("object_location"), conditions(row.getString("conditions")), row.getBoolean("deemed_granted"));
    IssuedPermit permit = new IssuedPermit(row.getString("permit_number"), row.getString("tracking_number"),
        row.getString("document_id"), row.getString("document_sha256"),
        row.getObject("issued_at", OffsetDateTime.class).toInstant(), content);
    return new Row(permit, row.getString("signature"));
  }

  private static String json(List<String> conditions) {
    try {
      return JSON.writeValueAsString(conditions);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("conditions are plain text", e);
    }
  }

  /**
   * Conditions that are no longer a JSON list of texts were changed by hand: they read as one marker text, so
   * that the row's signature fails, not the page.
   */
  private static List<String> conditions(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return List.of("(unreadable: " + json + ")");
    }
  }
}
