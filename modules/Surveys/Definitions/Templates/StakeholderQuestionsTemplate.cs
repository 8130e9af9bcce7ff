using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Definitions.Templates.TemplateParts;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>The two questions the partnership asks its actors (from the partnership status meeting's discussion).</summary>
internal static class StakeholderQuestionsTemplate
{
    public const string Id = "stakeholder-questions";

    public static SurveyDefinition Definition => new()
    {
        Title = Text("Jeres perspektiver på børn og unges sundhed og trivsel", "Your perspectives on children's and young people's health and well-being"),
        Introduction = Text("Svarene er anonyme og bruges i partnerskabets kortlægning.", "The answers are anonymous and are used in the partnership's mapping."),
        Audience = Audience.CivilSocietyAndPrivate,
        Sections =
        {
            Section("about-you", "Om jer", "About you",
                Question("sector", QuestionType.SingleChoice, "Hvor kommer I fra?", "Where are you from?", true,
                    Choice("municipal", "Kommunen (fx dagtilbud, skole, bibliotek)", "The municipality (e.g. daycare, school, library)"),
                    Choice("civil-society", "Civilsamfundet (fx forening, boligsocial helhedsplan)", "Civil society (e.g. association, housing-area social plan)"),
                    Choice("private", "En privat aktør (fx arbejdsplads, butik)", "A private actor (e.g. workplace, shop)"))),
            Section("perspectives", "Jeres perspektiver", "Your perspectives",
                FreeText("concerns", "Hvad optager jer i forhold til børn og unges sundhed og trivsel?",
                    "What concerns you about children's and young people's health and well-being?", required: true),
                FreeText("role", "Hvordan ser I jeres rolle i den forandring, vi skal arbejde med i partnerskabet?",
                    "How do you see your role in the change we will work on in the partnership?", required: true)),
        },
    };
}
