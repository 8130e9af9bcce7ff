using Platform.Contracts.Events.V1;
using Platform.Sdk.Web;

namespace Platform.Events.SignUp;

/// <summary>The sign-up page's words, Danish first and English on request (<c>lang=en</c>).</summary>
internal sealed record SignUpTexts(
    PageLanguage Language,
    string Intro,
    string When,
    string Where,
    string Full,
    string Name,
    string Email,
    string EmailHint,
    string Organisation,
    string OrganisationHint,
    string Group,
    IReadOnlyDictionary<TargetGroup, string> Groups,
    string Submit,
    string ErrorSummary,
    string MissingName,
    string InvalidEmail,
    string DuplicateEmail,
    string MissingGroup,
    string TooLong,
    string RegisteredTitle,
    string Registered,
    string WaitlistedTitle,
    string Waitlisted,
    string WaitlistedNearFront,
    string ClosedTitle,
    string Closed,
    string NotFoundTitle,
    string NotFound,
    string SwitchedOffTitle,
    string SwitchedOff,
    string BusyTitle,
    string Busy)
{
    public static SignUpTexts Danish { get; } = new(
        PageLanguage.Danish,
        "Tilmeld dig arrangementet herunder.",
        "Tidspunkt", "Sted",
        "Arrangementet er fuldt. Tilmelder du dig nu, kommer du på ventelisten og får besked på e-mail, hvis der bliver en plads.",
        "Navn", "E-mail", "Vi bruger den kun til besked om arrangementet.",
        "Organisation (valgfri)", "Fx forening, skole eller arbejdsplads.",
        "Jeg deltager som",
        new Dictionary<TargetGroup, string>
        {
            [TargetGroup.Children] = "Barn eller ung",
            [TargetGroup.ParentsAndFamilies] = "Forælder eller familie",
            [TargetGroup.Professionals] = "Fagperson",
            [TargetGroup.CivilSociety] = "Civilsamfund, fx forening",
            [TargetGroup.PrivateActors] = "Privat aktør, fx virksomhed",
        },
        "Tilmeld mig",
        "Tilmeldingen mangler noget. Se felterne markeret herunder.",
        "Skriv dit navn.", "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.",
        "Denne e-mailadresse er allerede tilmeldt arrangementet.", "Vælg, hvordan du deltager.", "Teksten er for lang.",
        "Du er tilmeldt", "Du er tilmeldt \"{0}\". Vi glæder os til at se dig.",
        "Du er på ventelisten", "Arrangementet \"{0}\" er fuldt. Du er omkring nummer {1} på ventelisten og får en e-mail, hvis der bliver en plads.",
        "Arrangementet \"{0}\" er fuldt. Du er blandt de første på ventelisten og får en e-mail, hvis der bliver en plads.",
        "Tilmeldingen er lukket", "Tilmeldingen lukkede, da arrangementet begyndte.",
        "Siden findes ikke", "Linket er forkert eller ikke længere gyldigt. Spørg den, der sendte det, om et nyt.",
        "Tilmelding er slået fra", "Kommunen har slået arrangementer fra, så der er ingen tilmelding her.",
        "Prøv igen om lidt", "Mange tilmelder sig lige nu. Vent et minut, og send så tilmeldingen igen.");

    public static SignUpTexts English { get; } = new(
        PageLanguage.English,
        "Sign up for the event below.",
        "When", "Where",
        "The event is full. If you sign up now, you join the waitlist and get an e-mail if a seat becomes free.",
        "Name", "E-mail", "We only use it for messages about the event.",
        "Organisation (optional)", "E.g. association, school or workplace.",
        "I take part as",
        new Dictionary<TargetGroup, string>
        {
            [TargetGroup.Children] = "Child or young person",
            [TargetGroup.ParentsAndFamilies] = "Parent or family",
            [TargetGroup.Professionals] = "Professional",
            [TargetGroup.CivilSociety] = "Civil society, e.g. association",
            [TargetGroup.PrivateActors] = "Private actor, e.g. company",
        },
        "Sign me up",
        "Something is missing. See the marked fields below.",
        "Enter your name.", "Enter a valid e-mail address, e.g. name@example.com.",
        "This e-mail address is already registered for the event.", "Choose how you take part.", "The text is too long.",
        "You are registered", "You are registered for \"{0}\". We look forward to seeing you.",
        "You are on the waitlist", "\"{0}\" is full. You are about number {1} on the waitlist and get an e-mail if a seat becomes free.",
        "\"{0}\" is full. You are near the front of the waitlist and get an e-mail if a seat becomes free.",
        "Registration is closed", "Registration closed when the event began.",
        "Page not found", "The link is wrong or no longer valid. Ask whoever sent it for a new one.",
        "Sign-up is switched off", "The municipality has switched events off, so there is no sign-up here.",
        "Please try again shortly", "Many people are signing up right now. Wait a minute, then send your sign-up again.");

    public static SignUpTexts For(string? language) => PageLanguage.For(language) == PageLanguage.English ? English : Danish;
}
