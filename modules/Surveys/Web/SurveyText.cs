using System.Globalization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web;
using Platform.Surveys.Definitions.Languages;

namespace Platform.Surveys.Web;

/// <summary>A survey's own text (title, question, option) in the page's language: English where the survey has it, else Danish.</summary>
internal static class SurveyText
{
    public static string Pick(LocalText? text) => SurveyLanguages.Pick(text, PageLanguage.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));

    /// <summary>The questions of a definition, in the order of its sections.</summary>
    public static IReadOnlyList<Question> Questions(SurveyDefinition definition) => [.. definition.Sections.SelectMany(section => section.Questions)];
}
