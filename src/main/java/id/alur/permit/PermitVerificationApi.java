package id.alur.permit;

import id.alur.cases.PublicStatus;
import id.alur.web.ApiProblem;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone holding a permit checks it: {@code GET /api/public/permits/PBG-000123-DPMPTSP-2026/verification} (slashes
 * as dashes), or {@code GET /api/public/permits/verification?number=PBG/000123/DPMPTSP/2026}. A genuine permit is
 * answered with what it states (no NIK, no contact data: what a verifier compares with the paper); a changed one
 * with {@code genuine: false} and nothing it states, since that can no longer be trusted; an unknown number 404.
 */
@RestController
@RequestMapping("/api/public/permits")
class PermitVerificationApi {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** A genuine permit, as it was issued. */
  record GenuinePermit(String number, boolean genuine, PublicStatus status, String holderName, String permitTypeName,
      String objectDescription, String objectLocation, List<String> conditions, OffsetDateTime issuedAt,
      boolean deemedGranted, String documentSha256) {
  }

  /** A permit whose record no longer matches its signature. */
  record NotGenuine(String number, boolean genuine, String message, String messageEn) {
  }

  private final PermitVerifications verifications;
  private final MessageSource messages;
  private final ZoneId zone;

  PermitVerificationApi(PermitVerifications verifications, MessageSource messages,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this.verifications = verifications;
    this.messages = messages;
    this.zone = zone;
  }

  @GetMapping("/{number}/verification")
  Object verify(@PathVariable String number) {
    return answer(number);
  }

  @GetMapping("/verification")
  Object verifyByQuery(@RequestParam String number) {
    return answer(number);
  }

  private Object answer(String text) {
    PermitVerifications.Verification found = verifications.verify(text).orElseThrow(() -> new ApiProblem(
        HttpStatus.NOT_FOUND, "number", "Tidak ada izin dengan nomor ini", "No permit has this number"));
    if (!found.genuine()) {
      return new NotGenuine(found.number().value(), false,
          messages.getMessage("permit.verification.notGenuine.detail", null, INDONESIAN),
          messages.getMessage("permit.verification.notGenuine.detail", null, Locale.ENGLISH));
    }
    IssuedPermit permit = found.permit();
    PermitContent content = permit.content();
    return new GenuinePermit(permit.number(), true, found.status(), content.holderName(), content.permitTypeName(),
        content.objectDescription(), content.objectLocation(), content.conditions(),
        permit.issuedAt().atZone(zone).toOffsetDateTime(), content.deemedGranted(), permit.documentSha256());
  }
}
