using Microsoft.Playwright;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>
/// Reads a QR code image as a phone's camera would: the browser draws the image (PNG or SVG) on a canvas, and ZXing
/// decodes its grey levels. A code that does not scan fails the test.
/// </summary>
internal static class QrReader
{
    public static async Task<string> ReadAsync(IPage page, byte[] image, string mediaType)
    {
        var grey = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            async source => {
                const image = new Image();
                image.src = source;
                await image.decode();
                const width = Math.max(image.naturalWidth, 400), height = Math.max(image.naturalHeight, 400);
                const canvas = document.createElement('canvas');
                canvas.width = width; canvas.height = height;
                const context = canvas.getContext('2d');
                context.fillStyle = '#fff'; context.fillRect(0, 0, width, height);
                context.drawImage(image, 0, 0, width, height);
                const pixels = context.getImageData(0, 0, width, height).data;
                let text = '';
                for (let i = 0; i < pixels.length; i += 4) text += String.fromCharCode(pixels[i + 1]);
                return { width, height, grey: btoa(text) };
            }
            """, $"data:{mediaType};base64,{Convert.ToBase64String(image)}");
        var source = new RGBLuminanceSource(Convert.FromBase64String(grey.GetProperty("grey").GetString()!),
            grey.GetProperty("width").GetInt32(), grey.GetProperty("height").GetInt32(), RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        return result?.Text ?? throw new Xunit.Sdk.XunitException($"The {mediaType} image holds no QR code that scans.");
    }
}
