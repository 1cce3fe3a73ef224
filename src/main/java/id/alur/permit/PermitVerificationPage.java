package id.alur.permit;

import id.alur.identity.PublicPages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page a permit's QR code opens: whether the permit is genuine and, if it is, what it states, so that the
 * reader can compare it with the paper in front of them. In Bahasa Indonesia with English beside it, since a
 * verifier (a bank, a notary, an inspector from elsewhere) may read either; no login, no script, nothing from
 * another site.
 */
@Controller
class PermitVerificationPage {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
  private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final List<String> TEXTS = List.of("title", "intro", "number", "genuine", "genuine.detail",
      "notGenuine", "notGenuine.detail", "unknown", "unknown.detail", "holder", "type", "object", "location",
      "conditions", "noConditions", "issuedAt", "status", "deemedGranted", "sha256");

  private final PermitVerifications verifications;
  private final MessageSource messages;
  private final ZoneId zone;

  PermitVerificationPage(PermitVerifications verifications, MessageSource messages,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this.verifications = verifications;
    this.messages = messages;
    this.zone = zone;
  }

  @GetMapping(PublicPages.PERMIT_VERIFICATION + "/{number}")
  String verify(@PathVariable String number, Model model, HttpServletResponse response) {
    // Both languages on one page: a verifier may read either, whatever their browser asks for.
    Map<String, String> indonesian = new LinkedHashMap<>();
    Map<String, String> english = new LinkedHashMap<>();
    for (String key : TEXTS) {
      indonesian.put(key, text(key, INDONESIAN));
      english.put(key, text(key, Locale.ENGLISH));
    }
    model.addAttribute("textId", indonesian);
    model.addAttribute("textEn", english);
    Optional<PermitVerifications.Verification> found = verifications.verify(number);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("state", "unknown");
      model.addAttribute("number", number.length() > 60 ? number.substring(0, 60) + "…" : number);
      return "permit/verification";
    }
    PermitVerifications.Verification verification = found.get();
    model.addAttribute("number", verification.number().value());
    model.addAttribute("state", verification.genuine() ? "genuine" : "notGenuine");
    if (verification.genuine()) {
      IssuedPermit permit = verification.permit();
      model.addAttribute("permit", permit.content());
      model.addAttribute("status", verification.status());
      model.addAttribute("issuedId", DATE_ID.format(permit.issuedAt().atZone(zone)));
      model.addAttribute("issuedEn", DATE_EN.format(permit.issuedAt().atZone(zone)));
      model.addAttribute("sha256", permit.documentSha256());
    }
    return "permit/verification";
  }

  private String text(String key, Locale locale) {
    return messages.getMessage("permit.verification." + key, null, locale);
  }
}
