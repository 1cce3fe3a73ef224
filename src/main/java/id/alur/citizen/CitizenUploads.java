package id.alur.citizen;

import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocuments;
import id.alur.cases.TrackingNumber;
import id.alur.web.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files citizens send (application documents, completed files, photos): PDF, JPEG or PNG as their first
 * bytes say, whatever their name or declared type claims; at most {@code alur.citizen.max-file-size} each and
 * {@code alur.citizen.max-case-size} for all of a case's citizen documents together. A refused file is named
 * by the name the citizen gave it (413 too large, 415 not a document we take), and nothing is stored; stored
 * files are named by the case and their place, never by the citizen's file name.
 */
@Service
public class CitizenUploads {

  /** The document kind of what citizens send; letters and permits the city writes have kinds of their own. */
  public static final String KIND = "CITIZEN";
  static final int MAX_FILES = 20;

  /** A file that passed the checks, with what its content says it is. */
  public record CheckedFile(String givenName, FileType type, byte[] content) {
  }

  /** The types citizens may send, told by their first bytes. */
  public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    final String mediaType;
    final String extension;
    private final byte[] magic;

    FileType(String mediaType, String extension, byte[] magic) {
      this.mediaType = mediaType;
      this.extension = extension;
      this.magic = magic;
    }

    static FileType of(byte[] content) {
      for (FileType type : values()) {
        if (content.length >= type.magic.length
            && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
          return type;
        }
      }
      return null;
    }
  }

  private final CaseDocuments documents;
  private final long maxFileBytes;
  private final long maxCaseBytes;

  CitizenUploads(CaseDocuments documents, @Value("${alur.citizen.max-file-size}") DataSize maxFile,
      @Value("${alur.citizen.max-case-size}") DataSize maxCase) {
    this.documents = documents;
    this.maxFileBytes = maxFile.toBytes();
    this.maxCaseBytes = maxCase.toBytes();
  }

  /** Checks files for a new case; throws {@link ApiProblem} naming the first file refused. */
  public List<CheckedFile> check(List<MultipartFile> files) {
    return check(files, 0);
  }

  /** Checks files to be added to a case that already holds {@code storedBytes} of citizen documents. */
  public List<CheckedFile> check(List<MultipartFile> files, long storedBytes) {
    if (files.size() > MAX_FILES) {
      throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "documents",
          "Paling banyak " + MAX_FILES + " berkas sekali kirim", "At most " + MAX_FILES + " files at a time");
    }
    List<CheckedFile> checked = new ArrayList<>();
    long total = storedBytes;
    for (MultipartFile file : files) {
      String name = givenName(file);
      if (file.getSize() > maxFileBytes) {
        throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, name,
            "Berkas " + name + " lebih dari " + megabytes(maxFileBytes) + " MB",
            "File " + name + " is larger than " + megabytes(maxFileBytes) + " MB");
      }
      total += file.getSize();
      if (total > maxCaseBytes) {
        throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, name,
            "Berkas " + name + " melampaui batas " + megabytes(maxCaseBytes) + " MB untuk satu kasus",
            "File " + name + " takes the case over its limit of " + megabytes(maxCaseBytes) + " MB");
      }
      byte[] content = bytes(file);
      FileType type = FileType.of(content);
      if (type == null) {
        throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, name,
            "Berkas " + name + " bukan PDF, JPEG, atau PNG", "File " + name + " is not a PDF, JPEG or PNG");
      }
      checked.add(new CheckedFile(name, type, content));
    }
    return checked;
  }

  /** Stores checked files with the case, as {@code <prefix>-<case>-<n>.<ext>}, numbered after what it holds. */
  public List<CaseDocument> store(TrackingNumber number, String prefix, List<CheckedFile> files, String actor) {
    int next = (int) documents.ofCase(number).stream().filter(document -> KIND.equals(document.kind())).count() + 1;
    List<CaseDocument> stored = new ArrayList<>();
    for (CheckedFile file : files) {
      String storedName = prefix + "-" + number.value() + "-" + next++ + "." + file.type().extension;
      stored.add(documents.store(number, new CaseDocuments.NewDocument(KIND, storedName, file.type().mediaType,
          file.content()), actor));
    }
    return stored;
  }

  /** What the case's citizen documents already take. */
  public long storedBytes(TrackingNumber number) {
    return documents.ofCase(number).stream().filter(document -> KIND.equals(document.kind()))
        .mapToLong(CaseDocument::sizeBytes).sum();
  }

  /** The citizen's name for the file, cut to something safe to echo in a message. */
  private static String givenName(MultipartFile file) {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      name = file.getName();
    }
    String safe = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
    return safe.length() > 100 ? safe.substring(0, 100) : safe;
  }

  private static long megabytes(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
