using System.Globalization;
using System.Text;
using QRCoder;

namespace Platform.Events.Web;

/// <summary>
/// A QR code as an inline SVG drawn by the page itself (QRCoder gives the modules): crisp at any size and in print,
/// named for screen readers by its title, and nothing fetched from elsewhere.
/// </summary>
internal static class QrCode
{
    /// <summary>The SVG of a QR code for <paramref name="text"/>, titled <paramref name="title"/>.</summary>
    public static string Svg(string text, string title, string id)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (data.ModuleMatrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var titleId = id + "-title";
        return $"""<svg xmlns="http://www.w3.org/2000/svg" id="{id}" class="qr" role="img" aria-labelledby="{titleId}" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><title id="{titleId}">{System.Net.WebUtility.HtmlEncode(title)}</title><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }
}
