using System.Text.RegularExpressions;
using MimeKit;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>Sign-ups on an event's public page as the tests make them without a browser, and the e-mails that answer them.</summary>
public static partial class SignUps
{
    /// <summary>The path of the event's sign-up page, as a coordinator of the municipality gets it.</summary>
    public static async Task<string> PagePathAsync(TestPlatform platform, string code, Event @event) =>
        (await EventFactory.Client(platform).GetSignUpLinkAsync(
            new GetSignUpLinkRequest { MunicipalityCode = code, EventId = @event.Id },
            platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code)))).Path;

    /// <summary>Posts the sign-up form as a parent and waits for the count-th confirmation e-mail to the address; returns it.</summary>
    public static async Task<MimeMessage> SignUpAsync(TestPlatform platform, SmtpSink mail, string code, Event @event, string name, string email, int count = 1)
    {
        using var http = new HttpClient { BaseAddress = platform.WebAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = name, ["email"] = email, ["group"] = "parents-and-families" });
        (await http.PostAsync(await PagePathAsync(platform, code, @event), form)).EnsureSuccessStatusCode();
        return await MailToAsync(mail, email, "Din tilmelding: " + @event.Fields.Title, count);
    }

    /// <summary>Waits for the count-th e-mail to the address whose subject has the text, for at most 30 seconds.</summary>
    public static async Task<MimeMessage> MailToAsync(SmtpSink mail, string address, string subject, int count = 1)
    {
        bool Match(MimeMessage message) =>
            message.To.Mailboxes.Any(mailbox => string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase))
            && (message.Subject ?? "").Contains(subject, StringComparison.Ordinal);
        return (await mail.WaitForAsync(received => received.Count(Match) >= count, TimeSpan.FromSeconds(30))).Where(Match).ElementAt(count - 1);
    }

    /// <summary>The cancel link in a confirmation e-mail.</summary>
    public static string CancelLink(MimeMessage message) => CancelLinkPattern().Match(message.TextBody ?? "").Value;

    [GeneratedRegex(@"http://\S+/cancel\?token=\S+")]
    private static partial Regex CancelLinkPattern();
}
