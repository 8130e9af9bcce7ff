using Platform.Sdk.Web;

namespace Platform.Surveys.Web;

/// <summary>The answer page's own words in one language; survey texts come from the definition.</summary>
internal sealed record PageTexts(
    PageLanguage Language,
    string Submit,
    string Required,
    string Optional,
    string ThankYouTitle,
    string ThankYouText,
    string ClosedTitle,
    string ClosedText,
    string NotFoundTitle,
    string NotFoundText,
    string BusyTitle,
    string BusyText,
    string SwitchedOffTitle,
    string SwitchedOffText,
    string AgeQuestion,
    string Years,
    string ErrorSummary,
    string MissingAnswer,
    string InvalidAnswer,
    string Anonymous)
{
    public static PageTexts Danish { get; } = new(
        PageLanguage.Danish, "Send svar", "skal besvares", "valgfrit",
        "Tak for dit svar!", "Dit svar er gemt. Du kan nu lukke siden.",
        "Undersøgelsen er lukket", "Undersøgelsen tager ikke imod svar lige nu.",
        "Siden findes ikke", "Linket er forkert eller udløbet. Tjek, at du har skrevet hele linket.",
        "Der er travlt lige nu", "Mange svarer på samme tid. Vent et minut, og send så dine svar igen.",
        "Kommunen tager ikke imod svar", "Kommunen har slået undersøgelser fra, så dine svar kan ikke gemmes nu. Dine svar er ikke sendt.",
        "Hvor gammel er du?", "år",
        "Der er noget, du skal rette:", "Besvar venligst dette spørgsmål.", "Svaret er ikke gyldigt. Tjek det og prøv igen.",
        "Dine svar er anonyme. Vi gemmer ikke dit navn, din adresse eller tidspunktet for dit svar.");

    public static PageTexts English { get; } = new(
        PageLanguage.English, "Send answers", "required", "optional",
        "Thank you for your answer!", "Your answer is saved. You can close the page now.",
        "The survey is closed", "The survey does not take answers right now.",
        "Page not found", "The link is wrong or has expired. Check that you have the whole link.",
        "Busy right now", "Many people answer at the same time. Wait a minute, then send your answers again.",
        "The municipality takes no answers", "The municipality has switched surveys off, so your answers cannot be saved now. Your answers were not sent.",
        "How old are you?", "years",
        "Please correct the following:", "Please answer this question.", "The answer is not valid. Check it and try again.",
        "Your answers are anonymous. We do not store your name, your address or the time of your answer.");

    public static PageTexts For(string? language) => PageLanguage.For(language) == PageLanguage.English ? English : Danish;
}
