using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Platform.Events.Data;

namespace Platform.Events.Notifications;

/// <summary>Sends a message through the configured SMTP server (Platform:Modules:events:Smtp).</summary>
public sealed class SmtpSender(EventsOptions options)
{
    public async Task SendAsync(OutboxMessageRecord message, CancellationToken cancellationToken)
    {
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.SmtpFrom));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };
        mail.MessageId = $"{message.Id:N}@events.platform";
        using var client = new SmtpClient();
        await client.ConnectAsync(options.SmtpHost, options.SmtpPort,
            options.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
