using Platform.Contracts.Surveys.V1;

namespace Platform.Surveys.Tests.Infrastructure;

/// <summary>
/// A small survey with every kind of question: a required smiley ("mood"), a multiple choice ("activities"), a number
/// ("hours", 0-24), a free text of at most 20 characters ("comment") and a follow-up shown only after "sad" ("why-sad").
/// </summary>
public static class TestSurvey
{
    public static SurveyDefinition Definition(string title = "Trivsel i 2. klasse") => new()
    {
        Title = Text(title, "Well-being in year 2"),
        Audience = Audience.Children610,
        Sections =
        {
            new Section
            {
                Id = "everyday",
                Title = Text("Hverdagen", "Everyday life"),
                Questions =
                {
                    new Question
                    {
                        Id = "mood", Type = QuestionType.Smiley, Required = true, Text = Text("Er du glad?", "Are you happy?"),
                        Options = { Option("happy", "Ja, meget", "Yes, a lot", positive: true), Option("neutral", "Ja, lidt", "Yes, a little"), Option("sad", "Nej", "No") },
                    },
                    new Question
                    {
                        Id = "why-sad", Type = QuestionType.FreeText, Required = true, MaxLength = 200, Text = Text("Hvorfor?", "Why?"),
                        ShowIf = new ShowIf { QuestionId = "mood", OptionIds = { "sad" } },
                    },
                    new Question
                    {
                        Id = "activities", Type = QuestionType.MultipleChoice, Text = Text("Hvad laver du efter skole?", "What do you do after school?"),
                        Options = { Option("sport", "Sport", "Sport"), Option("play", "Leger", "Play"), Option("screens", "Skærm", "Screens") },
                    },
                    new Question { Id = "hours", Type = QuestionType.Number, Min = 0, Max = 24, Text = Text("Hvor mange timer sover du?", "How many hours do you sleep?") },
                    new Question { Id = "comment", Type = QuestionType.FreeText, MaxLength = 20, Text = Text("Andet?", "Anything else?") },
                },
            },
        },
    };

    public static LocalText Text(string da, string en) => new() { Da = da, En = en };

    public static Option Option(string id, string da, string en, bool positive = false) => new() { Id = id, Label = Text(da, en), Positive = positive };
}
