package id.alur.complaint;

import id.alur.complaint.Complaint.Complainant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code complaint} table. Every method joins the caller's transaction. */
@Repository
class ComplaintRecords {

  private final JdbcClient jdbc;

  ComplaintRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Complaint complaint) {
    Complainant who = complaint.complainant();
    jdbc.sql("""
            insert into complaint (tracking_number, category, description, kecamatan_opd, kelurahan, latitude, longitude,
              road_status, major_river, anonymous, confidential, complainant_name, complainant_nik, complainant_phone,
              complainant_email, proposed_opd, proposed_external, citizen_action, reopen_count, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(complaint.trackingNumber(), complaint.category(), complaint.description(), complaint.kecamatanOpd(),
            complaint.kelurahan(), complaint.latitude().orElse(null), complaint.longitude().orElse(null),
            complaint.roadStatus().orElse(null), complaint.majorRiver(), complaint.anonymous(), complaint.confidential(),
            who.name(), who.nik().orElse(null), who.phone().orElse(null), who.email().orElse(null),
            complaint.proposedOpd(), complaint.proposedExternal().orElse(null), complaint.citizenAction().name(),
            complaint.reopenCount(), complaint.submittedAt())
        .update();
  }

  Optional<Complaint> find(String trackingNumber) {
    return jdbc.sql("select * from complaint where tracking_number = ?").param(trackingNumber)
        .query(ComplaintRecords::toComplaint).optional();
  }

  Complaint get(String trackingNumber) {
    return find(trackingNumber).orElseThrow(() -> new IllegalStateException("no complaint for case " + trackingNumber));
  }

  /**
   * The latest complaints that are not confidential, newest first, for the public listing. The caller shows none
   * of the complainant's data; a confidential complaint never leaves here.
   */
  List<Complaint> latestPublic(int limit) {
    return jdbc.sql("""
            select * from complaint where confidential = false
            order by submitted_at desc, tracking_number desc limit ?""")
        .param(limit).query(ComplaintRecords::toComplaint).list();
  }

  void askCitizen(String trackingNumber, ComplaintAction action, String request) {
    jdbc.sql("update complaint set citizen_action = ?, citizen_request = ? where tracking_number = ?")
        .params(action.name(), request, trackingNumber).update();
  }

  void recordFirstResponse(String trackingNumber, String text) {
    set(trackingNumber, "first_response", text);
  }

  void recordAnswer(String trackingNumber, String text) {
    set(trackingNumber, "answer", text);
  }

  void recordRating(String trackingNumber, int rating, String comment) {
    jdbc.sql("update complaint set rating = ?, rating_comment = ? where tracking_number = ?")
        .params(rating, comment, trackingNumber).update();
  }

  int reopened(String trackingNumber) {
    jdbc.sql("update complaint set reopen_count = reopen_count + 1 where tracking_number = ?").param(trackingNumber)
        .update();
    return get(trackingNumber).reopenCount();
  }

  /** Sets one column, named by this class and never by a caller. */
  private void set(String trackingNumber, String column, String value) {
    jdbc.sql("update complaint set " + column + " = ? where tracking_number = ?").params(value, trackingNumber)
        .update();
  }

  private static Complaint toComplaint(ResultSet row, int rowNumber) throws SQLException {
    return new Complaint(row.getString("tracking_number"), row.getString("category"), row.getString("description"),
        row.getString("kecamatan_opd"), row.getString("kelurahan"), number(row, "latitude"), number(row, "longitude"),
        Optional.ofNullable(row.getString("road_status")), row.getBoolean("major_river"), row.getBoolean("anonymous"),
        row.getBoolean("confidential"),
        new Complainant(row.getString("complainant_name"), Optional.ofNullable(row.getString("complainant_nik")),
            Optional.ofNullable(row.getString("complainant_phone")),
            Optional.ofNullable(row.getString("complainant_email"))),
        row.getString("proposed_opd"), Optional.ofNullable(row.getString("proposed_external")),
        ComplaintAction.valueOf(row.getString("citizen_action")), Optional.ofNullable(row.getString("citizen_request")),
        Optional.ofNullable(row.getString("first_response")), Optional.ofNullable(row.getString("answer")),
        Optional.ofNullable((Integer) row.getObject("rating", Integer.class)),
        Optional.ofNullable(row.getString("rating_comment")), row.getInt("reopen_count"),
        row.getObject("submitted_at", OffsetDateTime.class));
  }

  private static Optional<Double> number(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
