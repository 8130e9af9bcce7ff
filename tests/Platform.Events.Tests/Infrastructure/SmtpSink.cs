using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>
/// A tiny SMTP server on loopback that accepts every message (HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps
/// it, and notes a client's STARTTLS, so tests see what the module really sent over SMTP. Tests wait for messages; they never sleep.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<MimeMessage> received = [];
    private readonly List<(Func<IReadOnlyList<MimeMessage>, bool> Condition, TaskCompletionSource Done)> waiters = [];
    private readonly TaskCompletionSource startTls = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task accepting;

    public SmtpSink()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Done when a client asked to upgrade with STARTTLS, which the sink offers and then declines (it has no certificate).</summary>
    public Task StartTlsAsked => startTls.Task;

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>Waits until the received messages meet the condition, for at most the timeout.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<IReadOnlyList<MimeMessage>, bool> condition, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (received)
        {
            if (condition(received))
            {
                return [.. received];
            }

            waiters.Add((condition, done));
        }

        await done.Task.WaitAsync(timeout);
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 sink ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250-sink");
                        await writer.WriteLineAsync("250 STARTTLS");
                        break;
                    case "STARTTLS":
                        startTls.TrySetResult();
                        await writer.WriteLineAsync("454 4.7.0 TLS not available");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        Keep(await ReadDataAsync(reader));
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    private static async Task<MimeMessage> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(data.ToString())));
    }

    private void Keep(MimeMessage message)
    {
        lock (received)
        {
            received.Add(message);
            foreach (var waiter in waiters.Where(w => w.Condition(received)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }
}
