using System.Text.Encodings.Web;
using QRCoder;

namespace Platform.Surveys.Web.Links;

/// <summary>A QR code of an address as an SVG drawing (QRCoder, drawn on the server), named for screen readers.</summary>
internal static class QrCodes
{
    public static string Svg(string address, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[start..].Replace("<svg ", $"<svg class=\"qr\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" ", StringComparison.Ordinal);
    }
}
