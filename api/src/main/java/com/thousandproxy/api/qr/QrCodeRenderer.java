package com.thousandproxy.api.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders a text (a share link, a subscription URL) as a QR code, as PNG bytes or as SVG text, with
 * UTF-8 content, error correction M and the standard quiet zone of four modules. Pure CPU work with
 * no I/O; call it off the event loop for large batches.
 */
public final class QrCodeRenderer {

  /** Modules of white border around the code, as the QR standard asks. */
  public static final int QUIET_ZONE = 4;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name(),
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          QUIET_ZONE);

  /** A PNG of about {@code sizePixels} square (never smaller than one pixel per module). */
  public byte[] png(String text, int sizePixels) {
    try {
      BitMatrix matrix =
          new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, HINTS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit in a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An SVG whose user units are modules: {@code viewBox} is the module count plus the quiet zone on
   * each side, and all dark modules are one path, so it scales without blur.
   */
  public String svg(String text) {
    ByteMatrix modules = modules(text);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y) == 1) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(' ')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /** The QR code's modules without quiet zone; its width is the module count of the version. */
  public int moduleCount(String text) {
    return modules(text).getWidth();
  }

  private static ByteMatrix modules(String text) {
    try {
      return Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit in a QR code", e);
    }
  }
}
