package id.alur.audit;

import id.alur.cases.CaseStatus;
import id.alur.identity.OpdDirectory;
import id.alur.identity.StaffPages;
import id.alur.identity.StaffPrincipal;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditors' pages (Inspektorat), server-rendered in Bahasa Indonesia or English: search cases, read a
 * case (timeline, the path through its model drawn on the diagram, SLA clocks, hand-offs, documents) and
 * take either away as CSV or PDF. Every page is a GET: auditors change nothing. Opening a case is a
 * {@code CASE_READ} on the trail, like in the API.
 */
@Controller
@RequestMapping(StaffPages.PATH)
class AuditPages {

  private final CaseSearches searches;
  private final CaseDossiers dossiers;
  private final AuditExports exports;
  private final AuditPageRows rows;
  private final OpdDirectory opds;
  private final RepositoryService repository;
  private final AuditTexts texts;

  AuditPages(CaseSearches searches, CaseDossiers dossiers, AuditExports exports, AuditPageRows rows, OpdDirectory opds,
      RepositoryService repository, AuditTexts texts) {
    this.texts = texts;
    this.searches = searches;
    this.dossiers = dossiers;
    this.exports = exports;
    this.rows = rows;
    this.opds = opds;
    this.repository = repository;
  }

  /** The time zone of the pages, and links to them in either language ({@code ?lang=}, see {@code PageLanguage}). */
  @ModelAttribute
  void languageLinks(HttpServletRequest request, Model model) {
    model.addAttribute("zone", texts.zone().getId());
    for (String language : List.of("id", "en")) {
      // Without the context path: the templates add it (@{...}).
      String path = request.getRequestURI().substring(request.getContextPath().length());
      model.addAttribute(language + "Url", UriComponentsBuilder.fromPath(path)
          .query(request.getQueryString()).replaceQueryParam("lang", language).build().toUriString());
    }
  }

  @GetMapping({"", "/"})
  String home() {
    return "redirect:" + StaffPages.HOME;
  }

  @GetMapping("/login")
  String login(Authentication authentication) {
    return StaffPrincipal.of(authentication).isPresent() ? "redirect:" + StaffPages.HOME : "audit/login";
  }

