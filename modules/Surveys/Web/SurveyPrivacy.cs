using Platform.Sdk.Web;

namespace Platform.Surveys.Web;

/// <summary>What the answer page keeps of a child or parent who answers, for its privacy notice (<see cref="PublicNotices"/>).</summary>
internal static class SurveyPrivacy
{
    public static PrivacyFacts Facts(PageLanguage language) => language == PageLanguage.English
        ? new PrivacyFacts(
            "surveys",
            [
                "Your answers to the questions and, if you choose to give it, your age group.",
                "Which local area the link belongs to, and the week you answered.",
                "We do not store your name, your e-mail, your IP address or the time of your answer, so the answers cannot be traced back to you.",
            ],
            "The answers are kept while the municipality uses the survey to follow children's and young people's well-being. Results are only shown as totals, and a count under 5 is never shown.",
            "So that the municipality and its partnership can follow children's and young people's health and well-being and plan what to do.")
        : new PrivacyFacts(
            "spørgeskemaer",
            [
                "Dine svar på spørgsmålene og, hvis du vælger at svare, din aldersgruppe.",
                "Hvilket lokalområde linket hører til, og hvilken uge du svarede.",
                "Vi gemmer ikke dit navn, din e-mail, din IP-adresse eller tidspunktet for dit svar, så svarene kan ikke føres tilbage til dig.",
            ],
            "Svarene gemmes, så længe kommunen bruger undersøgelsen til at følge børns og unges trivsel. Resultater vises kun samlet, og et antal under 5 vises aldrig.",
            "For at kommunen og partnerskabet kan følge børns og unges sundhed og trivsel og planlægge, hvad der skal gøres.");
}
