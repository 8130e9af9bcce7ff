using System.Text.Encodings.Web;
using QRCoder;

namespace Platform.Surveys.Web.Links;

/// <summary>A QR code of an address (QRCoder, drawn on the server): an SVG drawing named for screen readers, or a PNG image.</summary>
internal static class QrCodes
{
    public static string Svg(string address, string label)
    {
        using var data = Encode(address);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[start..].Replace("<svg ", $"<svg class=\"qr\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" ", StringComparison.Ordinal);
    }

    /// <summary>A PNG of 20 pixels a module with the quiet zone: about 700 pixels square, sharp on a printed A4 poster.</summary>
    public static byte[] Png(string address)
    {
        using var data = Encode(address);
        return new PngByteQRCode(data).GetGraphic(20);
    }

    private static QRCodeData Encode(string address)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
    }
}
