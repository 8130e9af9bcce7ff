using Platform.Contracts.Surveys.V1;
using static Platform.Surveys.Definitions.Templates.TemplateParts;

namespace Platform.Surveys.Definitions.Templates;

/// <summary>Children 6-10 answer about their everyday life with three large faces.</summary>
internal static class ChildrenWellbeingTemplate
{
    public const string Id = "children-wellbeing-smiley";

    public static SurveyDefinition Definition => new()
    {
        Title = Text("Hvordan har du det?", "How are you?"),
        Introduction = Text("Tryk på det ansigt, der passer bedst. Der er ingen rigtige eller forkerte svar.",
            "Choose the face that fits best. There are no right or wrong answers."),
        Audience = Audience.Children610,
        Sections =
        {
            Section("everyday", "Din hverdag", "Your everyday life",
                Smiley3("happy-at-school", "Er du glad for at gå i skole?", "Do you like going to school?"),
                Smiley3("friends", "Har du nogen at lege med?", "Do you have someone to play with?"),
                Smiley3("play-outside", "Kan du lide at lege udenfor?", "Do you like playing outside?"),
                Smiley3("sleep", "Sover du godt om natten?", "Do you sleep well at night?"),
                Smiley3("safe", "Føler du dig tryg, hvor du bor?", "Do you feel safe where you live?")),
        },
    };
}
