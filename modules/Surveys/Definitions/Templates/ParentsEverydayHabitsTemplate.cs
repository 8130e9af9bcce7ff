using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Definitions.Templates.TemplateParts;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>Parents of children 0-5 on food, sleep, play and screens.</summary>
internal static class ParentsEverydayHabitsTemplate
{
    public const string Id = "parents-everyday-habits";

    public static SurveyDefinition Definition => new()
    {
        Title = Text("Jeres barns hverdag", "Your child's everyday life"),
        Introduction = Text("Svar for dit yngste barn på 0-5 år. Svarene er anonyme.", "Answer for your youngest child aged 0-5. The answers are anonymous."),
        Audience = Audience.Parents05,
        Sections =
        {
            Section("food", "Mad og måltider", "Food and meals",
                Question("breakfast", QuestionType.Likert, "Mit barn spiser morgenmad hver dag.", "My child eats breakfast every day.", true, AgreeScale()),
                Question("vegetables", QuestionType.SingleChoice, "Hvor ofte spiser dit barn grøntsager?", "How often does your child eat vegetables?", true,
                    Choice("daily", "Hver dag", "Every day", positive: true),
                    Choice("weekly", "Nogle gange om ugen", "A few times a week"),
                    Choice("rarely", "Sjældent", "Rarely"))),
            Section("sleep", "Søvn", "Sleep",
                new Question
                {
                    Id = "sleep-hours", Type = QuestionType.Number, Required = true, Min = 0, Max = 24,
                    Text = Text("Hvor mange timer sover dit barn i døgnet?", "How many hours a day does your child sleep?"),
                }),
            Section("play-and-screens", "Leg og skærm", "Play and screens",
                Question("outdoor-play", QuestionType.Likert, "Mit barn leger udenfor det meste af ugen.", "My child plays outside most days of the week.", true, AgreeScale()),
                Question("screens", QuestionType.MultipleChoice, "Hvilke skærme bruger dit barn?", "Which screens does your child use?", false,
                    Choice("tv", "Fjernsyn", "TV"),
                    Choice("tablet", "Tablet", "Tablet"),
                    Choice("phone", "Mobiltelefon", "Mobile phone"),
                    Choice("none", "Ingen", "None", positive: true)),
                new Question
                {
                    Id = "screen-worries", Type = QuestionType.FreeText, MaxLength = 1000,
                    Text = Text("Hvad bekymrer dig ved dit barns skærmbrug?", "What worries you about your child's screen use?"),
                    ShowIf = new ShowIf { QuestionId = "screens", OptionIds = { "tablet", "phone" } },
                }),
        },
    };

    private static Option[] AgreeScale() =>
    [
        Choice("agree", "Enig", "Agree", positive: true),
        Choice("partly-agree", "Delvist enig", "Partly agree", positive: true),
        Choice("neutral", "Hverken enig eller uenig", "Neither agree nor disagree"),
        Choice("partly-disagree", "Delvist uenig", "Partly disagree"),
        Choice("disagree", "Uenig", "Disagree"),
    ];
}
