package id.alur.cases;

/** No case has this tracking number. */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(TrackingNumber trackingNumber) {
    super("No case " + trackingNumber);
  }
}
