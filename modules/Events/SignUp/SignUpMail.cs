using Platform.Events.Data;
using Platform.Events.Notifications;
using Platform.Sdk.Disclosure;

namespace Platform.Events.SignUp;

/// <summary>
/// The e-mail that answers a sign-up on the public page, in the page's language: whether the person has a seat or
/// waits (with the waitlist position as it may be published), the event's facts, the cancel link, and the event as
/// a calendar file. It goes only to the address that was typed in, so only that address's owner learns its status.
/// </summary>
internal static class SignUpMail
{
    public static OutboxMessageRecord Confirmation(
        EventRecord record, RegistrationRecord registration, SignUpTexts texts, Uri cancelLink, PeopleCount? position, DateTimeOffset now)
    {
        var status = position is not { } cell ? SignUpTexts.Fill(texts.MailSeat, record.Title)
            : DisclosureControl.Publish(cell) is { Kind: PublishedKind.Value } published ? SignUpTexts.Fill(texts.MailWaitlisted, record.Title, published.Value)
            : SignUpTexts.Fill(texts.MailWaitlistedNearFront, record.Title);
        var body = $"""
            {SignUpTexts.Fill(texts.MailGreeting, registration.Name ?? "")}

            {status}

            {EventFacts.Text(record, texts)}

            {texts.MailCancel}
            {cancelLink}

            {texts.MailCalendar}
            """;
        return OutboxMessages.SignedUp(record, registration, now, SignUpTexts.Fill(texts.MailSubject, record.Title), body.ReplaceLineEndings("\n"));
    }
}
