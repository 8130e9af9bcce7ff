using Platform.Testing;

namespace Platform.Reporting.Tests.Formats;

/// <summary>Renders an HTML file with headless Chromium (Debian's package, installed by tests/run-all.sh) into a PNG screenshot.</summary>
public static class Chromium
{
    public static async Task<byte[]> ScreenshotAsync(string htmlFile, int width, int height)
    {
        var png = Path.ChangeExtension(htmlFile, ".png");
        var profile = Directory.CreateTempSubdirectory("platform-chromium-").FullName;
        await ServerProcess.RunAsync("chromium",
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={profile}",
            $"--screenshot={png}", $"--window-size={width},{height}", new Uri(htmlFile).AbsoluteUri);
        return await File.ReadAllBytesAsync(png);
    }
}
