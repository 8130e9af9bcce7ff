using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace Platform.Web.Tests.People;

/// <summary>A real SMTP server on a loopback port (netDumbster): the messages the host sent, parsed, for tests to wait for.</summary>
public sealed class MailServer : IDisposable
{
    private readonly SimpleSmtpServer server = Configuration.Configure().WithAddress(System.Net.IPAddress.Loopback).WithRandomPort().Build();
    private readonly List<MimeMessage> received = [];
    private readonly List<(Func<MimeMessage, bool> Match, TaskCompletionSource<MimeMessage> Done)> waiters = [];

    public MailServer() => server.MessageReceived += (_, args) => Keep(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(args.Message.Data))));

    public int Port => server.Configuration.Port;

    /// <summary>The messages to the address so far.</summary>
    public IReadOnlyList<MimeMessage> To(string address)
    {
        lock (received)
        {
            return [.. received.Where(message => SentTo(message, address))];
        }
    }

    /// <summary>Waits for a message to the address whose subject has the text (one already received counts), for at most 30 seconds.</summary>
    public Task<MimeMessage> WaitForAsync(string address, string subject)
    {
        bool Match(MimeMessage message) => SentTo(message, address) && (message.Subject ?? "").Contains(subject, StringComparison.Ordinal);
        var done = new TaskCompletionSource<MimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (received)
        {
            if (received.FirstOrDefault(Match) is { } message)
            {
                return Task.FromResult(message);
            }

            waiters.Add((Match, done));
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose() => server.Dispose();

    private static bool SentTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(mailbox => string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase));

    private void Keep(MimeMessage message)
    {
        lock (received)
        {
            received.Add(message);
            foreach (var waiter in waiters.Where(waiter => waiter.Match(message)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult(message);
            }
        }
    }
}
