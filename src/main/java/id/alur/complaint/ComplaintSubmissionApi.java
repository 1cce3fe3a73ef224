package id.alur.complaint;

import id.alur.cases.CaseRegistry;
import id.alur.cases.PublicStatus;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.CitizenUploads;
import id.alur.citizen.CitizenUploads.CheckedFile;
import id.alur.citizen.IdempotentSubmissions;
import id.alur.identity.Opd;
import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Citizens complain: {@code POST /api/public/complaints} with the part {@code complaint} (JSON, see
 * {@link ComplaintRequest}) and at most {@value #MAX_PHOTOS} files {@code photos} (JPEG, PNG or PDF, the permit
 * rules). The answer carries the tracking number and the access code, shown only here; a retry with the same
 * {@code Idempotency-Key} answers the same case with a fresh code. What the form offers comes from
 * {@code complaint-categories} and {@code city-areas}; {@code GET /api/public/complaints} lists the latest
 * complaints that are not confidential, with nothing about who sent them.
 */
@RestController
@RequestMapping("/api/public")
class ComplaintSubmissionApi {

  static final int MAX_PHOTOS = 5;
  static final int LISTED = 50;
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  record Submitted(String trackingNumber, String accessCode, PublicStatus status, boolean replayed) {
  }

  record Category(String code, String indonesian, String english) {
  }

  record Kecamatan(String code, String name, List<String> kelurahan) {
  }

  /** A complaint as anyone may see it: what and where, never who. */
  record ListedComplaint(String trackingNumber, String category, String kecamatan, String kelurahan,
      PublicStatus status, LocalDate submittedOn) {
  }

  private final ComplaintSubmissions submissions;
  private final ComplaintRoutes routes;
  private final CityAreas areas;
  private final ComplaintRecords records;
  private final IdempotentSubmissions idempotency;
  private final CitizenUploads uploads;
  private final CaseRegistry cases;
  private final MessageSource messages;
  private final ZoneId zone;

  ComplaintSubmissionApi(ComplaintSubmissions submissions, ComplaintRoutes routes, CityAreas areas,
      ComplaintRecords records, IdempotentSubmissions idempotency, CitizenUploads uploads, CaseRegistry cases,
      MessageSource messages, @Value("${alur.cases.zone}") ZoneId zone) {
    this.submissions = submissions;
    this.routes = routes;
    this.areas = areas;
    this.records = records;
    this.idempotency = idempotency;
    this.uploads = uploads;
    this.cases = cases;
    this.messages = messages;
    this.zone = zone;
  }

  @GetMapping("/complaint-categories")
  List<Category> categories() {
    return routes.categories().stream().map(code -> new Category(code,
        messages.getMessage("complaint.category." + code, null, code, INDONESIAN),
        messages.getMessage("complaint.category." + code, null, code, Locale.ENGLISH))).toList();
  }

  @GetMapping("/city-areas")
  List<Kecamatan> cityAreas() {
    return areas.kecamatanList().stream()
        .map(opd -> new Kecamatan(opd.code(), opd.name(), areas.kelurahanOf(opd.code()))).toList();
  }

  @GetMapping("/complaints")
  List<ListedComplaint> latest() {
    Map<String, String> kecamatanNames = areas.kecamatanList().stream()
        .collect(Collectors.toMap(Opd::code, Opd::name));
    return records.latestPublic(LISTED).stream().map(complaint -> new ListedComplaint(complaint.trackingNumber(),
        complaint.category(), kecamatanNames.getOrDefault(complaint.kecamatanOpd(), complaint.kecamatanOpd()),
        complaint.kelurahan(),
        cases.get(TrackingNumber.parse(complaint.trackingNumber())).status(),
        complaint.submittedAt().atZoneSameInstant(zone).toLocalDate())).toList();
  }

  @PostMapping(path = "/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Submitted> submit(@RequestPart(name = "complaint", required = false) String complaint,
      @RequestPart(name = "photos", required = false) List<MultipartFile> photos,
      @RequestHeader(name = IdempotentSubmissions.HEADER, required = false) String idempotencyKey) {
    ComplaintRequest request = ComplaintRequest.parse(complaint, routes.categories(), areas);
    List<MultipartFile> sent = photos == null ? List.of() : photos;
    if (sent.size() > MAX_PHOTOS) {
      String name = givenName(sent.get(MAX_PHOTOS));
      throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, name,
          "Paling banyak " + MAX_PHOTOS + " foto: " + name + " tidak dapat diterima",
          "At most " + MAX_PHOTOS + " photos: " + name + " cannot be taken");
    }
    List<CheckedFile> files = uploads.check(sent);
    List<byte[]> parts = new ArrayList<>();
    parts.add(complaint.getBytes(StandardCharsets.UTF_8));
    files.forEach(file -> parts.add(file.content()));
    String hash = IdempotentSubmissions.requestHash(parts);
    Optional<String> key = Optional.ofNullable(idempotencyKey);
    IdempotentSubmissions.Outcome outcome = idempotency.submit(key, ComplaintSubmissions.KIND, hash,
        () -> submissions.submit(request, files, key, hash));
    TrackingNumber number = outcome.trackingNumber();
    Submitted body = new Submitted(number.value(), outcome.accessCode(), cases.get(number).status(),
        outcome.replayed());
    return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
  }

  /** The citizen's name for the file, cut to something safe to echo (as {@link CitizenUploads} names files). */
  private static String givenName(MultipartFile file) {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      name = file.getName();
    }
    String safe = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
    return safe.length() > 100 ? safe.substring(0, 100) : safe;
  }
}
