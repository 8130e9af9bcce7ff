using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Platform.Host.People;

/// <summary>
/// The SMTP server that sends invitations and sign-in links, section <c>Platform:Smtp</c>; validated at start. Off
/// while <see cref="Host"/> is empty: then a sign-in link is only shown to the person who invites, to pass on.
/// </summary>
internal sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Platform:Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (the default); only a server on the same machine or a test turns this off.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The account to authenticate as; none when empty. Give the password through the environment (Platform__Smtp__Password).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Partnerskabsplatformen &lt;noreply@platform.example.dk&gt;</c>.</summary>
    public string? From { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _)))
        {
            yield return new ValidationResult("From must be a sender's e-mail address, e.g. noreply@platform.example.dk, when an SMTP host is set.", [nameof(From)]);
        }
    }
}
