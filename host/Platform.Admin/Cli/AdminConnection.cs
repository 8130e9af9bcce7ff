using System.CommandLine;
using System.CommandLine.Parsing;
using Platform.Identity;

namespace Platform.Admin.Cli;

/// <summary>
/// The global options, valid after every command: where the host is and how the CLI proves who it is. Without a token,
/// the CLI signs a short-lived admin token with the local key of the data directory, which only works on the host's
/// own machine.
/// </summary>
internal sealed class AdminConnection
{
    private static readonly Uri DefaultHost = new("http://127.0.0.1:5080");

    public Option<Uri> Host { get; } = new("--host")
    {
        Description = "The host's gRPC address.",
        HelpName = "url",
        Recursive = true,
        DefaultValueFactory = _ => DefaultHost,
        CustomParser = ParseAddress,
    };

    public Option<string> DataDirectory { get; } = new("--data-dir")
    {
        Description = "The host's data directory, which holds its local signing key (default ./data, else host/Platform.Host/data).",
        HelpName = "dir",
        Recursive = true,
    };

    public Option<string> Token { get; } = new("--token")
    {
        Description = "A bearer token to call with (default: the variable PLATFORM_TOKEN, else a 5-minute admin token signed with the local key).",
        HelpName = "jwt",
        Recursive = true,
    };

    public IEnumerable<Option> Options => [Host, DataDirectory, Token];

    public AdminSession Open(ParseResult parse) => new(
        parse.GetRequiredValue(Host),
        ResolveDataDirectory(parse.GetValue(DataDirectory)),
        parse.GetValue(Token) ?? Environment.GetEnvironmentVariable("PLATFORM_TOKEN"));

    /// <summary>
    /// The given directory; else ./data, or, from the repository root, the data directory of a host started with
    /// <c>dotnet run --project host/Platform.Host</c> (which runs in the project's folder).
    /// </summary>
    private static string ResolveDataDirectory(string? given) => Path.GetFullPath(given
        ?? new[] { "data", Path.Combine("host", "Platform.Host", "data") }
            .FirstOrDefault(candidate => File.Exists(Path.Combine(candidate, LocalTokenOptions.SigningKeyFileName)))
        ?? "data");

    private static Uri? ParseAddress(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
        {
            return address;
        }

        result.AddError($"--host must be an address such as http://127.0.0.1:5080, not '{text}'.");
        return null;
    }
}
