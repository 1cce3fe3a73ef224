package id.alur.permit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;

/** A payment channel's notification: which SKRD, how much, the channel's own reference, and the channel. */
record PaymentNotice(String skrdNumber, long amount, String paymentReference, String channel) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,100}");

  static PaymentNotice parse(byte[] body) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.isObject()) {
      throw PermitRequest.problem("body", "Notifikasi harus berupa objek JSON", "The notification must be a JSON object");
    }
    JsonNode skrd = json.path("skrdNumber");
    if (!skrd.isTextual() || skrd.asText().isBlank() || skrd.asText().length() > 40) {
      throw PermitRequest.problem("skrdNumber", "Nomor SKRD wajib diisi", "skrdNumber is required");
    }
    JsonNode amount = json.path("amount");
    if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() < 1) {
      throw PermitRequest.problem("amount", "Jumlah harus bilangan bulat rupiah yang positif",
          "amount must be a positive whole number of rupiah");
    }
    JsonNode reference = json.path("paymentReference");
    if (!reference.isTextual() || !REFERENCE.matcher(reference.asText()).matches()) {
      throw PermitRequest.problem("paymentReference", "Referensi pembayaran wajib diisi (1-100 karakter)",
          "paymentReference is required (1-100 characters)");
    }
    JsonNode channel = json.path("channel");
    String channelName = channel.isTextual() ? channel.asText() : "";
    if (channelName.length() > 40) {
      throw PermitRequest.problem("channel", "Nama kanal paling panjang 40 karakter",
          "channel may have at most 40 characters");
    }
    return new PaymentNotice(skrd.asText().strip(), amount.asLong(), reference.asText(), channelName);
  }
}
