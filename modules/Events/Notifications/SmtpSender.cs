using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Platform.Events.Data;

namespace Platform.Events.Notifications;

/// <summary>Sends a message, and its calendar file if it has one, through the configured SMTP server (Platform:Modules:events:Smtp).</summary>
internal sealed class SmtpSender(EventsOptions options)
{
    public async Task SendAsync(OutboxMessageRecord message, CancellationToken cancellationToken)
    {
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.Smtp.From));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.Body };
        if (message.Calendar is not null)
        {
            body.Attachments.Add("event.ics", System.Text.Encoding.UTF8.GetBytes(message.Calendar), ContentType.Parse("text/calendar; charset=utf-8; method=PUBLISH"));
        }

        mail.Body = body.ToMessageBody();
        mail.MessageId = $"{message.Id:N}@events.platform";
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Smtp.Host, options.Smtp.Port,
            options.Smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(options.Smtp.User))
        {
            await client.AuthenticateAsync(options.Smtp.User, options.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
