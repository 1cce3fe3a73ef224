package id.alur.budget;

import static id.alur.citizen.RequestFields.problem;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.budget.BudgetRequest.Source;
import id.alur.budget.BudgetRequestProcess.Urgency;
import id.alur.citizen.RequestFields;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The part {@code request} of {@code POST /api/budget-requests}, read field by field: every problem is a 400 naming
 * the field. {@code fundedInDpa} is the requester's statement that the current DPA holds the money on
 * {@code targetAccount} (the DPA itself lives in SIPD, not here; the PPK-SKPD checks it at the SPP and BPKAD at the
 * SP2D). A request the DPA does not fund names where the money is to come from: {@code sourceAccount}, and when it
 * lies in another sub-kegiatan or another OPD's DPA, {@code sourceSubKegiatan} and {@code sourceOpd}.
 */
record NewBudgetRequest(String opd, String title, SubKegiatanCode subKegiatan, AccountCode targetAccount,
    boolean fundedInDpa, Optional<Source> source, long amount, String justification, Urgency urgency,
    boolean catalogueItem) {

  static final String PART = "request";
  /** Rp10 triliun: more than any city's whole APBD; a larger figure is a typo. */
  static final long MAX_AMOUNT = 10_000_000_000_000L;
  private static final Set<String> FIELDS = Set.of("opd", "title", "subKegiatan", "targetAccount", "fundedInDpa",
      "sourceAccount", "sourceSubKegiatan", "sourceOpd", "amount", "justification", "urgency", "catalogueItem");

  static NewBudgetRequest parse(String json) {
    JsonNode body = RequestFields.object(json, PART, FIELDS);
    String opd = RequestFields.required(body, "opd", 2, 40);
    String title = RequestFields.required(body, "title", 5, 200);
    SubKegiatanCode subKegiatan = subKegiatan(RequestFields.required(body, "subKegiatan", 1, 40), "subKegiatan");
    AccountCode target = account(RequestFields.required(body, "targetAccount", 1, 40), "targetAccount");
    if (body.get("fundedInDpa") == null || body.get("fundedInDpa").isNull()) {
      throw problem("fundedInDpa", "Nyatakan apakah DPA tahun berjalan mendanai usulan ini (true/false)",
          "State whether the current DPA funds this request (true/false)");
    }
    boolean funded = RequestFields.flag(body, "fundedInDpa");
    Optional<Source> source = source(body, opd, subKegiatan, target, funded);
    long amount = amount(body.get("amount"));
    String justification = RequestFields.required(body, "justification", 20, 4000);
    Urgency urgency = urgency(RequestFields.optional(body, "urgency", 20).orElse("normal"));
    return new NewBudgetRequest(opd, title, subKegiatan, target, funded, source, amount, justification, urgency,
        RequestFields.flag(body, "catalogueItem"));
  }

  private static Optional<Source> source(JsonNode body, String opd, SubKegiatanCode subKegiatan, AccountCode target,
      boolean funded) {
    Optional<String> sourceAccount = RequestFields.optional(body, "sourceAccount", 40);
    Optional<String> sourceSubKegiatan = RequestFields.optional(body, "sourceSubKegiatan", 40);
    Optional<String> sourceOpd = RequestFields.optional(body, "sourceOpd", 40);
    if (funded) {
      if (sourceAccount.isPresent() || sourceSubKegiatan.isPresent() || sourceOpd.isPresent()) {
        String field = sourceAccount.isPresent() ? "sourceAccount"
            : sourceSubKegiatan.isPresent() ? "sourceSubKegiatan" : "sourceOpd";
        throw problem(field, "Usulan yang didanai DPA tidak menggeser anggaran: kosongkan " + field,
            "A request the DPA funds shifts no budget: leave " + field + " out");
      }
      return Optional.empty();
    }
    if (sourceAccount.isEmpty()) {
      throw problem("sourceAccount", "Usulan yang tidak didanai DPA menyebut rekening sumber pergeseran",
          "A request the DPA does not fund names the source account of the shift");
    }
    Source source = new Source(sourceOpd.orElse(opd),
        sourceSubKegiatan.map(code -> subKegiatan(code, "sourceSubKegiatan")).orElse(subKegiatan),
        account(sourceAccount.get(), "sourceAccount"));
    if (source.opd().equals(opd) && source.subKegiatan().equals(subKegiatan) && source.account().equals(target)) {
      throw problem("sourceAccount", "Rekening sumber sama dengan rekening tujuan",
          "The source account is the target account");
    }
    return Optional.of(source);
  }

  private static SubKegiatanCode subKegiatan(String text, String field) {
    return SubKegiatanCode.parse(text).orElseThrow(() -> problem(field,
        "Kode sub kegiatan tidak valid (contoh 7.01.01.2.01.0001)", "Not a sub-kegiatan code (like 7.01.01.2.01.0001)"));
  }

  private static AccountCode account(String text, String field) {
    return AccountCode.parse(text).orElseThrow(() -> problem(field,
        "Kode rekening belanja tidak valid (contoh 5.1.02.01.01.0024)",
        "Not an expenditure account code (like 5.1.02.01.01.0024)"));
  }

  /** Rupiah as a JSON whole number: no text, no fraction, at least 1, at most {@link #MAX_AMOUNT}. */
  private static long amount(JsonNode value) {
    if (value == null || value.isNull()) {
      throw problem("amount", "Kolom amount wajib diisi", "Field amount is required");
    }
    // 1e400 reads as an infinite double, which has no decimal value: refuse it like any other non-number.
    boolean whole = value.isIntegralNumber() || value.isNumber() && Double.isFinite(value.doubleValue())
        && value.decimalValue().stripTrailingZeros().scale() <= 0;
    if (!whole) {
      throw problem("amount", "Jumlah harus bilangan bulat rupiah", "The amount must be a whole number of rupiah");
    }
    BigInteger rupiah = value.decimalValue().toBigIntegerExact();
    if (rupiah.signum() <= 0 || rupiah.compareTo(BigInteger.valueOf(MAX_AMOUNT)) > 0) {
      throw problem("amount", "Jumlah harus antara Rp1 dan Rp10.000.000.000.000",
          "The amount must be between Rp1 and Rp10,000,000,000,000");
    }
    return rupiah.longValueExact();
  }

  private static Urgency urgency(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "normal" -> Urgency.NORMAL;
      case "darurat" -> Urgency.DARURAT;
      default -> throw problem("urgency", "Urgensi harus normal atau darurat", "Urgency must be normal or darurat");
    };
  }
}
