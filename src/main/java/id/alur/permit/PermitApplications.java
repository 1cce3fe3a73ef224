package id.alur.permit;

import id.alur.permit.PermitApplication.Applicant;
import id.alur.permit.PermitApplicationProcess.FeeRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code permit_application} table. Every method joins the caller's transaction. */
@Repository
class PermitApplications {

  private final JdbcClient jdbc;

  PermitApplications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(PermitApplication application) {
    PermitStandard standard = application.standard();
    Applicant applicant = application.applicant();
    jdbc.sql("""
            insert into permit_application (tracking_number, permit_type, permit_type_name, number_code,
              sla_working_days, technical_opd, survey_required, fee_rule, required_documents, applicant_name, applicant_nik,
              applicant_email, applicant_phone, object_description, object_location, citizen_action, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(application.trackingNumber(), standard.permitType(), standard.permitTypeName(),
            standard.numberCode(), standard.slaWorkingDays(), standard.technicalOpd(), standard.surveyRequired(),
            standard.feeRule().name(), standard.requiredDocuments(), applicant.name(), applicant.nik(), applicant.email().orElse(null),
            applicant.phone().orElse(null), application.objectDescription(), application.objectLocation(),
            application.citizenAction().name(), application.submittedAt())
        .update();
  }

  Optional<PermitApplication> find(String trackingNumber) {
    return jdbc.sql("select * from permit_application where tracking_number = ?")
        .param(trackingNumber)
        .query(PermitApplications::toApplication)
        .optional();
  }

  PermitApplication get(String trackingNumber) {
    return find(trackingNumber).orElseThrow(() ->
        new IllegalStateException("no permit application for case " + trackingNumber));
  }

  /** Records what the citizen must do now, in the clerk's words when there are any. */
  void askCitizen(String trackingNumber, PermitAction action, String request) {
    jdbc.sql("update permit_application set citizen_action = ?, citizen_request = ? where tracking_number = ?")
        .params(action.name(), request, trackingNumber)
        .update();
  }

  void recordTechnicalNotes(String trackingNumber, String notes) {
    set(trackingNumber, "technical_notes", notes);
  }

  void recordSiteFindings(String trackingNumber, String findings) {
    set(trackingNumber, "site_findings", findings);
  }

  void recordDecisionReason(String trackingNumber, String reason) {
    set(trackingNumber, "decision_reason", reason);
  }

  void recordBreach(String trackingNumber, String opd) {
    set(trackingNumber, "breached_opd", opd);
  }

  /** Sets one column, named by this class and never by a caller. */
  private void set(String trackingNumber, String column, String value) {
    jdbc.sql("update permit_application set " + column + " = ? where tracking_number = ?")
        .params(value, trackingNumber)
        .update();
  }

  private static PermitApplication toApplication(ResultSet row, int rowNumber) throws SQLException {
    PermitStandard standard = new PermitStandard(row.getString("permit_type"), row.getString("permit_type_name"),
        row.getString("number_code"), row.getInt("sla_working_days"), row.getString("technical_opd"),
        row.getBoolean("survey_required"), FeeRule.valueOf(row.getString("fee_rule")), row.getString("required_documents"));
    Applicant applicant = new Applicant(row.getString("applicant_name"), row.getString("applicant_nik"),
        Optional.ofNullable(row.getString("applicant_email")), Optional.ofNullable(row.getString("applicant_phone")));
    return new PermitApplication(row.getString("tracking_number"), standard, applicant,
        row.getString("object_description"), row.getString("object_location"),
        PermitAction.valueOf(row.getString("citizen_action")), Optional.ofNullable(row.getString("citizen_request")),
        Optional.ofNullable(row.getString("breached_opd")), row.getObject("submitted_at", OffsetDateTime.class));
  }
}
