using System.Globalization;
using Platform.Sdk.Web;

namespace Platform.Events.SignUp;

/// <summary>What the sign-up page keeps of a person who signs up, and for how long, for its privacy notice (<see cref="PublicNotices"/>).</summary>
internal static class SignUpPrivacy
{
    public static PrivacyFacts Facts(PageLanguage language, TimeSpan retention)
    {
        var days = ((int)retention.TotalDays).ToString(CultureInfo.InvariantCulture);
        return language == PageLanguage.English
            ? new PrivacyFacts(
                "signing up for events",
                [
                    "Your name and e-mail address.",
                    "Your organisation, if you give one, and the group you take part as (a child, a parent, a professional and so on).",
                    "Whether you have a seat or are on the waitlist, whether you came, and a fingerprint of your cancel link.",
                    "The e-mails we send you (the confirmation, a reminder, a seat from the waitlist) are kept only until they are sent.",
                ],
                $"Your name, e-mail address and organisation are deleted {days} days after the event. After that only counts without names are left, such as how many parents came.",
                "So that the municipality can keep track of the seats, send you a confirmation, a reminder and word of a seat from the waitlist, and count who took part.")
            : new PrivacyFacts(
                "tilmelding til arrangementer",
                [
                    "Dit navn og din e-mailadresse.",
                    "Din organisation, hvis du skriver den, og hvilken gruppe du deltager som (barn, forælder, fagperson og så videre).",
                    "Om du har en plads eller står på venteliste, om du mødte op, og et fingeraftryk af dit afmeldingslink.",
                    "De e-mails, vi sender dig (bekræftelse, påmindelse, besked om en plads fra ventelisten), gemmes kun, til de er sendt.",
                ],
                $"Dit navn, din e-mailadresse og din organisation slettes {days} dage efter arrangementet. Derefter er der kun tal uden navne tilbage, fx hvor mange forældre der kom.",
                "For at kommunen kan holde styr på pladserne, sende dig bekræftelse, påmindelse og besked om en plads fra ventelisten, og tælle, hvem der deltog.");
    }
}
