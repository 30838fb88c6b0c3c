package com.thousandproxy.api.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class QrCodeRendererTest {

  private static final String LINK =
      "vless://5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11@vpn.example.com:443?encryption=none"
          + "&security=none&type=tcp#Frankfurt%20%F0%9F%87%A9%F0%9F%87%AA-o1042 Ω";

  private final QrCodeRenderer renderer = new QrCodeRenderer();

  @Test
  void the_png_decodes_back_to_the_same_text() throws Exception {
    byte[] png = renderer.png(LINK, 300);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    var result =
        new QRCodeReader()
            .decode(
                bitmap,
                Map.of(
                    DecodeHintType.CHARACTER_SET,
                    StandardCharsets.UTF_8.name(),
                    DecodeHintType.PURE_BARCODE,
                    Boolean.TRUE));

    assertThat(image.getWidth()).isGreaterThanOrEqualTo(300);
    assertThat(result.getText()).isEqualTo(LINK);
  }

  @Test
  void the_svg_is_well_formed_and_as_wide_as_the_modules_plus_the_quiet_zone() throws Exception {
    String svg = renderer.svg(LINK);

    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));

    int modules = renderer.moduleCount(LINK);
    int size = modules + 2 * QrCodeRenderer.QUIET_ZONE;
    assertThat((modules - 17) % 4).as("a QR version is 17 + 4v modules wide").isZero();
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("viewBox"))
        .isEqualTo("0 0 " + size + " " + size);
    String path =
        doc.getElementsByTagName("path").item(0).getAttributes().getNamedItem("d").getNodeValue();
    assertThat(path).startsWith("M4 4h1v1h-1z"); // the top-left finder pattern's first module
  }
}
