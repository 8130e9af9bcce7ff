using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Grpc.Core;

namespace Platform.Admin.Cli;

/// <summary>
/// Turns what stopped a command into one plain sentence with the next step: a call the host refused, a host that
/// cannot be reached, or a local signing key that cannot be read. Anything else keeps its own message, without a
/// stack trace.
/// </summary>
internal static class FailureMessage
{
    public static string For(Exception exception, AdminSession session) => exception switch
    {
        CommandFailedException failed => failed.Message,
        RpcException refused => ForCall(refused, session),
        FileNotFoundException or DirectoryNotFoundException =>
            $"{exception.Message} Or give a token with --token or the variable PLATFORM_TOKEN.",
        JsonException or FormatException or InvalidDataException or CryptographicException =>
            $"The signing key in {session.DataDirectory} cannot be read ({exception.Message}). Copy the host's signing-key.json there, " +
            "or give a token with --token or the variable PLATFORM_TOKEN.",
        _ => $"The command failed: {exception.Message}",
    };

    private static string ForCall(RpcException exception, AdminSession session)
    {
        var detail = Sentence(exception.Status.Detail);
        return exception.StatusCode switch
        {
            StatusCode.Unavailable when exception.Status.DebugException is { } cause =>
                $"Cannot reach the host at {session.Host} ({Reason(cause)}). Start it with 'dotnet run --project host/Platform.Host', " +
                "or pass --host with the address of a running host.",
            _ when exception.Status.DebugException is { } cause =>
                $"{session.Host} does not answer as a host's gRPC address ({Reason(cause)}). Pass --host with the host's gRPC " +
                "address (port 5080 by default; 5081 is its web port).",
            StatusCode.Unauthenticated when session.HasGivenToken =>
                $"The host at {session.Host} did not accept the token from --token or PLATFORM_TOKEN: {detail} Get a new token, " +
                "or leave both out on the host's machine to act as admin.",
            StatusCode.Unauthenticated =>
                $"The host at {session.Host} did not accept the token signed with the key in {session.DataDirectory} ({detail.TrimEnd('.')}): " +
                "that key set must be the host's own. Pass --data-dir with the host's data directory, or give a token with --token or PLATFORM_TOKEN.",
            StatusCode.PermissionDenied =>
                $"{detail} Use a token whose grants cover this, or leave out --token on the host's machine to act as admin.",
            StatusCode.InvalidArgument => $"{detail} Correct the value and run the command again.",
            StatusCode.NotFound => $"{detail} 'partnership list', 'municipality list' and 'job list' show what exists.",
            StatusCode.AlreadyExists => $"{detail} Choose another name or id, or use the one that exists.",
            StatusCode.Aborted => $"{detail} Run the command again.",
            StatusCode.DeadlineExceeded =>
                $"The host at {session.Host} did not answer within {AdminSession.CallTimeout.TotalSeconds:0} seconds. It may be starting or overloaded: look at its log and try again.",
            StatusCode.Unimplemented =>
                $"The host at {session.Host} does not offer this call: it runs another version than this CLI. Use the CLI of the host's version.",
            _ => detail,
        };
    }

    /// <summary>The innermost cause in words, e.g. "connection refused".</summary>
    private static string Reason(Exception cause)
    {
        var innermost = cause;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
            ? "connection refused"
            : innermost.Message.TrimEnd('.');
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
