using System.Resources;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Host.Web;

namespace Platform.Host.People;

/// <summary>
/// E-mails with a sign-in link (an invitation, or a new link the person asked for), in Danish and then English, through
/// the SMTP server of <see cref="SmtpOptions"/>. The texts are the web application's (WebText.resx). The log names the
/// person by id only, never by address.
/// </summary>
internal sealed partial class PeopleMail(IOptions<SmtpOptions> smtp, IOptions<PeopleOptions> people, ILogger<PeopleMail> logger)
{
    private static readonly ResourceManager Texts = new(typeof(WebText).FullName!, typeof(WebText).Assembly);

    public bool Enabled => smtp.Value.Enabled;

    /// <summary>Sends the link; false (and a warning in the log) when the SMTP server did not take the message.</summary>
    public async Task<bool> SendAsync(LinkMail kind, Guid personId, string email, Uri link, CancellationToken cancellationToken)
    {
        var hours = (int)people.Value.InvitationLifetime.TotalHours;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From!));
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = $"{Text(kind + "Subject", WebLanguage.Danish)} / {Text(kind + "Subject", WebLanguage.English)}";
        message.Body = new TextPart("plain")
        {
            Text = string.Join("\n\n", WebLanguage.All.Select(language => string.Format(Text(kind + "Body", language), link, hours)))
                + "\n",
        };
        try
        {
            using var client = new SmtpClient { Timeout = 30_000 };
            await client.ConnectAsync(smtp.Value.Host!, smtp.Value.Port, smtp.Value.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Value.User))
            {
                await client.AuthenticateAsync(smtp.Value.User, smtp.Value.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            LogSent(kind, personId);
            return true;
        }
        catch (Exception exception) when (exception is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException
            or System.Net.Sockets.SocketException or TimeoutException)
        {
            LogNotSent(kind, personId, exception.GetType().Name);
            return false;
        }
    }

    private static string Text(string key, WebLanguage language) =>
        Texts.GetString("PeopleMail" + key, language.UiCulture) ?? throw new InvalidOperationException($"No text PeopleMail{key}.");

    [LoggerMessage(LogLevel.Information, "E-mailed a sign-in link ({Kind}) to person {PersonId}")]
    private partial void LogSent(LinkMail kind, Guid personId);

    [LoggerMessage(LogLevel.Warning, "The SMTP server did not take the sign-in link ({Kind}) for person {PersonId}: {Failure}")]
    private partial void LogNotSent(LinkMail kind, Guid personId, string failure);
}

/// <summary>Why a link is e-mailed: the key of its texts.</summary>
internal enum LinkMail
{
    Invitation,
    NewLink,
}