  @GetMapping("/cases")
  String search(Authentication authentication, @RequestParam Map<String, String> query, Model model,
      Locale locale, HttpServletResponse response) {
    auditor(authentication, model);
    Map<String, String> criteria = CaseQuery.criteria(query);
    model.addAttribute("criteria", criteria);
    model.addAttribute("opds", opds.all());
    model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(CaseStatus::name).toList());
    model.addAttribute("processes", repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).distinct().sorted().toList());
    try {
      CaseSearches.Found found = searches.find(query);
      model.addAttribute("cases", rows.caseLines(found.rows(), locale));
      model.addAttribute("first", found.rows().isEmpty() ? 0 : found.offset() + 1);
      model.addAttribute("last", found.offset() + found.rows().size());
      model.addAttribute("total", found.total());
      model.addAttribute("previousUrl", found.offset() == 0 ? null
          : searchUrl("/cases", criteria, Math.max(0, found.offset() - found.limit()), found.limit()));
      model.addAttribute("nextUrl", !found.truncated() ? null
          : searchUrl("/cases", criteria, found.offset() + found.limit(), found.limit()));
      model.addAttribute("csvUrl", searchUrl("/cases/export.csv", criteria, 0, AuditedCases.MAX_ROWS));
      model.addAttribute("pdfUrl", searchUrl("/cases/export.pdf", criteria, 0, AuditedCases.MAX_ROWS));
    } catch (ApiProblem problem) {
      describe(problem, model, locale, response);
      model.addAttribute("cases", List.of());
    }
    return "audit/cases";
  }

  @GetMapping("/cases/export.csv")
  ResponseEntity<String> searchCsv(Authentication authentication, @RequestParam Map<String, String> query) {
    return AuditExports.csv("kasus.csv", exports.casesCsv(searches.export(auditor(authentication), query,
        "page-csv")));
  }

  @GetMapping("/cases/export.pdf")
  ResponseEntity<byte[]> searchPdf(Authentication authentication, @RequestParam Map<String, String> query,
      Locale locale) {
    StaffUser auditor = auditor(authentication);
    return AuditExports.pdf("kasus.pdf", exports.casesPdf(searches.export(auditor, query, "page-pdf"),
        auditor.userId(), locale));
  }

  @GetMapping("/cases/{trackingNumber}")
  String caseFile(Authentication authentication, @PathVariable String trackingNumber, Model model, Locale locale) {
    StaffUser auditor = auditor(authentication, model);
    CaseDossier dossier = dossiers.open(auditor, trackingNumber, "page");
    String number = dossier.caseFile().trackingNumber();
    model.addAttribute("caseFile", rows.caseLine(dossier.caseFile(), locale));
    model.addAttribute("opdName", opds.find(dossier.caseFile().opd()).map(opd -> opd.name()).orElse(""));
    model.addAttribute("path", rows.pathLines(dossier.path(), locale));
    model.addAttribute("clocks", rows.clockLines(dossier.clocks(), locale));
    model.addAttribute("handoffs", rows.stepLines(dossier.handoffs(), locale));
    model.addAttribute("documents", rows.stepLines(dossier.documents(), locale));
    model.addAttribute("timeline", rows.stepLines(dossier.timeline(), locale));
    model.addAttribute("diagramUrl", StaffPages.PATH + "/cases/" + number + "/diagram.bpmn");
    model.addAttribute("csvUrl", StaffPages.PATH + "/cases/" + number + "/export.csv");
    model.addAttribute("pdfUrl", StaffPages.PATH + "/cases/" + number + "/export.pdf");
    return "audit/case";
  }

  @GetMapping("/cases/{trackingNumber}/export.csv")
  ResponseEntity<String> caseCsv(Authentication authentication, @PathVariable String trackingNumber) {
    CaseDossier dossier = dossiers.open(auditor(authentication), trackingNumber, "page-csv");
    return AuditExports.csv(dossier.caseFile().trackingNumber() + ".csv", exports.timelineCsv(dossier));
  }

  @GetMapping("/cases/{trackingNumber}/export.pdf")
  ResponseEntity<byte[]> casePdf(Authentication authentication, @PathVariable String trackingNumber, Locale locale) {
    StaffUser auditor = auditor(authentication);
    CaseDossier dossier = dossiers.open(auditor, trackingNumber, "page-pdf");
    return AuditExports.pdf(dossier.caseFile().trackingNumber() + ".pdf",
        exports.casePdf(dossier, auditor.userId(), locale));
  }

  /** The model the case runs on, for bpmn-js to draw; 404 once its history is cleaned up. */
  @GetMapping(value = "/cases/{trackingNumber}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> diagram(Authentication authentication, @PathVariable String trackingNumber) {
    auditor(authentication);
    return dossiers.diagram(trackingNumber).map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
        .body(xml)).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "trackingNumber",
        "Riwayat proses kasus ini sudah tidak ada", "The process history of this case is gone"));
  }

  /** Where the pages' filter chain sends a member of staff who is not an auditor (403). */
  @RequestMapping("/denied")
  String denied(Model model, Locale locale, HttpServletResponse response) {
    return problem(Auditors.refusal(), model, locale, response);
  }

  /** A refusal as a page in the reader's language: what went wrong and which field. */
  @ExceptionHandler(ApiProblem.class)
  String problem(ApiProblem problem, Model model, Locale locale, HttpServletResponse response) {
    describe(problem, model, locale, response);
    return "audit/problem";
  }

  /** The refusal's status, its reason in the reader's language and the label of the field it names. */
  private void describe(ApiProblem problem, Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(problem.status().value());
    model.addAttribute("problem", problem);
    model.addAttribute("problemText", english(locale) ? problem.english() : problem.indonesian());
    model.addAttribute("fieldLabel", problem.field().isEmpty() ? "" : texts.field(problem.field(), locale));
  }

  private StaffUser auditor(Authentication authentication, Model model) {
    StaffUser auditor = auditor(authentication);
    model.addAttribute("auditor", auditor.userId());
    return auditor;
  }

  private static StaffUser auditor(Authentication authentication) {
    return Auditors.require(StaffPrincipal.of(authentication).orElse(null));
  }

  private static String searchUrl(String path, Map<String, String> criteria, int offset, int limit) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(StaffPages.PATH + path);
    criteria.forEach(url::queryParam);
    if (offset > 0) {
      url.queryParam("offset", offset);
    }
    if (limit != CaseQuery.DEFAULT_LIMIT) {
      url.queryParam("limit", limit);
    }
    return url.encode().build().toUriString();
  }

  private static boolean english(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
